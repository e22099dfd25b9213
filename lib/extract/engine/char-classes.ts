/** Character classes for the scanners: one table lookup instead of a chain of comparisons. */
export const OTHER = 0;
export const DIGIT = 1;
export const UPPER = 2;
export const LOWER = 3;
/** a letter outside ASCII (accented Latin, Cyrillic, Greek...) */
export const LETTER = 4;
export const SPACE = 5;

/**
 * The class of every UTF-16 code unit. Zeroed at import (an allocation, no work) and filled by
 * `charClasses()` before the first text is read: every front door of the engine (the scan, the
 * tokenizer, the sentence functions) calls it, and the hot loops read the table as a constant.
 */
export const CLS = new Uint8Array(65536);
let filled = false;

/** Fills the table of character classes, once. */
export function charClasses(): void {
  if (filled) return;
  filled = true;
  for (let c = 0xc0; c < 0x2000; c++) CLS[c] = LETTER;
  for (let c = 0x2c00; c < 0xd800; c++) CLS[c] = LETTER;
  for (let c = 0x3000; c < 0x3040; c++) CLS[c] = OTHER;
  CLS[0xd7] = OTHER;
  CLS[0xf7] = OTHER;
  for (let c = 48; c <= 57; c++) CLS[c] = DIGIT;
  for (let c = 65; c <= 90; c++) CLS[c] = UPPER;
  for (let c = 97; c <= 122; c++) CLS[c] = LOWER;
  for (const c of [9, 10, 11, 12, 13, 32, 0xa0, 0x202f, 0x205f, 0x3000, 0xfeff]) CLS[c] = SPACE;
  for (let c = 0x2000; c <= 0x200b; c++) CLS[c] = SPACE;
}

/** A letter of a word: the classes UPPER, LOWER and LETTER. */
export const isLetter = (c: number): boolean => {
  const k = CLS[c] as number;
  return k >= UPPER && k <= LETTER;
};

/** An ASCII digit (the class DIGIT). */
export const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/** A lowercase letter outside ASCII ("é", "д"). */
export const isLowerLetter = (n: number): boolean => {
  const ch = String.fromCharCode(n);
  return ch.toUpperCase() !== ch;
};

/** Letters of a word (the classes UPPER, LOWER and LETTER above), as a regular-expression class. */
const LETTER_CLASS = 'A-Za-z\\u00c0-\\u1fff\\u2c00-\\ud7ff';

/**
 * Regular-expression alternatives (for the `i` flag) that match any of `words` (lowercase), never
 * followed by a letter (so at most one word matches at a place). Where a match may start:
 * - 'word': at the start of a word. A word beginning with an ASCII letter is anchored with \b,
 *   much cheaper than a look-behind (it also lets a word start right after an accented letter,
 *   "éone"); the others get a look-behind;
 * - 'checked': the same, but the others' start is left to the caller to check (no look-behind);
 * - 'anywhere': also inside a word, so a word may end a compound ("Bundeswehrsoldaten").
 * Plain word lists: nothing can backtrack without bound.
 */
export function wordAlternatives(words: Iterable<string>, start: 'word' | 'checked' | 'anywhere'): string[] {
  const list = [...new Set(words)];
  const end = `(?![${LETTER_CLASS}])`;
  if (start === 'anywhere') return list.length > 0 ? [`${trie(list)}${end}`] : [];
  const ascii = list.filter((w) => /^[a-z]/.test(w));
  const other = list.filter((w) => !/^[a-z]/.test(w));
  const parts: string[] = [];
  if (ascii.length > 0) parts.push(`\\b${trie(ascii)}${end}`);
  if (other.length > 0) parts.push(`${start === 'word' ? `(?<![${LETTER_CLASS}])` : ''}${trie(other)}${end}`);
  return parts;
}

const escapeRegExp = (s: string): string => s.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&');

/**
 * One group matching any of the words (none empty), factored by their common beginnings:
 * "thousand", "thousands", "three" -> (?:th(?:ousands?|ree)). A regular expression tries an
 * alternative per word at each position; the factored group tests each character once. A word
 * that goes on into a longer one is tried longer first (the greedy `?`), so no sorting is needed.
 */
function trie(words: readonly string[]): string {
  const by = new Map<string, string[]>();
  let end = false;
  for (const w of words) {
    if (w === '') end = true;
    else {
      const c = w[0] as string;
      const rest = by.get(c);
      if (rest) rest.push(w.slice(1));
      else by.set(c, [w.slice(1)]);
    }
  }
  const alts = [...by].map(([c, rest]) => escapeRegExp(c) + trie(rest));
  if (alts.length === 0) return '';
  if (alts.length === 1 && !end) return alts[0] as string;
  return `(?:${alts.join('|')})${end ? '?' : ''}`;
}
