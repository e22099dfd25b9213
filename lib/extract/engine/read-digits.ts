import type { Lexicon } from '../lexicon/lexicon';
import { isDigit } from './char-classes';
import { NUM, type Token } from './token';
import type { TokenPool } from './token-pool';
import type { WordEntry } from './word-entry';

const MAX_DIGITS = 15;
/** Powers of ten, each exact. */
const POW10 = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

export function dottedEnd(text: string, i: number, to: number): number {
  let j = i;
  while (j < to && (isDigit(text.charCodeAt(j)) || (text[j] === '.' && isDigit(text.charCodeAt(j + 1))))) j++;
  return j;
}

/** Reads the number at i: digits, thousands groups, a decimal part (the lexicon's separators). */
export function readNumber(
  text: string,
  i: number,
  to: number,
  lex: Lexicon,
  sp: boolean,
  inDotted: boolean,
  pool: TokenPool,
  none: WordEntry,
): Token {
  let j = i;
  if (text.charCodeAt(i) === 46 || text.charCodeAt(i) === 44) {
    // ".08": a decimal without its leading zero
    j++;
    while (j < to && isDigit(text.charCodeAt(j))) j++;
    const t = pool.token(NUM, i, j, text.slice(i, j), sp, none);
    t.decimal = true;
    t.digits = 1;
    t.value = j - i > MAX_DIGITS ? Number.NaN : Number(`0.${t.word.slice(1)}`);
    return t;
  }
  // the value as the digits are read: exact while it has at most MAX_DIGITS digits
  let v = 0;
  let c = text.charCodeAt(j);
  while (j < to && isDigit(c)) {
    v = v * 10 + (c - 48);
    c = text.charCodeAt(++j);
  }
  if (inDotted) {
    const t = pool.token(NUM, i, j, text.slice(i, j), sp, none);
    t.digits = -(j - i);
    t.value = j - i > MAX_DIGITS ? Number.NaN : v;
    return t;
  }
  let nd = j - i;
  let grouped = false;
  if (nd <= 3) {
    // most numbers end at a space or a mark with no digit after it: one test each
    for (;;) {
      const sep = text[j] as string;
      // "50, 000": a space slipped in after the group comma; a group of "0.." opens no list item
      const gap =
        sep === ',' && text[j + 1] === ' ' && text[j + 2] === '0' && lex.groupSeps.includes(',') ? 1 : 0;
      if (!gap && !isDigit(text.charCodeAt(j + 1))) break;
      if (!lex.groupSeps.includes(sep) || !threeDigits(text, j + 1 + gap, to)) break;
      // "1, 234" is a list, not a number; a space separator needs a digit right after it.
      v = v * 1000 + digitsAt(text, j + 1 + gap, 3);
      nd += 3;
      j += 4 + gap;
      grouped = true;
    }
  }
  let fs = -1;
  let fe = -1;
  let dotted = false;
  const ds = text[j] as string;
  if (j + 1 < to && isDigit(text.charCodeAt(j + 1)) && lex.decimalSeps.includes(ds)) {
    let k = j + 1;
    while (k < to && isDigit(text.charCodeAt(k))) k++;
    if (!grouped && text[k] === ds && isDigit(text.charCodeAt(k + 1))) dotted = true;
    else {
      fs = j + 1;
      fe = k;
      j = k;
    }
  } else if (!grouped && ds === ',' && lex.shortCommaDecimals && shortCommaDecimal(text, i, j, to)) {
    let k = j + 1;
    while (k < to && isDigit(text.charCodeAt(k))) k++;
    fs = j + 1;
    fe = k;
    j = k;
  }
  const t = pool.token(NUM, i, j, text.slice(i, j), sp, none);
  t.grouped = grouped;
  t.decimal = fs >= 0;
  t.digits = dotted ? -nd : nd;
  t.value = nd > MAX_DIGITS ? Number.NaN : fs < 0 ? v : withFraction(text, i, v, nd, fs, fe);
  return t;
}

/** The value of n digits at j. */
function digitsAt(text: string, j: number, n: number): number {
  let v = 0;
  for (let k = j; k < j + n; k++) v = v * 10 + (text.charCodeAt(k) - 48);
  return v;
}

/**
 * The value of a number with a decimal part text[fs, fe): the integer part v (nd digits) and
 * the fraction, as Number() reads "v.fraction". While all the digits fit in MAX_DIGITS, the
 * division of two exact integers gives the same correctly rounded double.
 */
function withFraction(text: string, i: number, v: number, nd: number, fs: number, fe: number): number {
  const k = fe - fs;
  if (nd + k <= MAX_DIGITS) return (v * (POW10[k] as number) + digitsAt(text, fs, k)) / (POW10[k] as number);
  let digits = '';
  for (let p = i; p < fs - 1; p++) if (isDigit(text.charCodeAt(p))) digits += text[p];
  return Number(`${digits}.${text.slice(fs, fe)}`);
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
