import { extensionUrl } from '../lib/messages/receive';
import type { PopoverUi } from './popover-ui';
import { POPOVER_UI_KEY } from './popover-ui-key';

/** The popover script's path in the extension (a web-accessible resource, see wxt.config.ts). */
const SCRIPT = '/popover-ui.js';

/**
 * Loads the popover's code into the content script's world: an import of the extension's own
 * file, whose URL (Chromium's `use_dynamic_url`, Firefox's per-install id) no page can guess.
 */
export async function loadPopoverUi(): Promise<PopoverUi> {
  // a module runs once: a second import of the same URL only resolves
  await import(/* @vite-ignore */ extensionUrl(SCRIPT));
  const ui = (globalThis as Record<string, unknown>)[POPOVER_UI_KEY] as PopoverUi | undefined;
  if (!ui) throw new Error(SCRIPT); // it ran but left no popover
  return ui;
}
