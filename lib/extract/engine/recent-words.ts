import type { WordEntry } from './word-entry';
import { entryOf, type WordIndex } from './word-index';

/**
 * A recently read ASCII word, lowercase, with its entry in the index it was last looked up in. Its
 * last twelve letters are packed into two numbers, five bits a letter: a word of up to twelve
 * letters is recognised from them and its length alone, without reading it again.
 */
interface Recent {
  word: string;
  lastLetters: number;
  earlierLetters: number;
  index: WordIndex;
  entry: WordEntry;
}

/** A recently read word of other letters (accented, Cyrillic, with an apostrophe): as written, and lowercase. */
interface RecentOther {
  written: string;
  word: string;
  index: WordIndex;
  entry: WordEntry;
}

/** Letters packed into the two numbers of a recent word. */
export const PACKED = 12;

/**
 * The words read lately, by their packed letters: most words of a text repeat, so most are neither
 * copied nor looked up again. Part of the per-call state (reading-state.ts), kept from call to call.
 */
export class RecentWords {
  private readonly table: (Recent | undefined)[] = new Array(16384).fill(undefined);
  private readonly others: (RecentOther | undefined)[] = new Array(16384).fill(undefined);

  /** The word of ASCII letters text[i, end), packed as p0 and p1, with its entry in the index. */
  word(text: string, i: number, end: number, p0: number, p1: number, index: WordIndex): Recent {
    const n = end - i;
    const slot = Math.imul(p0 ^ Math.imul(p1, 0x9e3779b1) ^ n, 0x85ebca6b) >>> 18;
    const r = this.table[slot];
    if (
      r !== undefined &&
      r.lastLetters === p0 &&
      r.earlierLetters === p1 &&
      r.word.length === n &&
      (n <= PACKED || same(text, i, r.word))
    ) {
      if (r.index !== index) {
        r.entry = entryOf(index, r.word);
        r.index = index;
      }
      return r;
    }
    const w = text.slice(i, end).toLowerCase();
    const fresh: Recent = { word: w, lastLetters: p0, earlierLetters: p1, index, entry: entryOf(index, w) };
    this.table[slot] = fresh;
    return fresh;
  }

  /**
   * The word text[i, end) of other letters, lowercase (a typographic apostrophe as "'"), with its
   * entry in the index: known by its letters as written, so that a word read before is neither
   * copied, lowercased nor looked up again.
   */
  other(text: string, i: number, end: number, index: WordIndex): RecentOther {
    let h = end - i;
    for (let k = i; k < end; k++) h = Math.imul(h ^ text.charCodeAt(k), 0x01000193);
    const slot = Math.imul(h, 0x85ebca6b) >>> 18;
    const r = this.others[slot];
    if (r !== undefined && r.written.length === end - i && written(text, i, r.written)) {
      if (r.index !== index) {
        r.entry = entryOf(index, r.word);
        r.index = index;
      }
      return r;
    }
    const w = text.slice(i, end);
    let word = w.toLowerCase();
    if (word.includes('\u2019')) word = word.replace('\u2019', "'");
    const fresh: RecentOther = { written: w, word, index, entry: entryOf(index, word) };
    this.others[slot] = fresh;
    return fresh;
  }
}

/** True when text[i] on is the word w as written. */
function written(text: string, i: number, w: string): boolean {
  for (let k = 0; k < w.length; k++) if (text.charCodeAt(i + k) !== w.charCodeAt(k)) return false;
  return true;
}

/** True when the ASCII letters at text[i] are the lowercase word w, case aside. */
function same(text: string, i: number, w: string): boolean {
  for (let k = 0; k < w.length; k++) if ((text.charCodeAt(i + k) | 32) !== w.charCodeAt(k)) return false;
  return true;
}
