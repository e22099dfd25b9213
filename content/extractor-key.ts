/**
 * Where the extractor's script leaves its code for the content script: a property of the content
 * script's own global (its isolated world in Chromium, its sandbox in Firefox), which no page
 * script can read or set.
 */
export const EXTRACTOR_KEY = 'claimlineExtractor';
