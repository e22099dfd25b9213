import { type Check, type Checks, checkMessage, type Failure } from './check-message';
import type { Contract, Result, Sender } from './contract';

/** One message's entry: its check (from lib/messages) and what handles it (in background/ or content/). */
export type Entry<M extends Contract<M>, K extends keyof M> = {
  check: Check;
  writes?: true;
  handle: (payload: M[K]['request'], sender?: Sender) => M[K]['response'] | Promise<M[K]['response']>;
};

/** One `{ check, handle }` entry per message of a contract. */
export type Table<M extends Contract<M>> = { [K in keyof M]: Entry<M, K> };

export interface AnswerOptions {
  /** Whether this sender may send a message that writes (those whose check says `writes`). */
  mayWrite?: (sender?: Sender) => boolean;
  /** Waited for before any message is handled (the background's seeding). */
  ready?: Promise<unknown>;
  /** Why a handler that threw gets no data (default: the error's text, `invalid`). */
  onError?: (error: unknown) => Failure | Promise<Failure>;
}

/**
 * The listener for one direction of the contract: checks every message at run time. A known
 * message always gets a `Result`, its data or why not (`{ ok: false, error, reason }`); anything
 * else gets `undefined` (ignored, so other listeners may answer).
 */
export function answerMessages<M extends Contract<M>>(table: Table<M>, options: AnswerOptions = {}) {
  return async (raw: unknown, sender?: Sender): Promise<Result<unknown> | undefined> => {
    const checked = checkMessage(table as Checks<M>, raw);
    if (!checked.ok) {
      if (checked.reason === 'unknown') return undefined;
      return { ok: false, error: checked.error, reason: checked.reason };
    }
    const entry = table[checked.type];
    if (entry.writes && !options.mayWrite?.(sender))
      return { ok: false, error: 'writes are accepted only from Claimline itself', reason: 'notAllowed' };
    await options.ready;
    try {
      return { ok: true, data: await entry.handle(checked.payload as M[keyof M]['request'], sender) };
    } catch (error) {
      const failure = options.onError ? await options.onError(error) : null;
      return { ok: false, ...(failure ?? { error: String(error), reason: 'invalid' }) };
    }
  };
}
