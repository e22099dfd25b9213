import type { WordEntry } from './word-entry';

export const WORD = 1;
export const NUM = 2;
export const PUNCT = 3;

/** One token of a text window. Offsets are UTF-16 indexes into the whole text. */
export interface Token {
  k: number;
  s: number;
  e: number;
  /** lowercase word (without a possessive 's), the punctuation character, or the digits as written */
  w: string;
  /** NUM: the value as written, NaN for a digit run too long to be a count */
  v: number;
  /** whitespace before the token */
  sp: boolean;
  /** WORD: starts with a capital letter */
  cap: boolean;
  /** WORD: ended in 's (possessive) */
  poss: boolean;
  /** NUM: written with group separators; PUNCT: ends a sentence */
  g: boolean;
  /** NUM: has a decimal part */
  d: boolean;
  /** NUM: digits in the integer part; part of a dotted run such as 192.168.1.2 when negative */
  nd: number;
  /** the phrase lists the word starts (phrase-lists.ts), as its entry says; none for a number */
  f: number;
  /** the phrase lists the word goes on */
  on: number;
  /** the word sets that hold the word (word-sets.ts), as its entry says */
  sets: Int32Array;
  /** the word's entry in the lexicon's word index */
  b: WordEntry;
}

/** A class gives every token one hidden shape, which keeps the hot loops monomorphic. */
export class Tok implements Token {
  v = 0;
  cap = false;
  poss = false;
  g = false;
  d = false;
  nd = 0;
  f: number;
  on: number;
  sets: Int32Array;
  constructor(
    public k: number,
    public s: number,
    public e: number,
    public w: string,
    public sp: boolean,
    public b: WordEntry,
  ) {
    this.f = b.starts;
    this.on = b.goesOn;
    this.sets = b.sets;
  }

  /** Makes a used token new again, as the constructor would. */
  reset(k: number, s: number, e: number, w: string, sp: boolean, b: WordEntry): this {
    this.k = k;
    this.s = s;
    this.e = e;
    this.w = w;
    this.sp = sp;
    this.v = 0;
    this.cap = false;
    this.poss = false;
    this.g = false;
    this.d = false;
    this.nd = 0;
    this.f = b.starts;
    this.on = b.goesOn;
    this.sets = b.sets;
    this.b = b;
    return this;
  }
}

/** True when the token is the punctuation character c. */
export const isPunct = (t: Token | undefined, c: string): boolean =>
  t !== undefined && t.k === PUNCT && t.w === c;
