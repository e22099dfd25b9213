import { CLS, DIGIT } from './chars';
import type { Lexicon } from './lexicon/types';
import { NUM, type Token, tok } from './token';

const MAX_DIGITS = 15;
const isDigit = (c: number): boolean => CLS[c] === DIGIT;

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
): Token {
  let j = i;
  if (text.charCodeAt(i) === 46 || text.charCodeAt(i) === 44) {
    // ".08": a decimal without its leading zero
    j++;
    while (j < to && isDigit(text.charCodeAt(j))) j++;
    const t = tok(NUM, i, j, text.slice(i, j), sp);
    t.d = true;
    t.nd = 1;
    t.v = j - i > MAX_DIGITS ? Number.NaN : Number(`0.${t.w.slice(1)}`);
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
