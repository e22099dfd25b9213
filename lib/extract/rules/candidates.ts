import type { NumPhrase } from '../engine/number-phrase';
import type { Token } from '../engine/token';
import { truncate } from '../engine/token-pool';
import type { Lexicon } from '../lexicon/lexicon';
import { Cand, type Candidate, type CandidatePool } from './candidate';
import { qualify } from './qualifier';
import { rangeWith } from './range';

export type { Candidate } from './candidate';

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
      c = new Cand(p.from, p.to, p.value, p.high, qualifier, p, null);
      if (reuse) pool.pooled.push(c);
    } else {
      c.from = p.from;
      c.to = p.to;
      c.low = p.value;
      c.high = p.high;
      c.qualifier = qualifier;
      c.number = p;
      c.second = null;
      c.changed = false;
    }
    // "une trentaine", "un centenar", "более сотни" (numbers.ts): about one number, which a qualifier
    // can bound ("plus d'une centaine")
    const about = p.vague && p.value === p.high;
    if (about) c.qualifier = 'approx';
    if (!p.vague && q && !q.vague && rangeWith(toks, p, q, lex, c)) k++;
    // "с 40 до 95": the join of a change ("до") bounds nothing
    else if (newValue(out, n, p)) c.qualifier = 'exact';
    else if (!p.vague || about) qualify(toks, c, lex);
    if (n < out.length) out[n] = c;
    else out.push(c);
    n++;
  }
  truncate(out, n);
  return out;
}

/** The number p is the new value of a change whose earlier value is candidate n - 1. */
function newValue(out: Candidate[], n: number, p: NumPhrase): boolean {
  const before = n > 0 ? out[n - 1] : undefined;
  return before?.changed === true && before.number.to + 1 === p.from;
}
