import { isDigit } from './char-classes';

/**
 * Numbers in digits as the scan's search finds them (trigger-set.ts): a digit run, then any
 * number of groups of exactly three digits after a separator ("4,700", "3 000", "111’000").
 */
export const DIGITS = "\\d+(?:[,. \\u00a0\\u202f\\u2009\u2019']\\d{3}(?!\\d))*";

export const isDigitAt = (text: string, i: number): boolean => isDigit(text.charCodeAt(i));

const isGroupSep = (c: number): boolean =>
  c === 44 || c === 46 || c === 32 || c === 0xa0 || c === 0x202f || c === 0x2009 || c === 0x2019 || c === 39;

/** The end of the number in digits that starts at s, by the grammar of DIGITS. */
export function numberEnd(text: string, s: number): number {
  let q = s + 1;
  while (isDigitAt(text, q)) q++;
  while (
    isGroupSep(text.charCodeAt(q)) &&
    isDigitAt(text, q + 1) &&
    isDigitAt(text, q + 2) &&
    isDigitAt(text, q + 3) &&
    !isDigitAt(text, q + 4)
  )
    q += 4;
  return q;
}

/** The start of the number in digits that ends at e, read backwards by the grammar of DIGITS. */
export function numberStart(text: string, e: number): number {
  let j = e;
  for (;;) {
    let k = j;
    while (k > 0 && isDigitAt(text, k - 1)) k--;
    if (j - k === 3 && k >= 2 && isGroupSep(text.charCodeAt(k - 1)) && isDigitAt(text, k - 2)) j = k - 1;
    else return k;
  }
}
