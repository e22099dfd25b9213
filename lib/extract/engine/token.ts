import type { WordEntry } from './word-entry';

export const WORD = 1;
export const NUM = 2;
export const PUNCT = 3;

/** One token of a text window. Offsets are UTF-16 indexes into the whole text. */
export interface Token {
  kind: number;
  start: number;
  end: number;
  /** lowercase word (without a possessive 's), the punctuation character, or the digits as written */
  word: string;
  /** NUM: the value as written, NaN for a digit run too long to be a count */
  value: number;
  /** whitespace before the token */
  spaced: boolean;
  /** WORD: starts with a capital letter */
  capital: boolean;
  /** WORD: ended in 's (possessive) */
  possessive: boolean;
  /** NUM: written with group separators */
  grouped: boolean;
  /** PUNCT: ends a sentence (a full stop, "!", "?" or a line break) */
  ends: boolean;
  /** NUM: has a decimal part */
  decimal: boolean;
  /** NUM: digits in the integer part; part of a dotted run such as 192.168.1.2 when negative */
  digits: number;
  /** the phrase lists the word starts (phrase-lists.ts), as its entry says; none for a number */
  starts: number;
  /** the phrase lists the word goes on */
  goesOn: number;
  /** the word sets that hold the word (word-sets.ts), as its entry says */
  sets: Int32Array;
  /** the word's entry in the lexicon's word index */
  entry: WordEntry;
}

/** A class gives every token one hidden shape, which keeps the hot loops monomorphic. */
export class Tok implements Token {
  kind = 0;
  start = 0;
  end = 0;
  word = '';
  spaced = false;
  value = 0;
  capital = false;
  possessive = false;
  grouped = false;
  ends = false;
  decimal = false;
  digits = 0;
  starts = 0;
  goesOn = 0;
  sets: Int32Array;
  constructor(
    kind: number,
    start: number,
    end: number,
    word: string,
    spaced: boolean,
    public entry: WordEntry,
  ) {
    this.sets = entry.sets;
    this.reset(kind, start, end, word, spaced, entry);
  }

  /** Makes a token new again, for the word (or mark, or number) text[start, end). */
  reset(kind: number, start: number, end: number, word: string, spaced: boolean, entry: WordEntry): this {
    this.kind = kind;
    this.start = start;
    this.end = end;
    this.word = word;
    this.spaced = spaced;
    this.value = 0;
    this.capital = false;
    this.possessive = false;
    this.grouped = false;
    this.ends = false;
    this.decimal = false;
    this.digits = 0;
    this.starts = entry.starts;
    this.goesOn = entry.goesOn;
    this.sets = entry.sets;
    this.entry = entry;
    return this;
  }
}

/** True when the token is the punctuation character c. */
export const isPunct = (t: Token | undefined, c: string): boolean =>
  t !== undefined && t.kind === PUNCT && t.word === c;
