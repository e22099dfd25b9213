import type { Lexicon } from './lexicon/types';
import { BEFORE_END, inList, STARTS_NUMBER, VAGUE, wordList } from './lists';
import { keyOf, phraseAt, phraseBefore } from './phrase';
import { NUM, PUNCT, type Token, WORD } from './tokenize';
import { wordNumber } from './words';

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

const MINUS = wordList((l) => l.minus);
const HUNDRED = wordList((l) => l.hundred);
const DOZEN = wordList((l) => l.dozen);
const SPACED_SUFFIX = new Set(['k', 'K', 'M', 'G', 'bn', 'bln', 'mln', 'tln', 'mil', 'MM']);
const SPACED_LOWER = new Set([...SPACED_SUFFIX].map((x) => x.toLowerCase()));

/** The multiplier of a suffix written apart from its number ("15 K", "1.2 bn"), as written, or undefined. */
function spacedSuffix(text: string, t: Token, lex: Lexicon): number | undefined {
  const raw = text.slice(t.s, t.e);
  return SPACED_SUFFIX.has(raw) ? lex.suffixScales[raw] : undefined;
}

/** All numbers in the tokens, left to right, not overlapping. */
export function numberPhrases(text: string, toks: Token[], lex: Lexicon): NumPhrase[] {
  const out: NumPhrase[] = [];
  let i = 0;
  while (i < toks.length) {
    const t = toks[i] as Token;
    const p =
      t.k === NUM
        ? digitPhrase(text, toks, i, lex)
        : t.k === WORD &&
            ((t.f & STARTS_NUMBER) !== 0 ||
              (lex.splitCompound !== undefined && lex.splitCompound(t.w, lex) !== null))
          ? wordPhrase(toks, i, lex)
          : null;
    if (p) {
      p.neg = negative(toks, p.a);
      out.push(p);
      i = p.b;
    } else i++;
  }
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
  const p: NumPhrase = {
    a: i,
    b: i + 1,
    v: t.v,
    hi: t.v,
    vague: false,
    word: false,
    scale: 1,
    base: t.v,
    bad: t.nd < 0,
    neg: false,
  };
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
      (inList(next, HUNDRED) ? 100 : SPACED_LOWER.has(next.w) ? spacedSuffix(text, next, lex) : undefined);
    if (sc !== undefined) {
      p.scale = sc;
      p.b = i + 2;
      // "2 mil millones": a larger scale word after the first multiplies it
      const more = toks[i + 2];
      if (more && more.k === WORD && lex.lang !== 'en' && (lex.scales[more.w] ?? 0) > sc) {
        p.scale = sc * (lex.scales[more.w] as number);
        p.b = i + 3;
      }
      // "40 тыс.": the full stop of an abbreviated scale word is part of it
      const dot = toks[p.b];
      if (dot && dot.w === '.' && !dot.sp && lex.abbrevs?.has((toks[p.b - 1] as Token).w)) p.b++;
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
  const vl = phraseAt(toks, i, lex, VAGUE);
  if (vl > 0) {
    const key = keyOf(toks, i, i + vl);
    let [lo, hi] = lex.vague[key] as readonly [number, number];
    // "более сотни": after a qualifier, a hundred, not hundreds
    const one = lex.vagueOne?.[key];
    if (one !== undefined && phraseBefore(toks, i, lex, BEFORE_END) > 0) {
      lo = one;
      hi = one;
    }
    return {
      a: i,
      b: i + vl,
      v: lo,
      hi,
      vague: true,
      word: true,
      scale: 1,
      base: lo,
      bad: false,
      neg: false,
    };
  }
  const r = lex.wordNumber ? lex.wordNumber(toks, i, lex) : wordNumber(toks, i, lex);
  if (!r) return null;
  return {
    a: i,
    b: r.b,
    v: r.v,
    hi: r.v,
    vague: false,
    word: true,
    scale: r.scale,
    base: r.base,
    bad: false,
    neg: false,
  };
}

/** True when token i is the punctuation character c. */
export const isPunct = (t: Token | undefined, c: string): boolean =>
  t !== undefined && t.k === PUNCT && t.w === c;
