import { useSentenceAbbreviations } from '../lib/extract/engine/sentence';
import { extensionUrl } from '../lib/messages/receive';
import { EXTRACTOR_KEY } from './extractor-key';
import type { Extractor } from './mark-figures';
import type { PageLexicons, pageExtractor } from './page-extractor';

/** The extractor's script's path in the extension (a web-accessible resource, see wxt.config.ts). */
const SCRIPT = '/extractor.js';

/**
 * Loads the extractor's code into the content script's world and gives it the page's lexicons:
 * an import of the extension's own file, whose URL (Chromium's `use_dynamic_url`, Firefox's
 * per-install id) no page can guess. Rejects when the script cannot be loaded or left no code.
 */
export async function loadExtractor(lexicons: PageLexicons): Promise<Extractor> {
  // a module runs once: a second import of the same URL only resolves
  await import(/* @vite-ignore */ extensionUrl(SCRIPT));
  const code = (globalThis as Record<string, unknown>)[EXTRACTOR_KEY] as typeof pageExtractor | undefined;
  if (typeof code !== 'function') throw new Error(SCRIPT); // it ran but left no extractor
  const { extract, abbreviations } = code(lexicons);
  useSentenceAbbreviations(abbreviations);
  return extract;
}
