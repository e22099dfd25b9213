import type { Lexicon } from '../lexicon/lexicon';
import { lexiconsVersion, loadedLexicons } from '../lexicon/registry';
import { buildSearches, type Searches } from './build-searches';
import { type Detector, detector } from './language-detector';

export type { Searches };

const single = new WeakMap<Lexicon, Searches>();

/** The searches of one lexicon, built when first asked for. */
export function searchesOf(lex: Lexicon): Searches {
  let found = single.get(lex);
  if (!found) {
    found = buildSearches([lex]);
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
/** The searches over the loaded lexicons built elsewhere, for the set loaded at `version`. */
let givenMixed: { version: number; found: Searches } | null = null;

/** Gives the lexicons loaded now the searches built for them together elsewhere (see `useSearchesOf`). */
export function useMixedSearches(found: Searches): void {
  givenMixed = { version: lexiconsVersion(), found };
}

/** The searches over all loaded lexicons together, and their language detector (rebuilt when one is registered). */
export function mixedSearches(): Searches & { det: Detector } {
  if (mixed?.version !== lexiconsVersion()) {
    const lexicons = loadedLexicons();
    const found = givenMixed?.version === lexiconsVersion() ? givenMixed.found : buildSearches(lexicons);
    mixed = { version: lexiconsVersion(), ...found, det: detector(lexicons) };
  }
  return mixed;
}
