import { isLetter } from './tokenize';

/** Characters of context kept on each side of a number for the analysis of its sentence. */
const BEFORE = 220;
const AFTER = 180;

const hash = (w: string): number => {
  let h = 0;
  for (let i = 0; i < w.length; i++) h = (Math.imul(h, 31) + lower(w.charCodeAt(i))) | 0;
  return h;
};
const lower = (c: number): number =>
  (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde) ? c + 32 : c >= 0x410 && c <= 0x42f ? c + 32 : c;

/** Moves a window edge forward to just after a space (at most 40 characters), so no word is cut. */
function snap(text: string, i: number, limit: number): number {
  const max = Math.min(i + 40, limit);
  for (let j = i; j < max; j++) if (text.charCodeAt(j) === 32) return j + 1;
  return i;
}

export interface TriggerSet {
  hashes: Set<number>;
  words: Set<string>;
  maxLen: number;
}

/** Precomputes the words that can start or make a number (one, dozen, thousands...). */
export function triggerSet(list: Iterable<string>): TriggerSet {
  const words = new Set<string>();
  const hashes = new Set<number>();
  let maxLen = 0;
  for (const w of list) {
    words.add(w);
    hashes.add(hash(w));
    maxLen = Math.max(maxLen, w.length);
  }
  return { hashes, words, maxLen };
}

/**
 * One linear pass over the text: finds digits and number words and returns the windows
 * [start, end) around them, merged where they overlap. Words are hashed as they are read, so a
 * word that is not a number word costs no allocation.
 */
export function findWindows(text: string, trig: TriggerSet): number[] {
  const out: number[] = [];
  const n = text.length;
  let ws = -1;
  let we = -1;
  let i = 0;
  const hit = (s: number, e: number): void => {
    const a = s - BEFORE > 0 ? snap(text, s - BEFORE, s) : 0;
    if (ws >= 0 && a <= we) {
      we = e + AFTER < n ? snap(text, e + AFTER, n) : n;
      return;
    }
    if (ws >= 0) out.push(ws, we);
    ws = a;
    we = e + AFTER < n ? snap(text, e + AFTER, n) : n;
  };
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      const s = i;
      while (i < n && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) i++;
      hit(s, i);
      continue;
    }
    if (isLetter(c)) {
      const s = i;
      let h = 0;
      while (i < n) {
        const d = text.charCodeAt(i);
        if (!isLetter(d)) break;
        h = (Math.imul(h, 31) + lower(d)) | 0;
        i++;
      }
      if (i - s <= trig.maxLen && trig.hashes.has(h) && trig.words.has(text.slice(s, i).toLowerCase()))
        hit(s, i);
      continue;
    }
    i++;
  }
  if (ws >= 0) out.push(ws, we);
  return out;
}
