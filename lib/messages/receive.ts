import { browser, type PublicPath } from 'wxt/browser';
import type { ExtensionSelf, Sender } from './contract';

/** This extension as the browser names it. */
export function extensionSelf(): ExtensionSelf {
  return { id: browser.runtime.id, origin: browser.runtime.getURL('/').replace(/\/$/, '') };
}

/** The address of one of the extension's own files (in a page, the one the page cannot guess). */
export function extensionUrl(path: PublicPath): string {
  return browser.runtime.getURL(path);
}

/** Whether the extension is still there (false once it was disabled, removed or updated). */
export function extensionAlive(): boolean {
  return browser.runtime?.id !== undefined;
}

type Listener = (message: unknown, sender: Sender) => Promise<unknown> | undefined;

/**
 * Listens to messages sent to this context; the returned function stops listening. Answers go
 * through `sendResponse`: pages run on the browser's own API (no polyfill, see wxt.config.ts),
 * and Chromium takes a listener's promise for no answer.
 */
export function listenToMessages(listener: Listener): () => void {
  const onMessage = (message: unknown, sender: Sender, sendResponse: (answer: unknown) => void) => {
    const answer = listener(message, sender);
    if (!answer) return false;
    answer.then(sendResponse, () => sendResponse(undefined));
    return true;
  };
  browser.runtime.onMessage.addListener(onMessage);
  return () => browser.runtime.onMessage?.removeListener(onMessage);
}
