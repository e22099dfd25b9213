import { ANTI, CUES } from '../engine/phrase-lists';
import { isBoundary, phraseAt, phraseValue } from '../engine/phrase-match';
import { NUM, type Token, WORD } from '../engine/token';
import { AUX, CLAUSE_END, IN_WORDS, inSet, MONTHS, PASSIVE_AUX, PLACE_PREPS } from '../engine/word-sets';
import type { Lexicon } from '../lexicon/lexicon';
import { isCasualtyMetric, type Metric } from '../types';
import { objectAt } from './active-verb-object';
import type { Candidate } from './candidates';
import type { MetricFound } from './metric-found';

/** Tokens a cue is looked for after a noun. */
export const FORWARD = 14;

/** A cue right after the noun, past auxiliaries: "soldiers were killed", "troops are said to have been withdrawn". */
export function cueAfter(toks: Token[], i: number, lex: Lexicon): MetricFound | false | null {
  let j = i;
  let passive = false;
  for (let n = 0; n < 6 && inSet(toks[j], AUX); n++) {
    if (inSet(toks[j], PASSIVE_AUX)) passive = true;
    j++;
  }
  const len = phraseAt(toks, j, CUES);
  // "lost their homes" is longer than the cue "lost": not a casualty
  if (len > 0 && phraseAt(toks, j, ANTI) > len) return null;
  // "1,000 soldiers killed 300 civilians": an active verb counts its object, not its subject
  if (len > 0 && !passive && objectAt(toks, j + len, lex)) return false;
  if (len > 0) return { metric: phraseValue(toks, j, len, CUES) as Metric, via: 'after', cue: j };
  if (phraseAt(toks, j, ANTI) > 0) return null;
  // "the last 400 soldiers left Mali": troops that leave are withdrawn ("40 are left there" remain,
  // and so do "1,000 troops left in Syria", not "left in March")
  if (!passive && lex.leaveVerbs.has(toks[j]?.word ?? '')) {
    const place = toks[j + 2];
    const remain = inSet(toks[j + 1], IN_WORDS) && place?.kind === WORD && !inSet(place, MONTHS);
    return { metric: remain ? 'deployed' : 'withdrawn', via: 'after', cue: j };
  }
  // "ordered 5,000 troops home", "sends 2,000 troops home from Iraq": home right after the troops,
  // before the clause ends or a place ("troops home base" is a noun)
  if (j === i && lex.homeWords.has(toks[j]?.word ?? '')) {
    const next = toks[j + 1];
    if (
      !next ||
      next.kind !== WORD ||
      isBoundary(next) ||
      inSet(next, CLAUSE_END) ||
      inSet(next, PLACE_PREPS)
    )
      return { metric: 'withdrawn', via: 'after', cue: j };
  }
  return false;
}

/** A casualty cue later in the clause, before any other number. */
export function casualtyLater(toks: Token[], from: number): MetricFound | null {
  for (let j = from, n = 0; j < toks.length && n < FORWARD; j++, n++) {
    const t = toks[j] as Token;
    if (isBoundary(t) || t.kind === NUM || inSet(t, CLAUSE_END)) return null;
    const len = phraseAt(toks, j, CUES);
    if (len > 0) {
      const m = phraseValue(toks, j, len, CUES) as Metric;
      if (isCasualtyMetric(m)) return { metric: m, via: 'forward', cue: j };
    }
  }
  return null;
}

/**
 * A verb a few words before the number whose particle ends its clause: "zieht ihre letzten 1.000
 * Soldaten aus Mali ab" (withdrawn).
 */
export function particleVerb(toks: Token[], c: Candidate, lex: Lexicon): MetricFound | null {
  const pv = lex.particleVerbs;
  if (!pv) return null;
  let verb = -1;
  // "kamen 230 Ukrainer und 248 Russen frei": a list of numbers between the verb and its particle
  let reach = 4;
  for (let k = c.from - 1; k >= 0 && k >= c.from - reach; k--) {
    const t = toks[k] as Token;
    if (isBoundary(t)) break;
    if (t.kind === NUM) {
      if (!listBefore(toks, k, c.from, lex)) break;
      reach = c.from - k + 4;
      continue;
    }
    if (pv.verbs.has(t.word)) {
      verb = k;
      break;
    }
  }
  if (verb < 0) return verbThenParticle(toks, c, lex);
  for (let j = c.to; j < toks.length && j < c.to + 12; j++) {
    const t = toks[j] as Token;
    if (isBoundary(t) || (t.kind === NUM && !lex.and.has(toks[j - 1]?.word ?? ''))) return null;
    const metric = pv.particles.get(t.word);
    const next = toks[j + 1];
    if (metric && (isBoundary(next) || next?.word === ',' || lex.and.has(next?.word ?? '')))
      return { metric, via: 'verb', cue: verb };
  }
  return null;
}

/** A join word between the number at k and the one at `next`, with at most two words between: "230 Ukrainer und". */
function listBefore(toks: Token[], k: number, next: number, lex: Lexicon): boolean {
  return next - k <= 4 && lex.and.has(toks[next - 1]?.word ?? '');
}

/**
 * The verb after the number (and any number listed with it), its particle closing the clause:
 * "230 Ukrainer und 248 Russen kamen frei", "95 Soldaten kamen am Freitag frei" (captured). Only a
 * particle of release counts: "300 Menschen zogen ab" names no troops.
 */
function verbThenParticle(toks: Token[], c: Candidate, lex: Lexicon): MetricFound | null {
  const pv = lex.particleVerbs;
  if (!pv) return null;
  let verb = -1;
  for (let j = c.to; j < toks.length && j < c.to + 12; j++) {
    const t = toks[j] as Token;
    if (isBoundary(t) || (t.kind === NUM && !lex.and.has(toks[j - 1]?.word ?? ''))) return null;
    if (verb < 0) {
      if (pv.verbs.has(t.word)) verb = j;
      continue;
    }
    const next = toks[j + 1];
    if (pv.particles.get(t.word) === 'captured' && (isBoundary(next) || next?.word === ','))
      return { metric: 'captured', via: 'after', cue: verb };
    if (j > verb + 5 || t.kind === NUM) return null;
  }
  return null;
}
