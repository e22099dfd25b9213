import type { Lexicon } from '../lexicon/lexicon';
import { cueSearch, inheritSearch } from './cue-filter';
import { type TriggerSet, triggerSetOf } from './trigger-set';

/** The scan's search and the cue filter's searches (cue-filter.ts) of a lexicon, or of several read together. */
export interface Searches {
  trig: TriggerSet;
  cues: RegExp;
  inherit: RegExp;
}

/**
 * Builds the scan's search and the cue filter's searches of some lexicons read together, from
 * tries of their words. The background, the command line and the tests build them here; the
 * content script's bundle replaces this module (wxt.config.ts): a page gets them built, with
 * the lexicons, from the background.
 */
export function buildSearches(lexicons: readonly Lexicon[]): Searches {
  return { trig: triggerSetOf(lexicons), cues: cueSearch(lexicons), inherit: inheritSearch(lexicons) };
}
