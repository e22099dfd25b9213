import { browser } from 'wxt/browser';
import type { MessageMap, MessageType } from './messages';

/**
 * The background could not be reached, or its answer was lost on the way (its service worker
 * stopped, the extension is reloading): whether the message was acted on is not known.
 */
export class BackgroundUnreachable extends Error {
  override name = 'BackgroundUnreachable';
}

/** Sends a typed message to the background and returns its typed answer. */
export async function sendMessage<K extends MessageType>(
  type: K,
  payload: MessageMap[K]['request'],
): Promise<MessageMap[K]['response']> {
  let answer: { ok: true; data: MessageMap[K]['response'] } | { ok: false; error: string } | undefined;
  try {
    answer = (await browser.runtime.sendMessage({ type, payload })) as typeof answer;
  } catch (error) {
    throw new BackgroundUnreachable(error instanceof Error ? error.message : String(error));
  }
  if (!answer) throw new BackgroundUnreachable('Claimline background did not answer');
  if (!answer.ok) throw new Error(answer.error);
  return answer.data;
}
