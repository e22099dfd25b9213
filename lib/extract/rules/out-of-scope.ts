import { CUES_END } from '../engine/phrase-lists';
import { isBoundary, phraseBefore } from '../engine/phrase-match';
import { isPunct, type Token } from '../engine/token';
import { NUM } from '../engine/tokenize';
import { CONDITIONALS, FUTURE_MODALS, inSet, NATURAL_CAUSES, OF } from '../engine/word-sets';
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
 * cholera"), and "dead at 69" is an age. Whatever its metric, a number denied ("not 300,000, as
 * Putin lies") or in a condition ("If they fail, 1,600 men will be killed") counts nobody.
 */
export function outOfScope(
  toks: Token[],
  c: Candidate,
  head: Head,
  found: MetricFound,
  lex: Lexicon,
): boolean {
  if (rejectedNumber(toks, c, lex) || hypothetical(toks, c) || comparedAge(toks, c, lex)) return true;
  if (proportion(toks, c, lex)) return true;
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
    phraseBefore(toks, c.from - 1, CUES_END) > 0 &&
    !countBefore(toks, c.from - 1, lex)
  )
    return true;
  // "cholera has killed 30 people", "COVID today: nine more deaths"
  return naturalCause(toks, c, lex);
}

/** A cause of death that is no war (the lexicon's naturalCauses) in the sentence of candidate c. */
function naturalCause(toks: Token[], c: Candidate, lex: Lexicon): boolean {
  for (let k = c.from - 1; k >= 0 && !isBoundary(toks[k]); k--) if (causeNamed(toks, k, lex)) return true;
  for (let k = c.to; k < toks.length; k++) {
    if (causeNamed(toks, k, lex)) return true;
    if (isBoundary(toks[k])) return false;
  }
  return false;
}

/**
 * A natural cause at k that no negation up to two words before denies ("in an attack, not by
 * disease") and no violent cause joins by an "and" ("cholera and fighting killed 300": the
 * dead of the fighting are among them).
 */
function causeNamed(toks: Token[], k: number, lex: Lexicon): boolean {
  if (!inSet(toks[k], NATURAL_CAUSES)) return false;
  for (let j = k - 1; j >= k - 2 && j >= 0; j--) if (lex.negations.has((toks[j] as Token).word)) return false;
  return !joinedToViolence(toks, k, -1, lex) && !joinedToViolence(toks, k, 1, lex);
}

/** A violent cause up to three words from k in direction dir with an "and" between ("combats et le choléra"). */
function joinedToViolence(toks: Token[], k: number, dir: number, lex: Lexicon): boolean {
  let and = false;
  for (let j = k + dir; j !== k + 4 * dir && j >= 0 && j < toks.length; j += dir) {
    const w = (toks[j] as Token).word;
    if (and && lex.violentCauses.has(w)) return true;
    if (lex.and.has(w)) and = true;
  }
  return false;
}

/**
 * "не 300 тисяч і не 150 тисяч", "31,000, not 300,000": a negation right before a number with no
 * bound of its own rejects it ("not more than 650" is a bound, read by the qualifier).
 */
function rejectedNumber(toks: Token[], c: Candidate, lex: Lexicon): boolean {
  const before = toks[c.from - 1];
  return c.from === c.number.from && before !== undefined && lex.negations.has(before.word);
}

/**
 * "were younger than 25", "jünger als 25", "моложе 25 лет", "plus jeunes que 25": a comparative of
 * age up to two words before the number (its "than" between) makes the number an age.
 */
function comparedAge(toks: Token[], c: Candidate, lex: Lexicon): boolean {
  for (let k = c.from - 1; k >= c.from - 2 && k >= 0; k--)
    if (lex.ageComparatives.has((toks[k] as Token).word)) return true;
  return false;
}

/** A base of a proportion: 10 or 100 in digits or in words. */
const isBase = (t: Token | undefined, lex: Lexicon): boolean =>
  t !== undefined && (t.kind === NUM ? t.value === 10 || t.value === 100 : lex.proportionBases.has(t.word));

/**
 * "seven in ten", "siete de cada diez", "sept sur dix", "семь из десяти": either number of a
 * proportion with a base of ten or a hundred counts nobody; "300 von 1.200 Soldaten" is a part of
 * a whole, and "seven killed in 10 attacks" has words between.
 */
function proportion(toks: Token[], c: Candidate, lex: Lexicon): boolean {
  const before = toks[c.from - 1];
  if (before && lex.proportionWords.has(before.word) && isBase(toks[c.from], lex) && c.to - c.from === 1)
    return true;
  const next = toks[c.to];
  return (
    next !== undefined &&
    lex.proportionWords.has(next.word) &&
    isBase(toks[c.to + 1], lex) &&
    c.number.value < 10
  );
}

/**
 * "If they fail, sixteen hundred men will be killed", "Wenn die Gespräche scheitern, werden 5.000
 * Soldaten entsandt": a sentence with a condition whose clause of the number has a modal of the
 * future is hypothetical. The clause ends at a comma or the sentence's end on either side.
 */
function hypothetical(toks: Token[], c: Candidate): boolean {
  let modal = false;
  let condition = false;
  let k = c.from - 1;
  for (let clause = true; k >= 0 && !isBoundary(toks[k]); k--) {
    const t = toks[k] as Token;
    if (isPunct(t, ',')) clause = false;
    if (clause && inSet(t, FUTURE_MODALS)) modal = true;
    if (inSet(t, CONDITIONALS)) condition = true;
  }
  for (let clause = true, j = c.to; j < toks.length; j++) {
    const t = toks[j] as Token;
    if (isPunct(t, ',')) clause = false;
    if (clause && inSet(t, FUTURE_MODALS)) modal = true;
    if (inSet(t, CONDITIONALS)) condition = true;
    if (isBoundary(t)) break;
  }
  return modal && condition;
}

/**
 * "put the death toll at 63", "the number of dead at 40": the cue before "at" (ending at i) is a
 * count, not a death of one ("dead at 69").
 */
function countBefore(toks: Token[], i: number, lex: Lexicon): boolean {
  const len = phraseBefore(toks, i, CUES_END);
  const last = toks[i - 1]?.word ?? '';
  return lex.weakCues.has(last) || lex.metricNouns.has(last) || inSet(toks[i - len - 1], OF);
}
