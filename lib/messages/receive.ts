import { browser } from 'wxt/browser';
import type { ExtensionSelf, Sender } from './contract';

/** This extension as the browser names it. */
export function extensionSelf(): ExtensionSelf {
  return { id: browser.runtime.id, origin: browser.runtime.getURL('/').replace(/\/$/, '') };
}

/** Whether the extension is still there (false once it was disabled, removed or updated). */
export function extensionAlive(): boolean {
  return browser.runtime?.id !== undefined;
}

type Listener = (message: unknown, sender: Sender) => Promise<unknown> | undefined;

/** Listens to messages sent to this context; the returned function stops listening. */
export function listenToMessages(listener: Listener): () => void {
  const onMessage = (message: unknown, sender: Sender) => listener(message, sender);
  browser.runtime.onMessage.addListener(onMessage);
  return () => browser.runtime.onMessage?.removeListener(onMessage);
}
