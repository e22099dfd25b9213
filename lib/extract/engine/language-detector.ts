import type { Lexicon } from '../lexicon/lexicon';

/**
 * Telling the language of a sentence apart, cheaply: the script (Cyrillic or Latin), letters only
 * some languages use (ß, ñ, ç, ї, ы) and the common short words of each loaded lexicon. Only the
 * loaded lexicons compete; English wins ties and sentences with no evidence.
 */
export interface Detector {
  lexicons: Lexicon[];
  /** hash of a common word (up to MAX letters) -> bit mask of the lexicons that have it */
  words: Map<number, number>;
  /** letter -> bit mask of the lexicons whose language uses it */
  letters: Map<number, number>;
  cyrillic: number;
  latin: number;
}

const MAX = 14;
const hashWord = (w: string): number => {
  let h = 0;
  for (let i = 0; i < w.length; i++) h = (Math.imul(h, 31) + w.charCodeAt(i)) | 0;
  return h;
};

export function detector(lexicons: Lexicon[]): Detector {
  const words = new Map<number, number>();
  const letters = new Map<number, number>();
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
      words.set(h, (words.get(h) ?? 0) | bit);
    }
    for (const ch of lex.letters) letters.set(ch.charCodeAt(0), (letters.get(ch.charCodeAt(0)) ?? 0) | bit);
    if (lex.script === 'cyrillic') cyrillic |= bit;
    else latin |= bit;
  });
  return { lexicons, words, letters, cyrillic, latin };
}

const lower = (c: number): number =>
  (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde) ? c + 32 : c >= 0x410 && c <= 0x42f ? c + 32 : c;

/** The lexicon whose language text[from, to) most looks like. */
export function detect(d: Detector, text: string, from: number, to: number): Lexicon {
  const n = d.lexicons.length;
  const score = new Array<number>(n).fill(0);
  let cyr = 0;
  let lat = 0;
  let h = 0;
  let len = 0;
  for (let i = from; i <= to; i++) {
    const c = i < to ? lower(text.charCodeAt(i)) : 32;
    const letter = (c >= 97 && c <= 122) || (c >= 0xdf && c <= 0x24f) || (c >= 0x400 && c <= 0x4ff);
    if (letter) {
      if (c >= 0x400) cyr++;
      else lat++;
      if (c > 127) {
        const m = d.letters.get(c);
        if (m) for (let k = 0; k < n; k++) if (m & (1 << k)) (score[k] as number) += 2;
      }
      if (len < MAX) h = (Math.imul(h, 31) + c) | 0;
      len++;
      continue;
    }
    if (len > 0 && len <= MAX) {
      const m = d.words.get(h);
      if (m) for (let k = 0; k < n; k++) if (m & (1 << k)) (score[k] as number) += 1;
    }
    h = 0;
    len = 0;
  }
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
