import type { Lexicon } from '../lexicon/lexicon';
import { splitCompound, wordNumberIntl } from './inflected-number-words';
import { wordNumber } from './number-words';
import { keyOf, phraseAt, phraseBefore, phraseValue } from './phrase-match';
import { truncate } from './token';
import { NUM, PUNCT, type Token, WORD } from './tokenize';
import { BEFORE_END, inList, STARTS_NUMBER, VAGUE, wordList } from './word-index';

/** A number as written: digits, words, or a vague amount, with the tokens it spans. */
export interface NumPhrase {
  /** token range [a, b) */
  a: number;
  b: number;
  /** value; for a vague amount, its low bound */
  v: number;
  /** = v, or the high bound of a vague amount */
  hi: number;
  vague: boolean;
  /** spelled out in words */
  word: boolean;
  /** multiplier of a scale word after the number (1 if none) and the value before it */
  scale: number;
  base: number;
  /** not a count at all: a unit or ordinal glued to it (29km, 4th), or part of a dotted id */
  bad: boolean;
  neg: boolean;
}

/** One hidden shape for every phrase; reused from one window to the next while `pooled` (see numberPhrases). */
class Phrase implements NumPhrase {
  a = 0;
  b = 0;
  v = 0;
  hi = 0;
  vague = false;
  word = false;
  scale = 1;
  base = 0;
  bad = false;
  neg = false;
}

const POOL: Phrase[] = [];
const REUSED: NumPhrase[] = [];
/** The next pooled phrase to hand out, or -1 when phrases are allocated. */
let next = -1;

/** Lets go of the phrases of the last reusing call beyond the few kept (at the end of a text). */
export function releasePhrases(): void {
  REUSED.length = 0;
  if (POOL.length > 256) POOL.length = 256;
}

function phrase(a: number, b: number, v: number, hi: number, vague: boolean, word: boolean): Phrase {
  let p: Phrase | undefined;
  if (next < 0) p = new Phrase();
  else {
    p = POOL[next++];
    if (p === undefined) {
      p = new Phrase();
      POOL.push(p);
    }
  }
  p.a = a;
  p.b = b;
  p.v = v;
  p.hi = hi;
  p.vague = vague;
  p.word = word;
  p.scale = 1;
  p.base = v;
  p.bad = false;
  p.neg = false;
  return p;
}

const MINUS = wordList((l) => l.minus);
const HUNDRED = wordList((l) => l.hundred);
const DOZEN = wordList((l) => l.dozen);
const SPACED_SUFFIX = wordList((l) => [...l.spacedSuffixes].map((x) => x.toLowerCase()));

/** The multiplier of a suffix written apart from its number ("15 K", "1.2 bn"), as written, or undefined. */
function spacedSuffix(text: string, t: Token, lex: Lexicon): number | undefined {
  const raw = text.slice(t.s, t.e);
  return lex.spacedSuffixes.has(raw) ? lex.suffixScales[raw] : undefined;
}

/**
 * All numbers in the tokens, left to right, not overlapping. With `reuse`, the phrases are those of
 * the previous reusing call, overwritten: valid until the next one (extraction reads one window at
 * a time, as with the tokens).
 */
export function numberPhrases(text: string, toks: Token[], lex: Lexicon, reuse = false): NumPhrase[] {
  next = reuse ? 0 : -1;
  // written over, as tokenize.ts does with its array of tokens
  const out = reuse ? REUSED : [];
  let n = 0;
  let i = 0;
  while (i < toks.length) {
    const t = toks[i] as Token;
    const p =
      t.k === NUM
        ? digitPhrase(text, toks, i, lex)
        : t.k === WORD &&
            ((t.f & STARTS_NUMBER) !== 0 || (lex.compoundNumbers && splitCompound(t.w, lex) !== null))
          ? wordPhrase(toks, i, lex)
          : null;
    if (p) {
      p.neg = negative(toks, p.a);
      if (n < out.length) out[n] = p;
      else out.push(p);
      n++;
      i = p.b;
    } else i++;
  }
  truncate(out, n);
  return out;
}

function negative(toks: Token[], a: number): boolean {
  const prev = toks[a - 1];
  if (!prev) return false;
  if (prev.k === WORD) return inList(prev, MINUS);
  const num = toks[a] as Token;
  if (prev.w !== '-' || num.sp) return false;
  const before = toks[a - 2];
  return before === undefined || prev.sp;
}

function digitPhrase(text: string, toks: Token[], i: number, lex: Lexicon): NumPhrase | null {
  const t = toks[i] as Token;
  if (Number.isNaN(t.v)) return null;
  const p = phrase(i, i + 1, t.v, t.v, false, false);
  p.bad = t.nd < 0;
  const next = toks[i + 1];
  if (next && next.k === WORD && !next.sp) {
    const raw = text.slice(next.s, next.e);
    const sc = lex.suffixScales[raw];
    // a lowercase m after a whole number is metres ("100m"); after a decimal it is million ("1.2m")
    if (sc !== undefined && !(raw === 'm' && !t.d)) p.scale = sc;
    else p.bad = true;
    p.b = i + 2;
  } else if (next && next.k === WORD) {
    const sc =
      lex.scales[next.w] ??
      (inList(next, HUNDRED) ? 100 : inList(next, SPACED_SUFFIX) ? spacedSuffix(text, next, lex) : undefined);
    if (sc !== undefined) {
      p.scale = sc;
      p.b = i + 2;
      // "2 mil millones": a larger scale word after the first multiplies it
      const more = toks[i + 2];
      if (more && more.k === WORD && lex.scaleOfScale && (lex.scales[more.w] ?? 0) > sc) {
        p.scale = sc * (lex.scales[more.w] as number);
        p.b = i + 3;
      }
      // "40 тыс.": the full stop of an abbreviated scale word is part of it
      const dot = toks[p.b];
      if (dot && dot.w === '.' && !dot.sp && lex.abbrevs.has((toks[p.b - 1] as Token).w)) p.b++;
    } else if (inList(next, DOZEN)) {
      p.scale = 12;
      p.b = i + 2;
    }
  }
  if (p.scale !== 1) {
    p.v = round(t.v * p.scale);
    p.hi = p.v;
  }
  return p;
}

const round = (x: number): number => Math.round(x * 1e6) / 1e6;

function wordPhrase(toks: Token[], i: number, lex: Lexicon): NumPhrase | null {
  const vl = phraseAt(toks, i, VAGUE);
  if (vl > 0) {
    const bounds = phraseValue(toks, i, vl, VAGUE) as readonly [number, number];
    let lo = bounds[0];
    let hi = bounds[1];
    // "более сотни": after a qualifier, a hundred, not hundreds
    const one = lex.vagueOne[keyOf(toks, i, i + vl)];
    if (one !== undefined && phraseBefore(toks, i, BEFORE_END) > 0) {
      lo = one;
      hi = one;
    }
    return phrase(i, i + vl, lo, hi, true, true);
  }
  const r = lex.numberWords === 'plain' ? wordNumber(toks, i, lex) : wordNumberIntl(toks, i, lex);
  if (!r) return null;
  const p = phrase(i, r.b, r.v, r.v, false, true);
  p.scale = r.scale;
  p.base = r.base;
  return p;
}

/** True when token i is the punctuation character c. */
export const isPunct = (t: Token | undefined, c: string): boolean =>
  t !== undefined && t.k === PUNCT && t.w === c;
