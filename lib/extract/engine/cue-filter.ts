import type { Lexicon } from '../lexicon/lexicon';
import { PARTIES } from '../lexicon/parties';
import { wordAlternatives } from './char-classes';

/** Words never chosen to stand for a phrase: they are everywhere. */
const COMMON = new Set(
  'the|a|an|of|in|on|to|at|by|for|from|with|as|and|or|their|his|her|its|out|up'.split('|'),
);

/** Adds one word standing for a phrase of a lexicon to `to`: its longest word, if it can, not a common one. */
function addWord(to: Set<string>, key: string): void {
  const parts = key.toLowerCase().split(/[\s'’\-,.]+/);
  const pick = (ps: string[]): string => ps.reduce((a, b) => (b.length > a.length ? b : a), '');
  const word = pick(parts.filter((p) => !COMMON.has(p))) || pick(parts);
  if (word !== '') to.add(word);
}

/**
 * A search for the words without which no number of a window can be a figure of its own: every
 * figure gets its metric from a cue ("killed", "death toll"), a verb before it ("sent 500"), a noun
 * of soldiers ("troops", "a 50,000-strong force", "peacekeepers"), or from a figure before it (see
 * `inheritSearch`). One word of each phrase is enough. Whole words, except that a noun may end a
 * compound in a language that builds them ("Bundeswehrsoldaten"). A window without any of them is
 * skipped before it is tokenized: most numbers on a page are dates, prices and scores, far from any
 * casualty or troop word.
 */
export function cueSearch(lexicons: readonly Lexicon[]): RegExp {
  const whole = new Set<string>(['strong']);
  const ends = new Set<string>();
  const add = (key: string, compound: boolean): void => addWord(compound ? ends : whole, key);
  for (const a of PARTIES.find((p) => p.slug === 'un-peacekeepers')?.aliases ?? []) add(a, false);
  for (const lex of lexicons) {
    for (const k of Object.keys(lex.cues)) add(k, false);
    // "has 500 troops": a verb of having counts only with a noun of soldiers, which is in the list
    for (const k of Object.keys(lex.verbs)) if (!lex.haveVerbs.has(k)) add(k, false);
    for (const [k, kind] of Object.entries(lex.nouns))
      if (kind === 'military') add(k, lex.compoundNouns === true);
    for (const [k, slug] of Object.entries(lex.parties)) if (slug === 'un-peacekeepers') add(k, false);
  }
  for (const w of ends) whole.delete(w);
  const parts = [...wordAlternatives(whole, 'word'), ...wordAlternatives(ends, 'anywhere')];
  return new RegExp(parts.join('|'), 'i');
}

/**
 * A search for the words with which a number takes its metric from a figure before it: a subset
 * ("including 300 children", "120 of them") or the same count again ("the total", "Ukraine's
 * tally"); see `relation` in metric.ts. A window without a cue word is read only when it has one of
 * these and a figure shortly before it.
 */
export function inheritSearch(lexicons: readonly Lexicon[]): RegExp {
  // metric.ts reads English "120 of them", "300 of whom", "another 40" as a subset without a list
  const words = new Set<string>(['them', 'whom', 'another']);
  for (const lex of lexicons) for (const k of [...lex.subset, ...lex.anaphora]) addWord(words, k);
  return new RegExp(wordAlternatives(words, 'word').join('|'), 'i');
}
