import type { Lexicon } from '../lexicon/lexicon';
import { fractionOfScale } from './fraction-of-scale';
import { NUM, PUNCT, type Token, WORD } from './tokenize';
import type { WordNumber } from './word-number';

export type { WordNumber };

type Last = 'none' | 'unit' | 'teen' | 'tens' | 'hundred' | 'scale' | 'dozen' | 'article';

const isWord = (t: Token | undefined): t is Token => t !== undefined && t.kind === WORD;

/**
 * A number written in words starting at token i: "twenty-one thousand three hundred", "a dozen",
 * "half a dozen", "half a million", "two hundred point zero three". Returns null when token i does not start one.
 */
export function readPlainNumber(toks: Token[], i: number, lex: Lexicon): WordNumber | null {
  const first = toks[i] as Token;
  const fraction = fractionOfScale(toks, i, lex);
  if (fraction) return fraction;
  if (
    lex.half.has(first.word) &&
    lex.articles.has(toks[i + 1]?.word ?? '') &&
    lex.dozen.has(toks[i + 2]?.word ?? '')
  )
    return { end: i + 3, value: 6, scale: 1, base: 6 };
  // "half a million": half of the scale
  const halfOf = lex.half.has(first.word) && lex.articles.has(toks[i + 1]?.word ?? '');
  const scaleWord = halfOf ? lex.scales[toks[i + 2]?.word ?? ''] : undefined;
  if (scaleWord !== undefined) return { end: i + 3, value: scaleWord / 2, scale: scaleWord, base: 0.5 };
  let total = 0;
  let cur = 0;
  let small = 0;
  let last: Last = 'none';
  let lastScale = Number.POSITIVE_INFINITY;
  let scale = 1;
  let end = i;
  let j = i;
  if (lex.articles.has(first.word)) {
    const n = toks[i + 1];
    if (!isWord(n) || !(lex.hundred.has(n.word) || lex.scales[n.word] || lex.dozen.has(n.word))) return null;
    cur = 1;
    small = 1;
    last = 'article';
    j = i + 1;
  }
  for (; j < toks.length; j++) {
    const t = toks[j] as Token;
    if (
      t.kind === PUNCT &&
      t.word === '-' &&
      last === 'tens' &&
      isWord(toks[j + 1]) &&
      (lex.units[toks[j + 1]?.word ?? ''] ?? 0) > 0
    )
      continue;
    if (!isWord(t)) break;
    const w = t.word;
    const u = lex.units[w];
    if (u !== undefined) {
      if (last === 'unit' || last === 'teen' || last === 'article') break;
      if (last === 'tens' && (u >= 10 || u === 0)) break;
      if (u === 0 && last !== 'none') break;
      cur += u;
      small += u;
      last = u < 10 ? 'unit' : 'teen';
    } else if (lex.tens[w] !== undefined) {
      if (last === 'unit' || last === 'teen' || last === 'tens' || last === 'article') break;
      cur += lex.tens[w] as number;
      small += lex.tens[w] as number;
      last = 'tens';
    } else if (lex.hundred.has(w)) {
      if (last === 'none' || last === 'hundred' || cur >= 100) break;
      cur *= 100;
      small = 0;
      scale = 100;
      last = 'hundred';
    } else if (lex.scales[w] !== undefined) {
      const s = lex.scales[w] as number;
      if (last === 'none') break;
      if (last === 'scale' && s > lastScale) total *= s;
      else if (s >= lastScale) break;
      else total += cur * s;
      cur = 0;
      small = 0;
      lastScale = Math.min(lastScale, s);
      scale = s;
      last = 'scale';
    } else if (lex.dozen.has(w)) {
      if (last === 'none' || last === 'scale' || last === 'dozen') break;
      cur = cur - small + small * 12;
      small = 0;
      scale = 12;
      last = 'dozen';
    } else if (lex.and.has(w) && (last === 'hundred' || last === 'scale') && startsNumber(toks[j + 1], lex)) {
      continue;
    } else break;
    end = j + 1;
  }
  if (last === 'none' || last === 'article') return null;
  let v = total + cur;
  const base = scale === 1 ? v : v / scale;
  const dec = pointDigits(toks, end, lex);
  if (dec) {
    v = Number(`${v}.${dec.digits}`);
    end = dec.b;
  }
  return { end: end, value: v, scale, base };
}

const startsNumber = (t: Token | undefined, lex: Lexicon): boolean =>
  isWord(t) &&
  (lex.units[t.word] !== undefined || lex.tens[t.word] !== undefined || lex.articles.has(t.word));

/** "point zero three" -> "03"; "point seventy-one" -> "71". */
function pointDigits(toks: Token[], i: number, lex: Lexicon): { b: number; digits: string } | null {
  if (!isWord(toks[i]) || !lex.point.has((toks[i] as Token).word)) return null;
  let digits = '';
  let j = i + 1;
  for (; j < toks.length; j++) {
    const t = toks[j] as Token;
    if (t.kind === NUM || !isWord(t)) break;
    const u = lex.units[t.word];
    const tens = lex.tens[t.word];
    if (u !== undefined && u < 10) digits += u;
    else if (u !== undefined || tens !== undefined) {
      let n = (u ?? tens) as number;
      const unit = toks[j + 2];
      if (
        tens !== undefined &&
        toks[j + 1]?.word === '-' &&
        isWord(unit) &&
        (lex.units[unit.word] ?? 10) < 10
      ) {
        n += lex.units[unit.word] as number;
        j += 2;
      }
      digits += n;
      j++;
      break;
    } else break;
  }
  return digits ? { b: j, digits } : null;
}
