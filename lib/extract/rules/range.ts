import type { NumPhrase } from '../engine/number-phrase';
import { isPunct, NUM, type Token } from '../engine/token';
import type { Lexicon } from '../lexicon/lexicon';
import type { Candidate } from './candidate';

/**
 * Makes c the range of numbers p and q when the words between and before them say so: "between 20
 * and 30", "from 1,200 to 1,500", "20-30" (not a phone number or a score), "4 to 5 thousand"; not
 * "rose by 12 to 85", a change and its new total. False when they are no range.
 */
export function rangeWith(toks: Token[], p: NumPhrase, q: NumPhrase, lex: Lexicon, c: Candidate): boolean {
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
