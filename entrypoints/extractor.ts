import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { EXTRACTOR_KEY } from '../content/extractor-key';
import { pageExtractor } from '../content/page-extractor';

// Loaded by the content script at a page's first text block with a cue word near a number (load-extractor.ts).
export default defineUnlistedScript(() => {
  (globalThis as Record<string, unknown>)[EXTRACTOR_KEY] = pageExtractor;
});
