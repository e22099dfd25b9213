import { cueSearch } from '../lib/extract/engine/cue-filter';
import { lexiconFromSpec } from '../lib/extract/lexicon/compile';
import { setParties } from '../lib/extract/lexicon/parties';
import { PARTY_LIST } from '../lib/extract/lexicon/party-list';
import { lexiconSpec } from './lexicon-specs';

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
  const spec = lexiconSpec(lang);
  if (!spec) return null;
  let cues = made.get(lang);
  if (!cues) {
    setParties(PARTY_LIST); // the peacekeepers' names are cue words
    const search = cueSearch([lexiconFromSpec(spec)]);
    cues = { source: search.source, flags: search.flags.replace(/[gy]/g, '') };
    made.set(lang, cues);
  }
  return cues;
}
