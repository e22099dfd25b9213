import type { Lexicon } from '../lexicon/lexicon';

/**
 * The phrase lists of a lexicon that the rules walk token by token, each a bit: a word's entry has
 * the bit in `starts` when the word starts a phrase of the list (ends one, for a list read
 * backward) and in `goesOn` when it goes on one. "Does a cue start here?" at a word that starts
 * none, the usual answer, costs one bit test. At most 30 lists (bit 30 is STARTS_NUMBER).
 */
/** Lists read forward from a token (`phraseAt`). */
export const CUES = 1 << 0;
export const NOUNS = 1 << 1;
export const ANTI = 1 << 2;
export const ACCORDING = 1 << 3;
export const VAGUE = 1 << 4;
export const AFTER = 1 << 5;
/** Lists read backward from a token (`phraseBefore`). */
export const CUES_END = 1 << 6;
export const ANTI_END = 1 << 7;
export const VERBS_END = 1 << 8;
export const SUBSET_END = 1 << 9;
export const BEFORE_END = 1 << 10;
export const SAVED_END = 1 << 11;
/** In `starts`: words that can begin a number in words or a vague amount. */
export const STARTS_NUMBER = 1 << 30;

/** The index of a phrase list's trie in the word index: the number of its bit. */
export const trieOf = (list: number): number => 31 - Math.clz32(list);

type Dict = Readonly<Record<string, unknown>> | ReadonlySet<string>;

/** Each phrase list: its bit, whether it is read backward, and its phrases in a lexicon. */
export function phraseLists(l: Lexicon): (readonly [number, boolean, Dict])[] {
  return [
    [CUES, false, l.cues],
    [NOUNS, false, l.nouns],
    [ANTI, false, l.antiCues],
    [ACCORDING, false, l.according],
    [VAGUE, false, l.vague],
    [AFTER, false, l.after],
    [CUES_END, true, l.cues],
    [ANTI_END, true, l.antiCues],
    [VERBS_END, true, l.verbs],
    [SUBSET_END, true, l.subset],
    [BEFORE_END, true, l.before],
    [SAVED_END, true, l.savedVerbs],
  ];
}
