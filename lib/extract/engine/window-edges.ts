import { CLS, SPACE } from './char-classes';

/** Moves a window edge forward to just after a space (at most 40 characters), so no word is cut. */
export function snap(text: string, i: number, limit: number): number {
  const max = Math.min(i + 40, limit);
  for (let j = i; j < max; j++) if (text.charCodeAt(j) === 32) return j + 1;
  return i;
}

/** The start of the word (with its punctuation) just before position i: at most 40 characters back. */
export function wordBefore(text: string, i: number): number {
  let j = i;
  while (j > 0 && j > i - 40 && CLS[text.charCodeAt(j - 1)] === SPACE && text.charCodeAt(j - 1) !== 10) j--;
  const min = Math.max(0, j - 40);
  while (j > min && CLS[text.charCodeAt(j - 1)] !== SPACE) j--;
  return j;
}

/** The end of the word just after position i, and no further than limit. */
export function wordAfter(text: string, i: number, limit: number): number {
  let j = i + 1;
  while (j < limit && CLS[text.charCodeAt(j)] === SPACE) j++;
  while (j < limit && CLS[text.charCodeAt(j)] !== SPACE) j++;
  return j;
}

/** The position of the next c at or after i, or past the end of the text. */
export function next(text: string, c: string, i: number): number {
  const p = text.indexOf(c, i);
  return p < 0 ? text.length + 1 : p;
}
