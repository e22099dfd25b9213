import { lexiconFromSpec } from './lexicon/compile';
import { hasLexicon, registerLexicon } from './lexicon/registry';
import type { Spec } from './lexicon/spec';

export { createDiscourse, type Discourse } from './discourse';
export { sentenceAround, sentenceBounds } from './engine/sentence';
export { type ExtractOptions, extractFigures } from './extract';
export { LANGUAGES } from './languages';
export type { Lexicon } from './lexicon/lexicon';
export { hasLexicon, registerLexicon } from './lexicon/registry';
export { parseNumber, parseNumbers, parseRanges } from './parse-number';
export type { Figure, Metric, Qualifier } from './types';

/** Each language's lexicon as its own module, so a bundler splits it into its own chunk. */
const LOADERS: Readonly<Record<string, () => Promise<Spec>>> = {
  de: () => import('./lexicon/de').then((m) => m.DE_SPEC),
  es: () => import('./lexicon/es').then((m) => m.ES_SPEC),
  fr: () => import('./lexicon/fr').then((m) => m.FR_SPEC),
  ru: () => import('./lexicon/ru').then((m) => m.RU_SPEC),
  uk: () => import('./lexicon/uk').then((m) => m.UK_SPEC),
};

/**
 * Loads the lexicon of a page's language ("de", "fr-CA", the page's `<html lang>`) and registers
 * it, so `extractFigures` reads that language: given it as `lang`, or detected sentence by sentence
 * when `lang` is absent or "auto". English is always loaded; a language without a lexicon is a
 * no-op (English is used). The content script imports only English statically and calls this for
 * the page's languages before extracting; the lexicon comes as a separate chunk via `import()`.
 */
export async function loadLexicon(lang: string): Promise<void> {
  const base = lang.toLowerCase().split(/[-_]/)[0] as string;
  const load = LOADERS[base];
  if (!load || hasLexicon(base)) return;
  registerLexicon(base, lexiconFromSpec(await load()));
}
