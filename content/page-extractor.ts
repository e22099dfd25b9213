// Straight from the modules, not lib/extract's index: its loaders would pull every language into this bundle.
import { type Searches, useMixedSearches, useSearchesOf } from '../lib/extract/engine/lexicon-searches';
import { type Abbreviations, abbreviations } from '../lib/extract/engine/sentence-stop';
import { extractFigures } from '../lib/extract/extract';
import { type Party, setParties } from '../lib/extract/lexicon/parties';
import { fromPlainData, lexiconFromPlain, type PlainLexicon } from '../lib/extract/lexicon/plain-lexicon';
import { registerLexicon } from '../lib/extract/lexicon/registry';
import type { Extractor } from './mark-figures';

/** The lexicons a page reads, as the background sent them (content/start.ts). */
export interface PageLexicons {
  /** Each language read, English first, with its lexicon and the searches of it read alone. */
  read: { lang: string; lexicon: PlainLexicon; searches?: PlainLexicon | null }[];
  /** The searches of all of them read together (when more than one is read). */
  mixed?: PlainLexicon;
  parties?: readonly Party[];
}

/**
 * The extractor of a page with its lexicons registered: what the extractor's own script brings
 * (the engine, the rules, the lexicon reader), loaded only at a page's first text block with a
 * cue word near a number (content/load-extractor.ts), so most pages never parse it.
 */
export function pageExtractor(lexicons: PageLexicons): { extract: Extractor; abbreviations: Abbreviations } {
  if (lexicons.parties) setParties(lexicons.parties);
  const abbrevs: string[] = [];
  for (const { lang, lexicon, searches } of lexicons.read) {
    const compiled = lexiconFromPlain(lexicon);
    abbrevs.push(...compiled.abbrevs);
    registerLexicon(lang, compiled);
    if (searches) useSearchesOf(compiled, fromPlainData<Searches>(searches));
  }
  if (lexicons.mixed && lexicons.read.length > 1) useMixedSearches(fromPlainData<Searches>(lexicons.mixed));
  // the page's own sentence rule (the figure's sentence, corrections) splits by the same words
  return {
    extract: extractFigures,
    abbreviations: abbreviations(
      abbrevs,
      lexicons.read.map((r) => r.lang),
    ),
  };
}
