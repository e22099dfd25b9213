import type { NumPhrase } from '../engine/number-phrase';
import { isPunct, NUM, type Token, WORD } from '../engine/token';
import { CHANGE_BY, inSet } from '../engine/word-sets';
import type { Lexicon } from '../lexicon/lexicon';
import type { Candidate } from './candidate';

/**
 * Makes c the range of numbers p and q when the words between and before them say so: "between 20
 * and 30", "from 1,200 to 1,500", "20-30" (not a phone number or a score), "4 to 5 thousand"; not
 * "rose by 12 to 85", a change and its new total. False when they are no range.
 */
export function rangeWith(toks: Token[], p: NumPhrase, q: NumPhrase, lex: Lexicon, c: Candidate): boolean {
  if (q.from !== p.to + 1 || p.notCount || q.notCount) return false;
  const join = toks[p.to] as Token;
  const opener = toks[p.from - 1];
  const expected = opener ? lex.rangeOpen[opener.word] : undefined;
  let a = p.from;
  // "stieg von 80 auf 145": words that only ever state a change
  if (opener && lex.changeOpen[opener.word] === join.word) {
    c.changed = true;
    return false;
  }
  if (expected !== undefined && join.word === expected) {
    // "cut its force from 4,500 to 2,500": a count that changed, two counts
    if (changedBefore(toks, p.from - 1, lex)) {
      c.changed = true;
      return false;
    }
    a = p.from - 1;
  } else if (!lex.rangeJoin.has(join.word)) return false;
  // "the toll rose by 12 to 85": a rise and the new total, no range
  else if (inSet(opener, CHANGE_BY)) return false;
  else if (join.word === '-' || join.word === '–' || join.word === '—' || join.word === '−') {
    // "222-2222-2222" is a phone number, "2-1" a score
    const after = toks[q.to];
    if (p.spelled !== q.spelled || isPunct(after, '-') || (after?.kind === NUM && !after.spaced))
      return false;
  }
  let low = p.value;
  const high = q.value;
  if (p.scale === 1 && q.scale > 1 && p.value * q.scale <= high) low = p.value * q.scale;
  if (!(low < high)) return false;
  c.from = a;
  c.to = q.to;
  c.low = low;
  c.high = high;
  c.qualifier = 'range';
  c.second = q;
  return true;
}

/**
 * How many words a verb of change may stand before "from": "cut (its force in Mali) from",
 * "a ramené (ses effectifs au Tchad) de": the object and a place between them.
 */
const CHANGE_REACH = 7;

/** A verb of change a few words before token i, in its clause: "cut (its force) from", "revised from". */
export function changedBefore(toks: Token[], i: number, lex: Lexicon): boolean {
  for (let k = i - 1; k >= 0 && k >= i - CHANGE_REACH; k--) {
    const t = toks[k] as Token;
    if (t.kind !== WORD) return false;
    if (lex.changeVerbs.has(t.word)) return true;
  }
  return false;
}
