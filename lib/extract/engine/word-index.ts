import type { Lexicon } from '../lexicon/lexicon';
import { phraseLists, STARTS_NUMBER, trieOf } from './phrase-lists';
import type { TrieNode, WordEntry } from './word-entry';
import { wordSetsOf } from './word-sets';

/**
 * The words of a lexicon as the tokenizer gives them to the rules, compiled once per lexicon: each
 * phrase list as a word trie, and for every word its entry (word-entry.ts). The tokenizer puts the
 * entry on each token, so that no rule looks a word up.
 */
export interface WordIndex {
  /** word -> its entry */
  entries: Map<string, WordEntry>;
  /** the trie of each phrase list, by the number of its bit (`trieOf`); backward lists hold their phrases reversed */
  tries: TrieNode[];
  /** the entry of each ASCII character as a token of its own (punctuation) */
  ascii: WordEntry[];
  /** the entry of a word in no list, of numbers and of line breaks */
  none: WordEntry;
}

const compiled = new WeakMap<Lexicon, WordIndex>();

/** The lexicon asked for last and its index: a text is read with one lexicon at a time. */
let last: Lexicon | null = null;
let lastIndex: WordIndex | null = null;

/** The word index of a lexicon, compiled when first asked for. */
export function indexOf(lex: Lexicon): WordIndex {
  if (lex === last) return lastIndex as WordIndex;
  let found = compiled.get(lex);
  if (!found) {
    found = compileIndex(lex, wordSetsOf(lex));
    compiled.set(lex, found);
  }
  last = lex;
  lastIndex = found;
  return found;
}

/** The entry of a word (lowercase, or a punctuation character) in an index. */
export const entryOf = (index: WordIndex, word: string): WordEntry => index.entries.get(word) ?? index.none;

/** The index of a lexicon whose word sets are `sets` (by id: see word-sets.ts). */
export function compileIndex(lex: Lexicon, sets: readonly Iterable<string>[]): WordIndex {
  const starts = new Map<string, number>();
  const goesOn = new Map<string, number>();
  const mark = (to: Map<string, number>, word: string, bit: number): void => {
    to.set(word, (to.get(word) ?? 0) | bit);
  };
  const lists = phraseLists(lex);
  const tries: TrieNode[] = [];
  for (const [list, backward, dict] of lists) {
    const keys = dict instanceof Set ? [...dict] : Object.keys(dict);
    const root: TrieNode = { end: false, next: null, value: undefined };
    for (const key of keys as string[]) {
      const words = key.split(' ');
      if (backward) words.reverse();
      mark(starts, words[0] as string, list);
      for (let k = 1; k < words.length; k++) mark(goesOn, words[k] as string, list);
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
  for (const w of numberStarts(lex)) mark(starts, w, STARTS_NUMBER);
  const size = Math.max(1, Math.ceil(sets.length / 32));
  const members = new Map<string, Int32Array>();
  sets.forEach((set, id) => {
    for (const w of set) {
      // a number token has no entry (phrases stop at numbers anyway)
      if (/^[0-9]/.test(w)) throw new Error(`word-index: "${w}" in a word set of ${lex.lang} is a number`);
      let bits = members.get(w);
      if (!bits) {
        bits = new Int32Array(size);
        members.set(w, bits);
      }
      bits[id >>> 5] = (bits[id >>> 5] as number) | (1 << id);
    }
  });
  const none: WordEntry = { starts: 0, goesOn: 0, sets: new Int32Array(size), first: [] };
  const entries = new Map<string, WordEntry>();
  for (const w of new Set([...starts.keys(), ...goesOn.keys(), ...members.keys()])) {
    const fw = starts.get(w) ?? 0;
    const first: (TrieNode | undefined)[] = [];
    for (const [list] of lists) if (fw & list) first[trieOf(list)] = tries[trieOf(list)]?.next?.get(w);
    entries.set(w, { starts: fw, goesOn: goesOn.get(w) ?? 0, sets: members.get(w) ?? none.sets, first });
  }
  const ascii: WordEntry[] = [];
  for (let c = 0; c < 128; c++) ascii.push(entries.get(String.fromCharCode(c)) ?? none);
  return { entries, tries, ascii, none };
}

/** The words that can begin a number in words or a vague amount. */
function numberStarts(lex: Lexicon): string[] {
  const out = [...Object.keys(lex.units), ...Object.keys(lex.tens), ...lex.articles, ...lex.half];
  // "полторы тысячи", "полмиллиона"
  out.push(...lex.oneAndHalf, ...Object.keys(lex.halfScales), ...Object.keys(lex.fractions));
  // "mil soldados", "тысяча", "cent six": a scale word alone is a number
  if (lex.scaleAlone) out.push(...Object.keys(lex.hundreds), ...Object.keys(lex.scales), ...lex.hundred);
  for (const v of Object.keys(lex.vague)) out.push(v.split(' ')[0] as string);
  return out;
}
