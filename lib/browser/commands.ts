import { browser } from 'wxt/browser';

/** Calls `listener` with each of the extension's keyboard shortcuts (manifest `commands`) and the tab it was pressed in. */
export function onCommand(listener: (command: string, tab?: { id?: number }) => void): void {
  browser.commands?.onCommand.addListener(listener);
}

/** The active tab of the focused window. */
export async function activeTab(): Promise<{ id?: number } | undefined> {
  return (await browser.tabs.query({ active: true, currentWindow: true }))[0];
}

/** One of the extension's keyboard shortcuts as the browser holds it: `shortcut` is '' when the reader has none set. */
export interface Shortcut {
  name: string;
  description: string;
  shortcut: string;
}

/** The extension's keyboard shortcuts and the keys the browser gives them now (the reader may have changed them). */
export async function shortcuts(): Promise<Shortcut[]> {
  const all = (await browser.commands?.getAll()) ?? [];
  return all.flatMap((c) =>
    c.name ? [{ name: c.name, description: c.description ?? '', shortcut: c.shortcut ?? '' }] : [],
  );
}
