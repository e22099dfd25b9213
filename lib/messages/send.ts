import { browser } from 'wxt/browser';
import type { Localisable } from '../claims/fields';
import { localise, type MessageKey, t } from '../i18n';
import type { Contract, Refusal, Result, ToBackground, ToPage } from './contract';

const WORDS: Record<Exclude<Refusal, 'database'>, MessageKey> = {
  invalid: 'refusedInvalid',
  tooLarge: 'refusedTooLarge',
  notAllowed: 'refusedNotAllowed',
  noAnswer: 'refusedNoAnswer',
};

/**
 * A message the receiver refused or left unanswered, with the cause in the reader's words as
 * its message (a database failure in the words its receiver chose, `i18n`).
 */
export class MessageRefused extends Error {
  readonly reason: Refusal;
  constructor(reason: Refusal, detail: string, i18n?: Localisable) {
    super(reason === 'database' ? localise({ message: detail, i18n }) : t(WORDS[reason]));
    this.name = 'MessageRefused';
    this.reason = reason;
  }
}

/** The data of an answer of either direction; throws `MessageRefused` when there is none. */
async function dataOf<M extends Contract<M>, K extends keyof M>(
  sending: () => Promise<unknown>,
  receiver: string,
): Promise<M[K]['response']> {
  let answer: Result<M[K]['response']> | undefined;
  try {
    answer = (await sending()) as Result<M[K]['response']> | undefined;
  } catch (error) {
    // no receiving end (the background was stopped, the extension updated, no content script there)
    throw new MessageRefused('noAnswer', String(error));
  }
  if (!answer || typeof answer !== 'object')
    throw new MessageRefused('noAnswer', `${receiver} did not answer`);
  if (!answer.ok) throw new MessageRefused(answer.reason ?? 'invalid', answer.error, answer.i18n);
  return answer.data;
}

/** Sends a typed message to the background and returns its typed answer; throws `MessageRefused` when there is none. */
export function sendMessage<K extends keyof ToBackground>(
  type: K,
  payload: ToBackground[K]['request'],
): Promise<ToBackground[K]['response']> {
  return dataOf<ToBackground, K>(
    () => browser.runtime.sendMessage({ type, payload }),
    'Claimline background',
  );
}

/** Sends a typed message to the content script of a tab; throws `MessageRefused` when none answers. */
export function sendToTab<K extends keyof ToPage>(
  tabId: number,
  type: K,
  payload: ToPage[K]['request'],
): Promise<ToPage[K]['response']> {
  return dataOf<ToPage, K>(() => browser.tabs.sendMessage(tabId, { type, payload }), 'The page');
}
