import type { Lexicon } from '../lexicon/lexicon';
import { wordAlternatives } from './char-classes';
import { DIGITS } from './digit-runs';
import { type Abbreviations, abbreviations } from './sentence-stop';

/** What the scan (window-scan.ts) looks for in a text read with some lexicons. */
export interface TriggerSet extends Abbreviations {
  /**
   * One search for everything the scan stops at: a number in digits (with its thousands groups)
   * or a number word. Linear: each alternative is a plain word list or a digit run with
   * fixed-length groups, so nothing can backtrack without bound.
   */
  search: RegExp;
  /** the number words, lowercase */
  words: ReadonlySet<string>;
  /**
   * Words that make a lexicon read the cue of the sentence before ("В ее составе - 3000"): a
   * sentence with one of them gets the sentence before it in its window. Null when none.
   */
  crossRefs: RegExp | null;
}

/** Precomputes the search for the words that can start or make a number (one, dozen, thousands...). */
export function triggerSet(
  list: Iterable<string>,
  abbrevs: Iterable<string> = [],
  crossRefs: Iterable<string> = [],
  langs: readonly string[] = [],
): TriggerSet {
  const set = new Set([...list].map((w) => w.toLowerCase()));
  // the start of a word that does not begin with an ASCII letter is checked by the scan
  const parts = [DIGITS, ...wordAlternatives(set, 'checked')];
  const refs = [...new Set(crossRefs)];
  return {
    search: new RegExp(parts.join('|'), 'gi'),
    words: set,
    ...abbreviations(abbrevs, langs),
    crossRefs: refs.length > 0 ? new RegExp(refs.join('|'), 'gi') : null,
  };
}

/** The trigger set of some lexicons read together. */
export function triggerSetOf(lexicons: readonly Lexicon[]): TriggerSet {
  return triggerSet(
    lexicons.flatMap((l) => triggerWords(l)),
    lexicons.flatMap((l) => [...l.abbrevs]),
    lexicons.flatMap((l) => [...l.crossRefs]),
    lexicons.map((l) => l.lang),
  );
}

/** Words that start or make a number, for the first scan of a text. */
export function triggerWords(lex: Lexicon): string[] {
  return [
    ...Object.keys(lex.units),
    ...Object.keys(lex.tens),
    ...lex.hundred,
    ...Object.keys(lex.hundreds),
    ...Object.keys(lex.scales),
    ...lex.dozen,
    ...lex.triggers,
    ...Object.keys(lex.vague).map((v) => v.split(' ').pop() as string),
  ]
    .flatMap((w) => (w.includes("'") ? [w, ...w.split("'").slice(1)] : [w]))
    .filter((w) => w !== '' && !w.includes(' '));
}
