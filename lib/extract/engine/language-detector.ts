import type { Lexicon } from '../lexicon/lexicon';
import { type HashMasks, hashMasks, maskOf } from './hash-masks';

/**
 * Telling the language of a sentence apart, cheaply: the script (Cyrillic or Latin), letters only
 * some languages use (ß, ñ, ç, ї, ы) and the common short words of each loaded lexicon. Only the
 * loaded lexicons compete; English wins ties and sentences with no evidence.
 */
export interface Detector {
  lexicons: Lexicon[];
  /** hash of a common word (up to MAX letters) -> bit mask of the lexicons that have it */
  words: HashMasks;
  /** bit mask of the lexicons whose language uses a letter, by its code (every letter counted is below LETTERS_END) */
  letters: Int32Array;
  /** each lexicon's score, written over by every `detect` */
  score: Int32Array;
  cyrillic: number;
  latin: number;
}

const MAX = 14;
/** the end of the Cyrillic block: no letter `detect` counts is beyond it */
const LETTERS_END = 0x500;
const hashWord = (w: string): number => {
  let h = 0;
  for (let i = 0; i < w.length; i++) h = (Math.imul(h, 31) + w.charCodeAt(i)) | 0;
  return h;
};

export function detector(lexicons: Lexicon[]): Detector {
  const masks = new Map<number, number>();
  const letters = new Int32Array(LETTERS_END);
  let cyrillic = 0;
  let latin = 0;
  lexicons.forEach((lex, k) => {
    const bit = 1 << k;
    // common words, and the lexicon's own words for what a figure says (cues, nouns, number words)
    const own = [
      ...lex.common,
      ...Object.keys(lex.cues),
      ...Object.keys(lex.verbs),
      ...Object.keys(lex.nouns),
      ...Object.keys(lex.before),
      ...Object.keys(lex.units),
      ...Object.keys(lex.tens),
      ...Object.keys(lex.scales),
    ];
    for (const w of own) {
      if (w.length > MAX || w.includes(' ') || w.length < 2) continue;
      const h = hashWord(w);
      masks.set(h, (masks.get(h) ?? 0) | bit);
    }
    for (const ch of lex.letters) {
      const c = ch.charCodeAt(0);
      if (c < LETTERS_END) letters[c] = (letters[c] as number) | bit;
    }
    if (lex.script === 'cyrillic') cyrillic |= bit;
    else latin |= bit;
  });
  const score = new Int32Array(lexicons.length);
  fillLetters();
  return { lexicons, words: hashMasks(masks), letters, score, cyrillic, latin };
}

const lower = (c: number): number =>
  (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde) ? c + 32 : c >= 0x410 && c <= 0x42f ? c + 32 : c;

/** Each code unit below LETTERS_END that counts as a letter, lowercased; 0 for the others (filled on first use). */
const LETTER_OF = new Uint16Array(LETTERS_END);

function fillLetters(): void {
  if (LETTER_OF[97] !== 0) return;
  for (let c = 0; c < LETTERS_END; c++) {
    const l = lower(c);
    if ((l >= 97 && l <= 122) || (l >= 0xdf && l <= 0x24f) || (l >= 0x400 && l <= 0x4ff)) LETTER_OF[c] = l;
  }
}

/** The lexicon whose language text[from, to) most looks like. */
export function detect(d: Detector, text: string, from: number, to: number): Lexicon {
  const n = d.lexicons.length;
  const score = d.score;
  const letters = d.letters;
  const words = d.words;
  score.fill(0);
  let cyr = 0;
  let lat = 0;
  let h = 0;
  let len = 0;
  for (let i = from; i < to; i++) {
    const u = text.charCodeAt(i);
    // a letter, lowercase; 0 for anything else
    const c = u < LETTERS_END ? (LETTER_OF[u] as number) : 0;
    if (c !== 0) {
      if (c > 127) {
        if (c >= 0x400) cyr++;
        else lat++;
        // each lexicon whose language uses the letter, by the bits of its mask
        for (let m = letters[c] as number; m !== 0; m &= m - 1)
          (score[31 - Math.clz32(m & -m)] as number) += 2;
      } else lat++;
      if (len < MAX) h = (Math.imul(h, 31) + c) | 0;
      len++;
    } else if (len > 0) {
      if (len <= MAX)
        for (let m = maskOf(words, h); m !== 0; m &= m - 1) (score[31 - Math.clz32(m & -m)] as number) += 1;
      h = 0;
      len = 0;
    }
  }
  // the last word, ended by the end of the text
  if (len > 0 && len <= MAX)
    for (let m = maskOf(words, h); m !== 0; m &= m - 1) (score[31 - Math.clz32(m & -m)] as number) += 1;
  const script = cyr > lat ? d.cyrillic : d.latin;
  let best = -1;
  let bestScore = 0;
  for (let k = 0; k < n; k++) {
    if (!(script & (1 << k))) continue;
    if (best < 0 || (score[k] as number) > bestScore) {
      best = k;
      bestScore = score[k] as number;
    }
  }
  return d.lexicons[Math.max(best, 0)] as Lexicon;
}
