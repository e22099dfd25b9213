import { browser } from 'wxt/browser';
import type { MessageMap, MessageType } from './messages';

/** Sends a typed message to the background and returns its typed answer. */
export async function sendMessage<K extends MessageType>(
  type: K,
  payload: MessageMap[K]['request'],
): Promise<MessageMap[K]['response']> {
  const answer = (await browser.runtime.sendMessage({ type, payload })) as
    | { ok: true; data: MessageMap[K]['response'] }
    | { ok: false; error: string }
    | undefined;
  if (!answer) throw new Error('Claimline background did not answer');
  if (!answer.ok) throw new Error(answer.error);
  return answer.data;
}
