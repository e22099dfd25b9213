import { gateSearch } from '../lib/extract/engine/gate-cues';
import { searchesOf } from '../lib/extract/engine/lexicon-searches';
import { lexiconOf } from './lexicon-specs';

/** A regular expression as plain data, to be sent in a message. */
export interface PatternSource {
  source: string;
  flags: string;
}

/** A language's cue words by tier and its numbers, the searches a page gates its text blocks with. */
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
 * The gate's search of a language (engine/gate-cues.ts: the cue filter's words, each in a tier by
 * what it needs around it) with the search for its numbers, made in the background from the
 * language's lexicon when first asked for; with `readWith`, the other languages the page is read
 * in, whose common words are weak cue words here (English "die" on a German page). A page reads a text block only when the gate opens for
 * it (content/cue-gate.ts) and loads the extractor only for the first such block, so a page whose
 * cue words stand far from any number, or are everyday words alone, is never tokenized.
 */
export function lexiconCues(lang: string, readWith: readonly string[] = []): LexiconCues | null {
  const lexicon = lexiconOf(lang);
  if (!lexicon) return null;
  const others = readWith.flatMap((l) => (l === lang ? [] : (lexiconOf(l) ?? [])));
  const key = [lang, ...others.map((o) => o.lang)].join();
  let cues = made.get(key);
  if (!cues) {
    // the peacekeepers' names are cue words: lexiconOf has set the shared parties
    cues = { ...plain(gateSearch([lexicon], others)), numbers: plain(searchesOf(lexicon).trig.search) };
    made.set(key, cues);
  }
  return cues;
}
