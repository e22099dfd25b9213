import { CLS as CLS_, LETTER as LETTER_, LOWER as LOWER_, SPACE as SPACE_, UPPER as UPPER_ } from './chars';

const CLS = CLS_;
const LETTER = LETTER_;
const LOWER = LOWER_;
const SPACE = SPACE_;
const UPPER = UPPER_;

import type { Lexicon } from './lexicon/types';

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
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
export const isLetter = (c: number): boolean => {
  const k = CLS[c] as number;
  return k >= UPPER && k <= LETTER;
};
const isSpace = (c: number): boolean => CLS[c] === SPACE;
const isApos = (c: number): boolean => c === 39 || c === 0x2019;

const ABBREV = new Set(
  'mr|mrs|ms|dr|gen|lt|col|sgt|capt|maj|st|no|vs|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|approx|est|inc|corp|co|jr|sr|prof|rep|sen|gov|pres|adm|cpl|pvt|brig|mt|ft|fig|vol|al|etc|ca'.split(
    '|',
  ),
);

const MAX_DIGITS = 15;

/** A class gives every token one hidden shape, which keeps the hot loops monomorphic. */
class Tok implements Token {
  v = 0;
  cap = false;
  poss = false;
  g = false;
  d = false;
  nd = 0;
  constructor(
    public k: number,
    public s: number,
    public e: number,
    public w: string,
    public sp: boolean,
  ) {}
}

const tok = (k: number, s: number, e: number, w: string, sp: boolean): Token => new Tok(k, s, e, w, sp);

/** Splits text[from, to) into tokens in one pass. Numbers follow the lexicon's separators. */
export function tokenize(text: string, from: number, to: number, lex: Lexicon): Token[] {
  const out: Token[] = [];
  let i = from;
  let sp = true;
  let dottedUntil = -1;
  while (i < to) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      if (c === 10) {
        const t = tok(PUNCT, i, i + 1, '\n', true);
        t.g = true;
        out.push(t);
      }
      sp = true;
      i++;
      continue;
    }
    let t: Token;
    if (isDigit(c) || (c === 46 && sp && isDigit(text.charCodeAt(i + 1)) && lex.decimalSeps.includes('.'))) {
      t = readNumber(text, i, to, lex, sp, i < dottedUntil);
      if (t.nd < 0 && i >= dottedUntil) dottedUntil = dottedEnd(text, i, to);
    } else if (isLetter(c)) {
      t = readWord(text, i, to, sp);
    } else {
      t = tok(PUNCT, i, i + 1, text[i] as string, sp);
      if ((c === 46 || c === 33 || c === 63) && endsSentence(text, i, to, out)) t.g = true;
    }
    out.push(t);
    i = t.e;
    sp = false;
  }
  return out;
}

function dottedEnd(text: string, i: number, to: number): number {
  let j = i;
  while (j < to && (isDigit(text.charCodeAt(j)) || (text[j] === '.' && isDigit(text.charCodeAt(j + 1))))) j++;
  return j;
}

function endsSentence(text: string, i: number, to: number, out: Token[]): boolean {
  const next = i + 1 < to ? text.charCodeAt(i + 1) : 32;
  if (text.charCodeAt(i) !== 46) return isSpace(next) || next === 34 || next === 0x201d || i + 1 >= to;
  if (!(isSpace(next) || next === 34 || next === 0x201d || next === 41 || i + 1 >= to)) return false;
  const prev = out[out.length - 1];
  if (prev && prev.k === WORD && prev.e === i && (ABBREV.has(prev.w) || prev.w.length === 1)) return false;
  if (prev && prev.k === WORD && prev.w.endsWith('.')) return false;
  // "... in the U.S. The" is ambiguous; a lowercase or digit after the stop continues the sentence.
  let j = i + 1;
  while (j < to && isSpace(text.charCodeAt(j))) j++;
  const n = text.charCodeAt(j);
  return !(n >= 97 && n <= 122);
}

function readWord(text: string, i: number, to: number, sp: boolean): Token {
  let j = i;
  let poss = false;
  // Initialisms: U.S., U.K., U.N.
  if (j + 3 < to && text[j + 1] === '.' && isLetter(text.charCodeAt(j + 2)) && text[j + 3] === '.') {
    let k = j;
    while (k + 1 < to && isLetter(text.charCodeAt(k)) && text[k + 1] === '.') k += 2;
    if (k - j >= 4 && !isLetter(text.charCodeAt(k))) j = k;
  }
  let end = j;
  let upper = false;
  if (end === i) {
    while (end < to) {
      const k = CLS[text.charCodeAt(end)] as number;
      if (k === LOWER) end++;
      else if (k === UPPER || k === LETTER) {
        upper = true;
        end++;
      } else if (isApos(text.charCodeAt(end)) && end + 1 < to && isLetter(text.charCodeAt(end + 1))) {
        const n2 = end + 2 < to ? text.charCodeAt(end + 2) : 32;
        if ((text[end + 1] === 's' || text[end + 1] === 'S') && !isLetter(n2)) {
          poss = true;
          break;
        }
        upper = true;
        end++;
      } else break;
    }
  } else upper = true;
  let w = text.slice(i, end);
  if (upper) {
    w = w.toLowerCase();
    if (w.includes('\u2019')) w = w.replace('\u2019', "'");
  }
  const t = tok(WORD, i, poss ? end + 2 : end, w, sp);
  const k0 = CLS[text.charCodeAt(i)];
  t.cap = k0 === UPPER || (k0 === LETTER && w[0] !== text[i]);
  t.poss = poss;
  return t;
}

function readNumber(
  text: string,
  i: number,
  to: number,
  lex: Lexicon,
  sp: boolean,
  inDotted: boolean,
): Token {
  let j = i;
  if (text.charCodeAt(i) === 46) {
    // ".08": a decimal without its leading zero
    j++;
    while (j < to && isDigit(text.charCodeAt(j))) j++;
    const t = tok(NUM, i, j, text.slice(i, j), sp);
    t.d = true;
    t.nd = 1;
    t.v = j - i > MAX_DIGITS ? Number.NaN : Number(`0${t.w}`);
    return t;
  }
  while (j < to && isDigit(text.charCodeAt(j))) j++;
  if (inDotted) {
    const t = tok(NUM, i, j, text.slice(i, j), sp);
    t.nd = -(j - i);
    t.v = j - i > MAX_DIGITS ? Number.NaN : Number(t.w);
    return t;
  }
  let digits = text.slice(i, j);
  let grouped = false;
  if (j - i <= 3) {
    for (;;) {
      const sep = text[j] as string;
      if (!lex.groupSeps.includes(sep) || !threeDigits(text, j + 1, to)) break;
      // "1, 234" is a list, not a number; a space separator needs a digit right after it.
      digits += text.slice(j + 1, j + 4);
      j += 4;
      grouped = true;
    }
  }
  let frac = '';
  let dotted = false;
  const ds = text[j] as string;
  if (j + 1 < to && lex.decimalSeps.includes(ds) && isDigit(text.charCodeAt(j + 1))) {
    let k = j + 1;
    while (k < to && isDigit(text.charCodeAt(k))) k++;
    if (!grouped && text[k] === ds && isDigit(text.charCodeAt(k + 1))) dotted = true;
    else {
      frac = text.slice(j + 1, k);
      j = k;
    }
  } else if (!grouped && ds === ',' && lex.lang === 'en' && shortCommaDecimal(text, i, j, to)) {
    let k = j + 1;
    while (k < to && isDigit(text.charCodeAt(k))) k++;
    frac = text.slice(j + 1, k);
    j = k;
  }
  const t = tok(NUM, i, j, text.slice(i, j), sp);
  t.g = grouped;
  t.d = frac !== '';
  t.nd = dotted ? -digits.length : digits.length;
  t.v = digits.length > MAX_DIGITS ? Number.NaN : Number(frac ? `${digits}.${frac}` : digits);
  return t;
}

function threeDigits(text: string, j: number, to: number): boolean {
  return (
    j + 2 < to &&
    isDigit(text.charCodeAt(j)) &&
    isDigit(text.charCodeAt(j + 1)) &&
    isDigit(text.charCodeAt(j + 2)) &&
    !(j + 3 < to && isDigit(text.charCodeAt(j + 3)))
  );
}

/** "1,3" or "5,00" (one or two digits after a comma) that is not part of a list such as "22,24,26". */
function shortCommaDecimal(text: string, i: number, j: number, to: number): boolean {
  if (i > 0 && text[i - 1] === ',') return false;
  let k = j + 1;
  while (k < to && isDigit(text.charCodeAt(k))) k++;
  const n = k - j - 1;
  if (n < 1 || n > 2) return false;
  return !(text[k] === ',' && isDigit(text.charCodeAt(k + 1)));
}
