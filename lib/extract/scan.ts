import {
  CLS as CLS_,
  DIGIT as DIGIT_,
  LETTER as LETTER_,
  OTHER as OTHER_,
  SPACE as SPACE_,
  UPPER as UPPER_,
} from './chars';

const CLS = CLS_;
const DIGIT = DIGIT_;
const LETTER = LETTER_;
const OTHER = OTHER_;
const SPACE = SPACE_;
const UPPER = UPPER_;
/** 1 for a letter of a word */
const WORDCH = new Uint8Array(65536);
for (let c = 0; c < 65536; c++)
  WORDCH[c] = (CLS[c] as number) >= UPPER && (CLS[c] as number) <= LETTER ? 1 : 0;

/** Characters of context kept on each side of a number for the analysis of its sentence. */
const BEFORE = 180;
const AFTER = 150;

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

/** Exactly three digits at i: a thousands group. */
const group = (text: string, i: number, n: number): boolean =>
  i + 2 < n &&
  CLS[text.charCodeAt(i)] === DIGIT &&
  CLS[text.charCodeAt(i + 1)] === DIGIT &&
  CLS[text.charCodeAt(i + 2)] === DIGIT &&
  CLS[text.charCodeAt(i + 3)] !== DIGIT;

export interface TriggerSet {
  hashes: Set<number>;
  words: Set<string>;
  maxLen: number;
  /** first letters (lowercase ASCII) of the words; other ASCII words are skipped unhashed */
  first: Uint8Array;
}

/** Precomputes the words that can start or make a number (one, dozen, thousands...). */
export function triggerSet(list: Iterable<string>): TriggerSet {
  const words = new Set<string>();
  const hashes = new Set<number>();
  const first = new Uint8Array(128);
  let maxLen = 0;
  for (const w of list) {
    words.add(w);
    hashes.add(hash(w));
    const c = w.charCodeAt(0);
    if (c < 128) first[c] = 1;
    else first.fill(1);
    maxLen = Math.max(maxLen, w.length);
  }
  return { hashes, words, maxLen, first };
}

/**
 * A stretch with more than one number per SPACING characters, sustained past CAP numbers, is a
 * table or data, not prose: its numbers are skipped until the text thins out again (this keeps
 * the worst case close to the cost of ordinary news text).
 */
const SPACING = 24;
const CAP = 64;

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
  let credit = CAP;
  let last = 0;
  let starved = false;
  const FIRST = trig.first;
  const hit = (s: number, e: number): void => {
    // every number costs one credit, processed or not; the text earns one per SPACING characters
    credit = Math.max(0, Math.min(CAP, credit + (s - last) / SPACING)) - 1;
    last = s;
    if (starved && credit < CAP / 4) return;
    starved = credit < 0;
    if (starved) return;
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
    const k = CLS[text.charCodeAt(i)] as number;
    if (k === OTHER || k === SPACE) {
      i++;
      continue;
    }
    const s = i;
    if (k === DIGIT) {
      // one number: 1,234,567 or 4.7
      i++;
      for (;;) {
        const d = CLS[text.charCodeAt(i)];
        if (d === DIGIT) i++;
        else if (group(text, i + 1, n) && ",. \u00a0\u202f\u2009’'".includes(text[i] as string)) i += 4;
        else break;
      }
      hit(s, i);
      continue;
    }
    // most words cannot be number words: skip them unhashed
    if (k !== LETTER && FIRST[text.charCodeAt(i) | 32] === 0) {
      i++;
      while (WORDCH[text.charCodeAt(i)] === 1) i++;
      continue;
    }
    let h = 0;
    const max = s + trig.maxLen;
    while (i < max) {
      const d = text.charCodeAt(i);
      const dk = CLS[d] as number;
      if (dk < UPPER || dk > LETTER) break;
      h = (Math.imul(h, 31) + (dk === LETTER ? lower(d) : d | 32)) | 0;
      i++;
    }
    if (WORDCH[text.charCodeAt(i)] === 1) {
      // longer than any number word
      while (WORDCH[text.charCodeAt(i)] === 1) i++;
      continue;
    }
    if (trig.hashes.has(h) && trig.words.has(text.slice(s, i).toLowerCase())) hit(s, i);
  }
  if (ws >= 0) out.push(ws, we);
  return out;
}
