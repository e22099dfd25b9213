import type { Lexicon } from '../lexicon/lexicon';
import { lexiconsVersion, loadedLexicons } from '../lexicon/registry';
import { cueSearch, inheritSearch } from './cue-filter';
import { type Detector, detector } from './language-detector';
import { type TriggerSet, triggerSetOf } from './trigger-set';

/** The scan's search and the cue filter's searches (cue-filter.ts) of a lexicon, or of several read together. */
export interface Searches {
  trig: TriggerSet;
  cues: RegExp;
  inherit: RegExp;
}

function searches(lexicons: readonly Lexicon[]): Searches {
  return { trig: triggerSetOf(lexicons), cues: cueSearch(lexicons), inherit: inheritSearch(lexicons) };
}

const single = new WeakMap<Lexicon, Searches>();

/** The searches of one lexicon, built when first asked for. */
export function searchesOf(lex: Lexicon): Searches {
  let found = single.get(lex);
  if (!found) {
    found = searches([lex]);
    single.set(lex, found);
  }
  return found;
}

/**
 * Gives a lexicon the searches built for it elsewhere (the background builds them with the
 * lexicon and sends both; a page need not build the tries of its words again).
 */
export function useSearchesOf(lex: Lexicon, found: Searches): void {
  single.set(lex, found);
}

let mixed: (Searches & { version: number; det: Detector }) | null = null;

/** The searches over all loaded lexicons together, and their language detector (rebuilt when one is registered). */
export function mixedSearches(): Searches & { det: Detector } {
  if (mixed?.version !== lexiconsVersion()) {
    const lexicons = loadedLexicons();
    mixed = { version: lexiconsVersion(), ...searches(lexicons), det: detector(lexicons) };
  }
  return mixed;
}
