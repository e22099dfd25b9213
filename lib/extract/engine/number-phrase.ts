import type { Lexicon } from '../lexicon/lexicon';
import { splitCompound } from './compound-number';
import { readInflectedNumber } from './inflected-number-words';
import { BEFORE_END, STARTS_NUMBER, VAGUE } from './phrase-lists';
import { keyOf, phraseAt, phraseBefore, phraseValue } from './phrase-match';
import type { NumPhrase, PhrasePool } from './phrase-pool';
import { readPlainNumber } from './plain-number-words';
import { NUM, type Token, WORD } from './token';
import { DOZEN, HUNDRED, inSet, MINUS, SPACED_SUFFIXES } from './word-sets';

export type { NumPhrase } from './phrase-pool';

/** The multiplier of a suffix written apart from its number ("15 K", "1.2 bn"), as written, or undefined. */
function spacedSuffix(text: string, t: Token, lex: Lexicon): number | undefined {
  const raw = text.slice(t.s, t.e);
  return lex.spacedSuffixes.has(raw) ? lex.suffixScales[raw] : undefined;
}

/**
 * All numbers in the tokens, left to right, not overlapping. With `reuse`, the phrases are the
 * pool's of its previous reusing call, overwritten: valid until the next one (extraction reads one
 * window at a time, as with the tokens).
 */
export function numberPhrases(
  text: string,
  toks: Token[],
  lex: Lexicon,
  pool: PhrasePool,
  reuse = false,
): NumPhrase[] {
  // written over, as tokenize.ts does with its array of tokens
  const out = pool.start(reuse);
  let n = 0;
  let i = 0;
  while (i < toks.length) {
    const t = toks[i] as Token;
    const p =
      t.k === NUM
        ? digitPhrase(text, toks, i, lex, pool)
        : t.k === WORD &&
            ((t.f & STARTS_NUMBER) !== 0 || (lex.compoundNumbers && splitCompound(t.w, lex) !== null))
          ? wordPhrase(toks, i, lex, pool)
          : null;
    if (p) {
      p.neg = negative(toks, p.a);
      if (n < out.length) out[n] = p;
      else out.push(p);
      n++;
      i = p.b;
    } else i++;
  }
  return pool.end(out, n);
}

function negative(toks: Token[], a: number): boolean {
  const prev = toks[a - 1];
  if (!prev) return false;
  if (prev.k === WORD) return inSet(prev, MINUS);
  const num = toks[a] as Token;
  if (prev.w !== '-' || num.sp) return false;
  const before = toks[a - 2];
  return before === undefined || prev.sp;
}

function digitPhrase(
  text: string,
  toks: Token[],
  i: number,
  lex: Lexicon,
  pool: PhrasePool,
): NumPhrase | null {
  const t = toks[i] as Token;
  if (Number.isNaN(t.v)) return null;
  const p = pool.phrase(i, i + 1, t.v, t.v, false, false);
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
      (inSet(next, HUNDRED) ? 100 : inSet(next, SPACED_SUFFIXES) ? spacedSuffix(text, next, lex) : undefined);
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
    } else if (inSet(next, DOZEN)) {
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

function wordPhrase(toks: Token[], i: number, lex: Lexicon, pool: PhrasePool): NumPhrase | null {
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
    return pool.phrase(i, i + vl, lo, hi, true, true);
  }
  const r = lex.numberWords === 'plain' ? readPlainNumber(toks, i, lex) : readInflectedNumber(toks, i, lex);
  if (!r) return null;
  const p = pool.phrase(i, r.b, r.v, r.v, false, true);
  p.scale = r.scale;
  p.base = r.base;
  return p;
}
