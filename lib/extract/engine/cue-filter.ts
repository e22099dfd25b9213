import type { Lexicon } from '../lexicon/lexicon';
import { PEACEKEEPERS, partyBySlug } from '../lexicon/parties';
import { wordAlternatives } from './char-classes';

/** A search for any of the alternatives; with none, one that matches nothing (an empty one would match all). */
const search = (parts: string[]): RegExp => new RegExp(parts.length > 0 ? parts.join('|') : '(?!)', 'i');

/**
 * Adds one word standing for a phrase of a lexicon to `to`: its longest word, if it can, not one
 * of the lexicon's function words (they are everywhere).
 */
function addWord(to: Set<string>, key: string, common: ReadonlySet<string>): void {
  const parts = key.toLowerCase().split(/[\s'’\-,.]+/);
  const pick = (ps: string[]): string => ps.reduce((a, b) => (b.length > a.length ? b : a), '');
  const word = pick(parts.filter((p) => !common.has(p))) || pick(parts);
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
  const whole = new Set<string>();
  const ends = new Set<string>();
  for (const a of partyBySlug(PEACEKEEPERS)?.aliases ?? []) addWord(whole, a, new Set());
  for (const lex of lexicons) {
    const add = (key: string, compound: boolean): void =>
      addWord(compound ? ends : whole, key, lex.functionWords);
    // "a 50,000-strong force"
    for (const k of lex.strongWords) add(k, false);
    for (const k of Object.keys(lex.cues)) add(k, false);
    // "3,000 Ukrainians have been freed": a verb of release counts a people set free
    for (const k of lex.releaseVerbs) add(k, false);
    // "ließ 120 Ukrainer frei": the particle of a verb of release
    for (const [k, m] of lex.particleVerbs?.particles ?? []) if (m === 'captured') add(k, false);
    // "has 500 troops": a verb of having counts only with a noun of soldiers, which is in the list
    for (const k of Object.keys(lex.verbs)) if (!lex.haveVerbs.has(k)) add(k, false);
    for (const [k, kind] of Object.entries(lex.nouns)) if (kind === 'military') add(k, lex.compoundNouns);
    for (const [k, slug] of Object.entries(lex.parties)) if (slug === PEACEKEEPERS) add(k, false);
  }
  for (const w of ends) whole.delete(w);
  return search([...wordAlternatives(whole, 'word'), ...wordAlternatives(ends, 'anywhere')]);
}

/**
 * A search for the words with which a number takes its metric from a figure before it: a subset
 * ("including 300 children", "120 of them", "another 40") or the same count again ("the total",
 * "Ukraine's tally"); see rules/subset-of-figure.ts. A window without a cue word is read only when
 * it has one of these and a figure shortly before it.
 */
export function inheritSearch(lexicons: readonly Lexicon[]): RegExp {
  const words = new Set<string>();
  for (const lex of lexicons) {
    for (const w of [...lex.partitivePronouns, ...lex.additionWords]) words.add(w);
    for (const k of [...lex.subset, ...lex.anaphora]) addWord(words, k, lex.functionWords);
  }
  return search(wordAlternatives(words, 'word'));
}
