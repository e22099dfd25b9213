/** Languages with a lexicon besides English (which is always loaded). A module of its own so the
 * content script can read the list without the loaders of lib/extract/index.ts. */
export const LANGUAGES = ['de', 'es', 'fr', 'ru', 'uk'] as const;
