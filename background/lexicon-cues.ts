import { searchesOf } from '../lib/extract/engine/lexicon-searches';
import { lexiconOf } from './lexicon-specs';

/** A regular expression as plain data, to be sent in a message. */
export interface PatternSource {
  source: string;
  flags: string;
}

const made = new Map<string, PatternSource>();

/**
 * The search for a language's cue words (without one, no number of a text can be a casualty or
 * troop figure; engine/cue-filter.ts), made in the background from the language's lexicon when
 * first asked for. A page tests its text blocks with it and compiles its lexicons only for a block
 * that has a cue word, so a page without any is never tokenized.
 */
export function lexiconCues(lang: string): PatternSource | null {
  const lexicon = lexiconOf(lang);
  if (!lexicon) return null;
  let cues = made.get(lang);
  if (!cues) {
    // the peacekeepers' names are cue words: lexiconOf has set the shared parties
    const search = searchesOf(lexicon).cues;
    cues = { source: search.source, flags: search.flags.replace(/[gy]/g, '') };
    made.set(lang, cues);
  }
  return cues;
}
