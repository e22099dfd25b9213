import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { popoverUi } from '../content/popover-ui';
import { POPOVER_UI_KEY } from '../content/popover-ui-key';

// Loaded by the content script on a reader's first hover or focus of a figure (load-popover-ui.ts).
export default defineUnlistedScript(() => {
  (globalThis as Record<string, unknown>)[POPOVER_UI_KEY] = popoverUi();
});
