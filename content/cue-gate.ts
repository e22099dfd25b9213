import type { Extractor } from './mark-figures';

/**
 * An extractor that reads a text block only when it has a cue word (`cues`: the search the
 * background made from the page's lexicons): without one no number of the block can be a figure,
 * so the lexicons are compiled (`prepare`) only for the first block that has one, and a page
 * without any costs a regular-expression pass.
 */
export function cueGate(cues: RegExp, prepare: () => Extractor): Extractor {
  let extract: Extractor | null = null;
  return (text, options) => {
    if (!cues.test(text)) return [];
    extract ??= prepare();
    return extract(text, options);
  };
}
