import { browser } from 'wxt/browser';
import { onDatabaseWrites } from '../db/live';
import { sendToTab } from './send';

/**
 * Tells the content scripts of open tabs that the claim history changed, so an open popover shows
 * it at once. Called from the contexts that write: the background (saves from pages) and the popup.
 * Dexie reports every write of this context (`storagemutated`); bursts are sent as one message.
 */
export function broadcastClaimChanges(delayMs = 250): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const send = async () => {
    timer = undefined;
    for (const tab of await browser.tabs.query({})) {
      if (tab.id !== undefined) sendToTab(tab.id, 'claims/changed', {}).catch(() => {});
    }
  };
  const onChange = () => {
    if (timer === undefined) timer = setTimeout(send, delayMs);
  };
  return onDatabaseWrites(onChange);
}
