import type { NumPhrase } from '../engine/number-phrase';
import { AFTER, BEFORE_END } from '../engine/phrase-lists';
import { phraseAt, phraseBefore, phraseValue, valueBefore } from '../engine/phrase-match';
import { isPunct } from '../engine/token';
import { truncate } from '../engine/token-pool';
import { NUM, type Token } from '../engine/tokenize';
import type { Lexicon } from '../lexicon/lexicon';
import type { Qualifier } from '../types';

/** A number with its qualifier or range partner: the statement a figure's span covers. */
export interface Candidate {
  /** token range [a, b) of the whole statement, qualifier words included */
  a: number;
  b: number;
  low: number | null;
  high: number | null;
  qualifier: Qualifier;
  p: NumPhrase;
  /** the second number of a range */
  p2: NumPhrase | null;
}

/** One hidden shape for every candidate; reused from one window to the next while pooled. */
class Cand implements Candidate {
  constructor(
    public a: number,
    public b: number,
    public low: number | null,
    public high: number | null,
    public qualifier: Qualifier,
    public p: NumPhrase,
    public p2: NumPhrase | null,
  ) {}
}

/** At most this many pooled candidates are kept between texts. */
const KEPT = 256;

/**
 * The candidates of a reading, reused from one window to the next, as the tokens are
 * (engine/token-pool.ts). Part of the per-call state (figure-state.ts).
 */
export class CandidatePool {
  readonly pooled: Cand[] = [];
  /** the array the reusing calls return, written over each time */
  readonly reused: Candidate[] = [];

  /** Lets go of the candidates of the last reusing call beyond the few kept (at the end of a text). */
  release(): void {
    this.reused.length = 0;
    if (this.pooled.length > KEPT) this.pooled.length = KEPT;
  }
}

/**
 * Joins numbers into ranges and attaches qualifiers, left to right. With `reuse`, the candidates
 * are those of the previous reusing call, overwritten: valid until the next one.
 */
export function candidates(
  toks: Token[],
  nums: NumPhrase[],
  lex: Lexicon,
  pool: CandidatePool,
  reuse = false,
): Candidate[] {
  // written over, as tokenize.ts does with its array of tokens
  const out = reuse ? pool.reused : [];
  let n = 0;
  for (let k = 0; k < nums.length; k++) {
    const p = nums[k] as NumPhrase;
    const q = nums[k + 1];
    const qualifier = p.vague ? 'vague' : 'exact';
    let c = reuse ? pool.pooled[n] : undefined;
    if (c === undefined) {
      c = new Cand(p.a, p.b, p.v, p.hi, qualifier, p, null);
      if (reuse) pool.pooled.push(c);
    } else {
      c.a = p.a;
      c.b = p.b;
      c.low = p.v;
      c.high = p.hi;
      c.qualifier = qualifier;
      c.p = p;
      c.p2 = null;
    }
    // "une trentaine", "un centenar", "более сотни" (numbers.ts): about one number, which a qualifier
    // can bound ("plus d'une centaine")
    const about = p.vague && p.v === p.hi;
    if (about) c.qualifier = 'approx';
    if (!p.vague && q && !q.vague && rangeWith(toks, p, q, lex, c)) k++;
    else if (!p.vague || about) qualify(toks, c, lex);
    if (n < out.length) out[n] = c;
    else out.push(c);
    n++;
  }
  truncate(out, n);
  return out;
}

function rangeWith(toks: Token[], p: NumPhrase, q: NumPhrase, lex: Lexicon, c: Candidate): boolean {
  if (q.a !== p.b + 1 || p.bad || q.bad) return false;
  const join = toks[p.b] as Token;
  const opener = toks[p.a - 1];
  const expected = opener ? lex.rangeOpen[opener.w] : undefined;
  let a = p.a;
  if (expected !== undefined && join.w === expected) a = p.a - 1;
  else if (!lex.rangeJoin.has(join.w)) return false;
  // "the toll rose by 12 to 85": a rise and the new total, no range
  else if (opener !== undefined && lex.changeBy.has(opener.w)) return false;
  else if (join.w === '-' || join.w === '–' || join.w === '—') {
    // "222-2222-2222" is a phone number, "2-1" a score
    const after = toks[q.b];
    if (p.word !== q.word || isPunct(after, '-') || (after?.k === NUM && !after.sp)) return false;
  }
  let low = p.v;
  const high = q.v;
  if (p.scale === 1 && q.scale > 1 && p.v * q.scale <= high) low = p.v * q.scale;
  if (!(low < high)) return false;
  c.a = a;
  c.b = q.b;
  c.low = low;
  c.high = high;
  c.qualifier = 'range';
  c.p2 = q;
  return true;
}

function qualify(toks: Token[], c: Candidate, lex: Lexicon): void {
  const v = c.p.v;
  // "500 or more" bounds the number more tightly than an "about" before it
  const m = afterQualifier(toks, c.b, lex);
  if (m && m.q !== 'approx') {
    setBounds(c, m.q, v);
    c.b += m.len;
    return;
  }
  const n = phraseBefore(toks, c.a, BEFORE_END);
  if (n > 0) {
    setBounds(c, valueBefore(toks, c.a, n, BEFORE_END) as Qualifier, v);
    c.a -= n;
    return;
  }
  if (m) {
    setBounds(c, m.q, v);
    c.b += m.len;
  }
}

function afterQualifier(toks: Token[], i: number, lex: Lexicon): { q: Qualifier; len: number } | null {
  const t = toks[i];
  if (!t) return null;
  if (t.w === '+' && !t.sp) return { q: 'moreThan', len: 1 };
  const len = phraseAt(toks, i, AFTER);
  const next = toks[i + len]?.w ?? '';
  // "12 or more than 194", "12 y más de 194": the words open the next number's qualifier
  if (len === 0 || toks[i]?.w === '+' || lex.comparisonOf.has(next)) return null;
  return { q: phraseValue(toks, i, len, AFTER) as Qualifier, len };
}

function setBounds(c: Candidate, q: Qualifier, v: number): void {
  c.qualifier = q;
  if (q === 'approx') {
    c.low = v;
    c.high = v;
  } else if (q === 'atLeast' || q === 'moreThan') {
    c.low = v;
    c.high = null;
  } else {
    c.low = null;
    c.high = v;
  }
}
