import type { Token } from '../engine/token';
import { CHANGE_TO, inSet } from '../engine/word-sets';
import type { Lexicon } from '../lexicon/lexicon';
import type { Candidate } from './candidates';
import { casualtyLater } from './cue-after';
import type { MetricFound } from './metric-found';

/**
 * "elevó a 54 el número de muertos", "a porté à 54 le nombre de morts": a verb of change and its
 * "to" right before the number, the total it raised named after it. The casualty word after the
 * number says what the total counts; the number is that exact total.
 */
export function raisedTotal(toks: Token[], c: Candidate, lex: Lexicon): MetricFound | null {
  const verb = toks[c.from - 2];
  if (!inSet(toks[c.from - 1], CHANGE_TO) || !verb || !lex.changeVerbs.has(verb.word)) return null;
  return casualtyLater(toks, c.to);
}
