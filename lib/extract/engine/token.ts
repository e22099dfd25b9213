import type { Node, WordBits } from './word-index';

export const WORD = 1;

/** The entry of a word in no list of the lexicon, and of numbers (see lists.ts). */
export const NO_WORD: WordBits = { f: 0, l: 0, first: [] as (Node | undefined)[] };
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
  /** the bits of lists.ts: which of the lexicon's phrase lists the word can start or end (none for a number) */
  f: number;
  /** the bits of lists.ts: which of the rules' word lists hold the word */
  l: number;
  /** the word's entry in the lists of lists.ts (its bits, and the trie nodes of the phrases it starts) */
  b: WordBits;
}

/** A class gives every token one hidden shape, which keeps the hot loops monomorphic. */
class Tok implements Token {
  v = 0;
  cap = false;
  poss = false;
  g = false;
  d = false;
  nd = 0;
  f = 0;
  l = 0;
  b: WordBits = NO_WORD;
  constructor(
    public k: number,
    public s: number,
    public e: number,
    public w: string,
    public sp: boolean,
  ) {}

  /** Makes a used token new again, as the constructor would. */
  reset(k: number, s: number, e: number, w: string, sp: boolean): this {
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
    this.f = 0;
    this.l = 0;
    this.b = NO_WORD;
    return this;
  }
}

/**
 * Tokens reused from one window of a text to the next while `reusing` (see `tokenize`): a page's
 * windows hold hundreds of thousands of tokens between them, and allocating each anew is much of
 * the cost of reading it. At most POOL_MAX (a long window's worth) are kept between texts.
 */
const POOL: Tok[] = [];
const POOL_MAX = 1024;
/** The next pooled token to hand out, or -1 when tokens are allocated. */
let next = -1;

export function tok(k: number, s: number, e: number, w: string, sp: boolean): Token {
  if (next < 0) return new Tok(k, s, e, w, sp);
  const t = POOL[next];
  next++;
  if (t !== undefined) return t.reset(k, s, e, w, sp);
  const fresh = new Tok(k, s, e, w, sp);
  POOL.push(fresh);
  return fresh;
}

/** From now on `tok` hands out the pooled tokens from the first (their old contents are lost), or stops. */
export function reusing(on: boolean): void {
  next = on ? 0 : -1;
}

/** Keeps at most POOL_MAX pooled tokens (at the end of a text: a long window's are many). */
export function trimPool(): void {
  if (POOL.length > POOL_MAX) POOL.length = POOL_MAX;
}

/**
 * Shortens an array reused from window to window to n elements. By pop, not by setting its
 * length: that is a call into the runtime, and may give the array's capacity back.
 */
export function truncate(a: unknown[], n: number): void {
  while (a.length > n) a.pop();
}
