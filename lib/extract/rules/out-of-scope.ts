import { CUES_END } from '../engine/phrase-lists';
import { isBoundary, phraseBefore } from '../engine/phrase-match';
import type { Token } from '../engine/token';
import type { Lexicon } from '../lexicon/lexicon';
import { isTroopMetric } from '../types';
import type { Candidate } from './candidate';
import type { MetricFound } from './metric-found';
import type { Head } from './noun-phrase';

/** The oldest age a number after "dead at" is read as. */
const LIFETIME = 120;

/**
 * A count whose metric was found but which the corpus's scope leaves out: a crowd gathered is no
 * deployment ("2,000 people gathered"), deaths from disease are no war deaths ("30 people died of
 * cholera"), and "dead at 69" is an age.
 */
export function outOfScope(
  toks: Token[],
  c: Candidate,
  head: Head,
  found: MetricFound,
  lex: Lexicon,
): boolean {
  if (isTroopMetric(found.metric))
    return head.end > c.to && lex.crowdNouns.has((toks[head.end - 1] as Token).word);
  if (found.metric !== 'killed' && found.metric !== 'casualties') return false;
  // "dead at 69": a death word, "at" and a bare number of a lifetime with no noun of its own
  const at = toks[c.from - 1];
  if (
    found.metric === 'killed' &&
    head.kind === 'none' &&
    c.qualifier === 'exact' &&
    c.number.value <= LIFETIME &&
    at &&
    lex.ageAt.has(at.word) &&
    phraseBefore(toks, c.from - 1, CUES_END) > 0
  )
    return true;
  // "cholera has killed 30 people", "COVID today: nine more deaths"
  return naturalCause(toks, c, lex);
}

/** A cause of death that is no war (the lexicon's naturalCauses) in the sentence of candidate c. */
function naturalCause(toks: Token[], c: Candidate, lex: Lexicon): boolean {
  for (let k = c.from - 1; k >= 0 && !isBoundary(toks[k]); k--)
    if (lex.naturalCauses.has((toks[k] as Token).word)) return true;
  for (let k = c.to; k < toks.length; k++) {
    const t = toks[k] as Token;
    if (lex.naturalCauses.has(t.word)) return true;
    if (isBoundary(t)) return false;
  }
  return false;
}
