import type { Token } from '../engine/token';
import type { Lexicon } from '../lexicon/lexicon';
import { isCasualtyMetric, isTroopMetric } from '../types';
import type { Candidate } from './candidates';
import { BACKWARD, clauseCue, previousSentence } from './clause-cue';
import type { Head } from './counted-noun';
import { casualtyLater, cueAfter, FORWARD, particleVerb } from './cue-after';
import { releasedCaptives } from './freed-captives';
import { listAfterColon } from './list-after-colon';
import type { MetricFound } from './metric-found';
import { newLevelOf, raisedTotal, troopLevel } from './raised-total';
import { subsetOfFigure } from './subset-of-figure';
import { linkBefore, savedBefore, thingsBefore, verbBefore } from './verb-before';

export type { MetricFound, Via } from './metric-found';

const personal = (h: Head): boolean => h.kind === 'person' || h.kind === 'military' || h.kind === 'civilian';

/**
 * What the candidate counts, from the words around it, or null when it is not a casualty or troop
 * figure. `stop` is the first token after the previous figure of the window (cues before it
 * belong to that figure).
 */
/**
 * What the candidate counts (see `find`), except that a people ("1.5 million Russians have left")
 * is never a deployment or a withdrawal: those count soldiers.
 */
export function metricOf(
  toks: Token[],
  c: Candidate,
  head: Head,
  lex: Lexicon,
  stop: number,
): MetricFound | null {
  const m = find(toks, c, head, lex, stop);
  // a people or civilians are not troops: no deployment of "2.4 million residents"
  if (m && (head.people || head.kind === 'civilian') && isTroopMetric(m.metric)) return null;
  return m;
}

function find(toks: Token[], c: Candidate, head: Head, lex: Lexicon, stop: number): MetricFound | null {
  let h = head;
  if (h.kind === 'nonfig') return null;
  // "saved over 27,000 lives": lives saved are not deaths
  if (h.kind === 'metric' && h.metric === 'killed' && savedBefore(toks, c.from)) return null;
  // "40 soldiers were released", "3,000 Ukrainians have been freed": captives set free
  if (releasedCaptives(toks, c, h, lex)) return { metric: 'captured', via: 'after', cue: h.end };
  // "40 wounded soldiers" (unless a casualty word after them says more: "40 wounded soldiers died")
  if (h.adjective !== undefined && h.kind !== 'metric' && h.kind !== 'none' && h.kind !== 'unknown') {
    const after = cueAfter(toks, h.end, lex);
    return after && isCasualtyMetric(after.metric) ? after : { metric: h.adjective, via: 'head', cue: c.to };
  }
  // "killed 40 prisoners", "40 prisoners were executed": prisoners who died are dead
  if (h.kind === 'metric' && h.metric === 'captured') {
    const after = cueAfter(toks, h.end, lex);
    if (after && isCasualtyMetric(after.metric)) return after;
    const verb = verbBefore(toks, c.from, lex, h);
    if (verb && isCasualtyMetric(verb.metric)) return verb;
  }
  // "120 remain" names no soldiers: only a casualty word can stand for the noun
  if (h.kind === 'metric' && !isTroopMetric(h.metric)) return { metric: h.metric, via: 'head', cue: c.to };
  if (h.kind === 'metric') h = { ...h, kind: 'none', end: c.to };
  if (h.kind === 'unknown') return null;
  const after = cueAfter(toks, h.end, lex);
  if (after === null) return null;
  // "120 remain", "300 returned": a bare number needs a soldier noun to be a deployment
  if (after && !(h.kind === 'none' && isTroopMetric(after.metric))) {
    // "300 soldados enviados a Kursk han muerto": the participle describes them, the verb counts them
    if (after.metric === 'deployed' && lex.rules.participleThenVerb) {
      const later = casualtyLater(toks, after.cue + 1);
      if (later) return later;
    }
    // "600 soldiers remain missing", "remain in captivity": where they remain says what is counted
    if (after.metric === 'deployed' && lex.rules.remainThenState) {
      const next = cueAfter(toks, after.cue + 1, lex);
      if (next && isCasualtyMetric(next.metric)) return next;
    }
    return after;
  }
  const particle = particleVerb(toks, c, lex);
  if (particle) return particle;
  const verb = verbBefore(toks, c.from, lex, h);
  if (verb === null) return null;
  // "won 3 games and lost 2": after "lost" (which things can be too, not after "killed"), a bare
  // number stands for the things of the number before it
  if (verb && verb.metric === 'casualties' && h.kind === 'none' && thingsBefore(toks, c.from, lex))
    return null;
  if (verb) return verb;
  if (c.number.spelled && !c.number.vague && h.kind === 'none') {
    // "the toll has climbed to twelve", "auf zehn gestiegen": the new level of a total named before
    if (newLevelOf(toks, c, lex))
      return raisedTotal(toks, c, lex) ?? (clauseCue(toks, c.from - 1, -1, BACKWARD, lex, stop) || null);
    return subsetOfFigure(toks, c, lex, stop) || null;
  }
  const link = linkBefore(toks, c.from, lex, stop);
  if (link) return link;
  if (h.kind === 'none') {
    const total = raisedTotal(toks, c, lex);
    if (total) return total;
  }
  if (personal(h)) {
    const fwd = clauseCue(toks, h.end, 1, FORWARD, lex, toks.length);
    if (fwd === null) return null;
    if (fwd && fwd.metric === 'deployed' && lex.rules.participleThenVerb)
      return casualtyLater(toks, fwd.cue + 1) ?? fwd;
    if (fwd) return fwd;
  }
  const back = clauseCue(toks, c.from - 1, -1, BACKWARD, lex, stop);
  if (back) return back;
  // "cut its troops in Iraq to 3,000": a count of the clause's soldiers changed (no casualty cue before)
  // ("сократила контингент до 900 человек": a noun of people only says they are counted)
  if (
    (h.kind === 'none' || (h.kind === 'person' && !h.civilians && h.parties.length === 0)) &&
    back === false
  ) {
    const level = troopLevel(toks, c, lex);
    if (level) return level;
  }
  const rel = subsetOfFigure(toks, c, lex, stop);
  if (rel) return rel;
  if (lex.crossRefs.size > 0 && stop === 0) {
    const prev = previousSentence(toks, c.from, lex);
    if (prev) return prev;
  }
  // "Verluste: Norden — 120, Zentrum — 420"
  if (h.kind === 'none') {
    const item = listAfterColon(toks, c, lex);
    if (item) return item;
  }
  return h.kind === 'military' ? { metric: 'deployed', via: 'default', cue: -1 } : null;
}
