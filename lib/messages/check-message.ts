import type { Localisable } from '../claims/fields';
import { type Contract, PAGE_COMMANDS, type Refusal, type ToPage } from './contract';

/** A known message refused: what failed (for logs) and why, as a reason the UI words. */
export interface Failure {
  error: string;
  reason: Refusal;
  /** What the reader is told, worded by the receiver in its reader's language (a database failure). */
  i18n?: Localisable;
}

/** Checks one message's payload at run time: null when it may be handled, else why not. */
export type Check = (payload: unknown) => Failure | null;

/** The check of every message of a contract, and whether it writes (then only Claimline may send it). */
export type Checks<M extends Contract<M>> = { readonly [K in keyof M]: { check: Check; writes?: true } };

/** A message without a payload: anything may come with it, nothing of it is read. */
export const noPayload: Check = () => null;

/** A keyboard shortcut's name, one of `PAGE_COMMANDS`. */
const pageCommand: Check = (payload) =>
  isObject(payload) && (PAGE_COMMANDS as readonly unknown[]).includes(payload.command)
    ? null
    : { error: "command: not one of the extension's shortcuts", reason: 'invalid' };

/** The checks of every message to a page's content script (only a shortcut carries data). */
export const TO_PAGE: Checks<ToPage> = {
  'page/figures': { check: noPayload },
  'claims/changed': { check: noPayload },
  'page/command': { check: pageCommand },
};

/** A message read at run time: known and well-formed, refused with a reason, or not one of this contract's. */
export type Checked<M> =
  | { ok: true; type: keyof M & string; payload: unknown }
  | { ok: false; error: string; reason: 'unknown' }
  | ({ ok: false } & Failure);

/**
 * Checks the shape, types and sizes of a message received at run time. Unknown messages fail with
 * reason `unknown` (left to other listeners); a known message that fails says why (`invalid`, `tooLarge`).
 */
export function checkMessage<M extends Contract<M>>(checks: Checks<M>, raw: unknown): Checked<M> {
  if (!isObject(raw) || typeof raw.type !== 'string')
    return { ok: false, error: 'not a Claimline message', reason: 'unknown' };
  const { type } = raw;
  if (!Object.hasOwn(checks, type))
    return { ok: false, error: `unknown message type '${type.slice(0, 40)}'`, reason: 'unknown' };
  const failure = checks[type as keyof M].check(raw.payload);
  return failure
    ? { ok: false, ...failure }
    : { ok: true, type: type as keyof M & string, payload: raw.payload ?? {} };
}

/** A plain object (not null, not an array). */
export function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
