import type { Lexicon } from '../lexicon/lexicon';
import { NO_WORD, type Token } from './token';

/**
 * The word lists of a lexicon that the rules look up token by token, compiled once per lexicon:
 * each phrase list as a word trie, and for every word one bit per list saying whether the word can
 * start a phrase of it (or end one, for the lists read backward). The tokenizer puts those bits on
 * each token (`Token.f`), so a rule asking "does a cue start here?" at a word that starts none, the
 * usual answer, costs one bit test instead of a string lookup.
 */

/** Lists read forward from a token (`phraseAt`): the bit of the words that start a phrase. */
export const CUES = 1 << 0;
export const NOUNS = 1 << 1;
export const ANTI = 1 << 2;
export const ACCORDING = 1 << 3;
export const VAGUE = 1 << 4;
export const AFTER = 1 << 5;
/** Lists read backward from a token (`phraseBefore`): the bit of the words that end a phrase. */
export const CUES_END = 1 << 8;
export const ANTI_END = 1 << 9;
export const VERBS_END = 1 << 10;
export const SUBSET_END = 1 << 11;
export const BEFORE_END = 1 << 12;
export const SAVED_END = 1 << 13;
/** Words that can begin a number in words or a vague amount. */
export const STARTS_NUMBER = 1 << 16;

/** The index of a phrase list's trie in `Lists.tries`: the number of its bit. */
export const trieOf = (list: number): number => 31 - Math.clz32(list);

/**
 * The bit of the words that go on a phrase of a list (its words after the first, in the order the
 * list is read): bits 20-25 for the forward lists, 26-31 for the backward ones. A walk down a trie
 * stops at a word without it, with no lookup.
 */
export const goesOn = (list: number): number => (backward(list) ? list << 18 : list << 20);

/** The bits of the word sets of the rules (`wordList`), in `Token.l`. */
let nextList = 0;
const WORD_LISTS: (readonly [number, (lex: Lexicon) => Iterable<string> | undefined])[] = [];

/**
 * Registers a set of single words that a rule looks up token by token (`inList(t, BIT)` instead
 * of `set.has(t.w)`), and returns its bit. Called when a rule's module loads; a list registered
 * after texts were read makes the lexicons compile again for the next one.
 */
export function wordList(of: (lex: Lexicon) => Iterable<string> | undefined): number {
  if (nextList > 30) throw new Error('lists.ts: no bit left for another word list');
  const bit = 1 << nextList++;
  WORD_LISTS.push([bit, of]);
  compiled = new WeakMap();
  last = null;
  lastLists = null;
  return bit;
}

/** True when the token is a word (or punctuation) of the list with that bit. */
export const inList = (t: Token | undefined, bit: number): boolean => t !== undefined && (t.l & bit) !== 0;

type Dict = Readonly<Record<string, unknown>> | ReadonlySet<string>;

/** A word trie of one phrase list. */
export interface Node {
  end: boolean;
  next: Map<string, Node> | null;
  /** at a phrase's end: its value in the lexicon's dictionary (true for a set) */
  value: unknown;
}

const PHRASE_LISTS: readonly (readonly [number, (lex: Lexicon) => Dict | undefined])[] = [
  [CUES, (l) => l.cues],
  [NOUNS, (l) => l.nouns],
  [ANTI, (l) => l.antiCues],
  [ACCORDING, (l) => l.according],
  [VAGUE, (l) => l.vague],
  [AFTER, (l) => l.after],
  [CUES_END, (l) => l.cues],
  [ANTI_END, (l) => l.antiCues],
  [VERBS_END, (l) => l.verbs],
  [SUBSET_END, (l) => l.subset],
  [BEFORE_END, (l) => l.before],
  [SAVED_END, (l) => l.savedVerbs],
];

const backward = (list: number): boolean => list >= CUES_END;

/**
 * A word's bits: of the phrase lists (`Token.f`) and of the word lists (`Token.l`); and for each
 * phrase list it starts (or ends, backward), its node in that list's trie, by `trieOf`.
 */
export interface WordBits {
  readonly f: number;
  readonly l: number;
  readonly first: readonly (Node | undefined)[];
}

export interface Lists {
  /** word -> its bits */
  bits: Map<string, WordBits>;
  /** the trie of each phrase list, by the number of its bit (`trieOf`); backward lists hold their phrases reversed */
  tries: Node[];
  /** the bits of each ASCII character as a token of its own (punctuation) */
  ascii: WordBits[];
}

let compiled = new WeakMap<Lexicon, Lists>();

/** The lexicon asked for last and its lists: a text is read with one lexicon at a time. */
let last: Lexicon | null = null;
let lastLists: Lists | null = null;

export function listsOf(lex: Lexicon): Lists {
  if (lex === last) return lastLists as Lists;
  let found = compiled.get(lex);
  if (!found) {
    found = compile(lex);
    compiled.set(lex, found);
  }
  last = lex;
  lastLists = found;
  return found;
}

/** The bits of a word (lowercase, or a punctuation character) in a lexicon's lists. */
export const bitsOf = (lists: Lists, word: string): WordBits => lists.bits.get(word) ?? NO_WORD;

function compile(lex: Lexicon): Lists {
  const f = new Map<string, number>();
  const l = new Map<string, number>();
  const mark = (word: string, bit: number): void => {
    f.set(word, (f.get(word) ?? 0) | bit);
  };
  const tries: Node[] = [];
  for (const [list, of] of PHRASE_LISTS) {
    const dict = of(lex);
    const keys = dict === undefined ? [] : dict instanceof Set ? [...dict] : Object.keys(dict);
    const root: Node = { end: false, next: null, value: undefined };
    for (const key of keys as string[]) {
      const words = key.split(' ');
      if (backward(list)) words.reverse();
      mark(words[0] as string, list);
      for (let k = 1; k < words.length; k++) mark(words[k] as string, goesOn(list));
      let node = root;
      for (const w of words) {
        if (!node.next) node.next = new Map();
        let child = node.next.get(w);
        if (!child) {
          child = { end: false, next: null, value: undefined };
          node.next.set(w, child);
        }
        node = child;
      }
      node.end = true;
      node.value = dict instanceof Set ? true : (dict as Readonly<Record<string, unknown>>)[key];
    }
    tries[trieOf(list)] = root;
  }
  const starts = [...Object.keys(lex.units), ...Object.keys(lex.tens), ...lex.articles, ...lex.half];
  if (lex.scaleAlone) {
    // "mil soldados", "тысяча", "cent six": a scale word alone is a number
    starts.push(...Object.keys(lex.hundreds), ...Object.keys(lex.scales), ...lex.hundred);
  }
  for (const v of Object.keys(lex.vague)) starts.push(v.split(' ')[0] as string);
  for (const w of starts) mark(w, STARTS_NUMBER);
  for (const [bit, of] of WORD_LISTS)
    for (const w of of(lex) ?? []) {
      // a number token carries no bits (phrases stop at numbers anyway)
      if (/^[0-9]/.test(w)) throw new Error(`lists.ts: "${w}" in a word list of ${lex.lang} is a number`);
      l.set(w, (l.get(w) ?? 0) | bit);
    }
  const bits = new Map<string, WordBits>();
  for (const w of new Set([...f.keys(), ...l.keys()])) {
    const fw = f.get(w) ?? 0;
    const first: (Node | undefined)[] = [];
    for (const [list] of PHRASE_LISTS) if (fw & list) first[trieOf(list)] = tries[trieOf(list)]?.next?.get(w);
    bits.set(w, { f: fw, l: l.get(w) ?? 0, first });
  }
  const ascii: WordBits[] = [];
  for (let c = 0; c < 128; c++) ascii.push(bits.get(String.fromCharCode(c)) ?? NO_WORD);
  return { bits, tries, ascii };
}

// Word lists that several rule modules read (registered here, after the state `wordList` resets)
/** Words that end a noun phrase (head.ts, attribution.ts, metric.ts). */
export const STOP = wordList((l) => l.stop);
/** Words that may sit between a number and its noun ("more", "additional"): head.ts, metric.ts. */
export const MODIFIER = wordList((l) => l.modifiers);
