import { browser } from 'wxt/browser';

/** Calls `listener` with each of the extension's keyboard shortcuts (manifest `commands`) and the tab it was pressed in. */
export function onCommand(listener: (command: string, tab?: { id?: number }) => void): void {
  browser.commands?.onCommand.addListener(listener);
}

/** The active tab of the focused window. */
export async function activeTab(): Promise<{ id?: number } | undefined> {
  return (await browser.tabs.query({ active: true, currentWindow: true }))[0];
}
