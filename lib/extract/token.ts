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
  /** the bits of lists.ts: which of the lexicon's phrase lists the word can start or end (-1: not known) */
  f: number;
  /** the bits of lists.ts: which of the rules' word lists hold the word */
  l: number;
}

/** A class gives every token one hidden shape, which keeps the hot loops monomorphic. */
class Tok implements Token {
  v = 0;
  cap = false;
  poss = false;
  g = false;
  d = false;
  nd = 0;
  f = -1;
  l = 0;
  constructor(
    public k: number,
    public s: number,
    public e: number,
    public w: string,
    public sp: boolean,
  ) {}
}

export const tok = (k: number, s: number, e: number, w: string, sp: boolean): Token =>
  new Tok(k, s, e, w, sp);
