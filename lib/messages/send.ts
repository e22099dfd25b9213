import { browser } from 'wxt/browser';
import { type MessageKey, t } from '../i18n';
import type { Answer, MessageMap, MessageType, Refusal } from './contract';

const WORDS: Record<Exclude<Refusal, 'database'>, MessageKey> = {
  invalid: 'refusedInvalid',
  tooLarge: 'refusedTooLarge',
  notAllowed: 'refusedNotAllowed',
  noAnswer: 'refusedNoAnswer',
};

/**
 * A message the background refused or left unanswered, with the cause in the reader's words as
 * its message (a database failure is already a sentence for the reader: it is kept as it is).
 */
export class MessageRefused extends Error {
  readonly reason: Refusal;
  constructor(reason: Refusal, detail: string) {
    super(reason === 'database' ? detail : t(WORDS[reason]));
    this.name = 'MessageRefused';
    this.reason = reason;
  }
}

/** Sends a typed message to the background and returns its typed answer; throws `MessageRefused` when there is none. */
export async function sendMessage<K extends MessageType>(
  type: K,
  payload: MessageMap[K]['request'],
): Promise<MessageMap[K]['response']> {
  let answer: Answer<K> | undefined;
  try {
    answer = (await browser.runtime.sendMessage({ type, payload })) as Answer<K> | undefined;
  } catch (error) {
    // no receiving end (the background was stopped or the extension updated)
    throw new MessageRefused('noAnswer', String(error));
  }
  if (!answer) throw new MessageRefused('noAnswer', 'Claimline background did not answer');
  if (!answer.ok) throw new MessageRefused(answer.reason ?? 'invalid', answer.error);
  return answer.data;
}
