import { AFTER, BEFORE_END } from '../engine/phrase-lists';
import { phraseAt, phraseBefore, phraseValue, valueBefore } from '../engine/phrase-match';
import type { Token } from '../engine/token';
import type { Lexicon } from '../lexicon/lexicon';
import type { Qualifier } from '../types';
import type { Candidate } from './candidate';
import { changedBefore } from './range';

/**
 * Bounds c by the qualifier before or after its number: "at least 300" (300, none), "up to 700"
 * (none, 700), "about 40" (40, 40), "500 or more", "300+"; a bound after the number ("or more")
 * before one that only hedges it ("about").
 */
export function qualify(toks: Token[], c: Candidate, lex: Lexicon): void {
  const v = c.number.value;
  // "500 or more" bounds the number more tightly than an "about" before it
  const m = afterQualifier(toks, c.to, lex);
  if (m && m.q !== 'approx') {
    setBounds(c, m.q, v);
    c.to += m.len;
    return;
  }
  const n = phraseBefore(toks, c.from, BEFORE_END);
  if (n > 0) {
    const q = valueBefore(toks, c.from, n, BEFORE_END) as Qualifier;
    // "число погибших выросло до 300": a count that rose to a new level, no bound
    if (
      q === 'atMost' &&
      lex.levelWords.has((toks[c.from - 1] as Token).word) &&
      changedBefore(toks, c.from - n, lex)
    )
      return;
    setBounds(c, negated(toks, c.from - n, lex) ? NEGATED[q] : q, v);
    c.from -= n;
    return;
  }
  if (m) {
    setBounds(c, m.q, v);
    c.to += m.len;
  }
}

/** What a bound means after "not": "not more than 650" is at most 650, "did not exceed" too. */
const NEGATED: Readonly<Record<Qualifier, Qualifier>> = {
  moreThan: 'atMost',
  lessThan: 'atLeast',
  atLeast: 'lessThan',
  atMost: 'moreThan',
  approx: 'approx',
  exact: 'exact',
  nearly: 'nearly',
  range: 'range',
  vague: 'vague',
};

/**
 * A negation ends just before token i, maybe with a verb or two between ("would not be more than",
 * "nicht mehr als"): it turns the bound. A bound that already says "not" ("not more than") is
 * read as a whole by the lexicon and never meets one here.
 */
function negated(toks: Token[], i: number, lex: Lexicon): boolean {
  for (let k = i - 1, gaps = 0; k >= 0 && gaps <= 2; k--, gaps++) {
    const w = (toks[k] as Token).word;
    if (lex.negations.has(w)) return true;
    if (!lex.negationGaps.has(w)) return false;
  }
  return false;
}

function afterQualifier(toks: Token[], i: number, lex: Lexicon): { q: Qualifier; len: number } | null {
  const t = toks[i];
  if (!t) return null;
  if (t.word === '+' && !t.spaced) return { q: 'moreThan', len: 1 };
  const len = phraseAt(toks, i, AFTER);
  const next = toks[i + len]?.word ?? '';
  // "12 or more than 194", "12 y más de 194": the words open the next number's qualifier
  if (len === 0 || toks[i]?.word === '+' || lex.comparisonOf.has(next)) return null;
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
