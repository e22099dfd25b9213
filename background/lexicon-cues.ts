import { searchesOf } from '../lib/extract/engine/lexicon-searches';
import { lexiconOf } from './lexicon-specs';

/** A regular expression as plain data, to be sent in a message. */
export interface PatternSource {
  source: string;
  flags: string;
}

/** A language's cue words and its numbers, the searches a page gates its text blocks with. */
export interface LexiconCues extends PatternSource {
  /** digits and the language's number words (engine/trigger-set.ts) */
  numbers: PatternSource;
}

const made = new Map<string, LexiconCues>();
const plain = (search: RegExp): PatternSource => ({
  source: search.source,
  flags: search.flags.replace(/[gy]/g, ''),
});

/**
 * The search for a language's cue words (without one, no number of a text can be a casualty or
 * troop figure; engine/cue-filter.ts), made in the background from the language's lexicon when
 * first asked for, with the search for its numbers. A page reads a text block only when it has a
 * cue word near a number (content/cue-gate.ts) and loads the extractor only for the first such
 * block, so a page whose cue words stand far from any number is never tokenized.
 */
export function lexiconCues(lang: string): LexiconCues | null {
  const lexicon = lexiconOf(lang);
  if (!lexicon) return null;
  let cues = made.get(lang);
  if (!cues) {
    // the peacekeepers' names are cue words: lexiconOf has set the shared parties
    const searches = searchesOf(lexicon);
    cues = { ...plain(searches.cues), numbers: plain(searches.trig.search) };
    made.set(lang, cues);
  }
  return cues;
}
