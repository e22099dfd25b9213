import type { Lexicon } from '../lexicon/lexicon';
import { CLS, isLetter, LETTER, UPPER } from './char-classes';
import type { ReadingState } from './reading-state';
import { type Token, WORD } from './token';
import type { WordEntry } from './word-entry';
import type { WordIndex } from './word-index';

const isApos = (c: number): boolean => c === 39 || c === 0x2019;

/**
 * The word starting at text[i] (its first character c0): lowercase, with its capital, its
 * possessive 's and its entry in the word index; initialisms ("U.S.") and elided words
 * ("l'Ukraine") as one word each.
 */
export function readWord(
  text: string,
  i: number,
  c0: number,
  to: number,
  sp: boolean,
  lex: Lexicon,
  index: WordIndex,
  state: ReadingState,
): Token {
  let poss = false;
  let end = i;
  // plain ASCII words (most of them) are read once into a small table of recent words
  let plain = true;
  // the last PACKED letters, lowercase, 1-26 each (a-z)
  let p0 = 0;
  let p1 = 0;
  while (end < to) {
    const c = text.charCodeAt(end);
    // ASCII letters by their codes: no table lookup for most characters
    const l = (c | 32) - 97;
    if (l >= 0 && l < 26) {
      p1 = ((p1 << 5) | (p0 >>> 25)) & 0x3fffffff;
      p0 = ((p0 << 5) | (l + 1)) & 0x3fffffff;
      end++;
      continue;
    }
    const k = CLS[c] as number;
    if (k === LETTER) {
      plain = false;
      end++;
    } else if (isApos(c) && end + 1 < to && isLetter(text.charCodeAt(end + 1))) {
      plain = false;
      // French l'Ukraine, qu'environ: the elided word stands apart, with its apostrophe
      if (lex.elisions.size > 0 && lex.elisions.has(text.slice(i, end).toLowerCase())) {
        end++;
        break;
      }
      const n2 = end + 2 < to ? text.charCodeAt(end + 2) : 32;
      if ((text[end + 1] === 's' || text[end + 1] === 'S') && !isLetter(n2)) {
        poss = true;
        break;
      }
      end++;
    } else break;
  }
  // Initialisms: U.S., U.K., U.N. (a single letter before a full stop, then another)
  if (
    end === i + 1 &&
    end + 2 < to &&
    text.charCodeAt(end) === 46 &&
    isLetter(text.charCodeAt(end + 1)) &&
    text.charCodeAt(end + 2) === 46
  ) {
    let k = i;
    while (k + 1 < to && isLetter(text.charCodeAt(k)) && text.charCodeAt(k + 1) === 46) k += 2;
    if (k - i >= 4 && !isLetter(text.charCodeAt(k))) {
      end = k;
      plain = false;
      poss = false;
    }
  }
  let w: string;
  let entry: WordEntry;
  if (plain) {
    const r = state.recent.word(text, i, end, p0, p1, index);
    w = r.word;
    entry = r.entry;
  } else {
    // any other letter, an apostrophe or an initialism: lowercased, known by its letters as written
    const r = state.recent.other(text, i, end, index);
    w = r.word;
    entry = r.entry;
  }
  const t = state.tokens.token(WORD, i, poss ? end + 2 : end, w, sp, entry);
  if (c0 < 128) t.capital = c0 < 97;
  else {
    const k0 = CLS[c0];
    t.capital = k0 === UPPER || (k0 === LETTER && w[0] !== text[i]);
  }
  t.possessive = poss;
  return t;
}
