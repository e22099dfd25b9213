import type { Searches } from '../lib/extract/engine/lexicon-searches';

/**
 * The content script's stand-in for lib/extract/engine/build-searches.ts (wxt.config.ts): a page
 * builds no searches, the background sends them with the lexicons (content/start.ts), so the
 * tries of words and their builders stay out of the script injected into every page.
 */
export function buildSearches(): Searches {
  throw new Error('the searches of the page lexicons come from the background');
}
