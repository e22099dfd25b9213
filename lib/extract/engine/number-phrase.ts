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
  const raw = text.slice(t.start, t.end);
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
      t.kind === NUM
        ? digitPhrase(text, toks, i, lex, pool)
        : t.kind === WORD &&
            ((t.starts & STARTS_NUMBER) !== 0 || (lex.compoundNumbers && splitCompound(t.word, lex) !== null))
          ? wordPhrase(toks, i, lex, pool)
          : null;
    if (p) {
      if (!p.vague && p.value >= 1000) mixedTail(toks, p, lex);
      p.negative = negative(toks, p.from);
      if (n < out.length) out[n] = p;
      else out.push(p);
      n++;
      i = p.to;
    } else i++;
  }
  return pool.end(out, n);
}

/**
 * A number in digits after a scale word adds to it: "mil 300", "3 тисячі 354", "13 тисяч 200",
 * "4 млн. 59 тыс." (the smaller scale word after it multiplies it first).
 */
function mixedTail(toks: Token[], p: NumPhrase, lex: Lexicon): void {
  let last = toks[p.to - 1] as Token;
  if (last.word === '.' && p.to - 2 > p.from) last = toks[p.to - 2] as Token;
  const scale = last.kind === WORD ? lex.scales[last.word] : undefined;
  const next = toks[p.to];
  if (scale === undefined || !next || next.kind !== NUM || next.decimal || !next.spaced || next.digits < 1)
    return;
  let add = next.value;
  let to = p.to + 1;
  const word = toks[to];
  const smaller = word && word.kind === WORD ? lex.scales[word.word] : undefined;
  if (smaller !== undefined && smaller < scale) {
    add *= smaller;
    to++;
    if (toks[to]?.word === '.' && !toks[to]?.spaced && lex.abbrevs.has(word?.word ?? '')) to++;
  }
  if (!(add < scale) || p.value % scale !== 0) return;
  p.value += add;
  p.high = p.value;
  p.to = to;
}

function negative(toks: Token[], a: number): boolean {
  const prev = toks[a - 1];
  if (!prev) return false;
  if (prev.kind === WORD) return inSet(prev, MINUS);
  const num = toks[a] as Token;
  if (prev.word !== '-' || num.spaced) return false;
  const before = toks[a - 2];
  return before === undefined || prev.spaced;
}

function digitPhrase(
  text: string,
  toks: Token[],
  i: number,
  lex: Lexicon,
  pool: PhrasePool,
): NumPhrase | null {
  const t = toks[i] as Token;
  if (Number.isNaN(t.value)) return null;
  const p = pool.phrase(i, i + 1, t.value, t.value, false, false);
  p.notCount = t.digits < 0;
  const next = toks[i + 1];
  if (next && next.kind === WORD && !next.spaced) {
    const raw = text.slice(next.start, next.end);
    const sc = lex.suffixScales[raw];
    // a lowercase m after a whole number is metres ("100m"); after a decimal it is million ("1.2m")
    if (sc !== undefined && !(raw === 'm' && !t.decimal)) p.scale = sc;
    else p.notCount = true;
    p.to = i + 2;
  } else if (next && next.kind === WORD) {
    const sc =
      lex.scales[next.word] ??
      (inSet(next, HUNDRED) ? 100 : inSet(next, SPACED_SUFFIXES) ? spacedSuffix(text, next, lex) : undefined);
    if (sc !== undefined) {
      p.scale = sc;
      p.to = i + 2;
      // "2 mil millones": a larger scale word after the first multiplies it
      const more = toks[i + 2];
      if (more && more.kind === WORD && lex.scaleOfScale && (lex.scales[more.word] ?? 0) > sc) {
        p.scale = sc * (lex.scales[more.word] as number);
        p.to = i + 3;
      }
      // "40 тыс.": the full stop of an abbreviated scale word is part of it
      const dot = toks[p.to];
      if (dot && dot.word === '.' && !dot.spaced && lex.abbrevs.has((toks[p.to - 1] as Token).word)) p.to++;
    } else if (inSet(next, DOZEN)) {
      p.scale = 12;
      p.to = i + 2;
    }
  }
  if (p.scale !== 1) {
    p.value = round(t.value * p.scale);
    p.high = p.value;
  } else if (t.decimal && lex.decimalSeps.includes('.') && europeanThousands(text, t)) {
    // "78.000 soldiers" in English text: written as Europe writes thousands (no count has three decimals)
    p.value = Math.round(t.value * 1000);
    p.high = p.value;
  }
  return p;
}

/** "78.000", "1.500": one to three digits, a dot, then three digits and no more. */
function europeanThousands(text: string, t: Token): boolean {
  const n = t.end - t.start;
  if (n < 5 || n > 7 || text.charCodeAt(t.end - 4) !== 46) return false;
  for (let k = t.start; k < t.end; k++) {
    const c = text.charCodeAt(k);
    if (k !== t.end - 4 && (c < 48 || c > 57)) return false;
  }
  return true;
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
  const p = pool.phrase(i, r.end, r.value, r.value, false, true);
  p.scale = r.scale;
  p.base = r.base;
  return p;
}
