import {
  ANTI,
  ANTI_END,
  BEFORE_END,
  CUES,
  CUES_END,
  SAVED_END,
  STARTS_NUMBER,
  SUBSET_END,
  VERBS_END,
} from '../engine/phrase-lists';
import { isBoundary, keyOf, phraseAt, phraseBefore, phraseValue, valueBefore } from '../engine/phrase-match';
import { isPunct } from '../engine/token';
import { NUM, type Token, WORD } from '../engine/tokenize';
import { AUX, CLAUSE_END, inSet, LINKS, MODIFIERS, SKIP_BEFORE, STOP } from '../engine/word-sets';
import type { Lexicon } from '../lexicon/lexicon';
import { isCasualtyMetric, isTroopMetric, type Metric } from '../types';
import type { Candidate } from './candidates';
import type { Head } from './noun-phrase';

export type Via =
  | 'head'
  | 'after'
  | 'verb'
  | 'link'
  | 'forward'
  | 'backward'
  | 'subset'
  | 'anaphora'
  | 'default';

export interface MetricFound {
  metric: Metric | null;
  via: Via;
  /** token index of the cue word, or -1 */
  cue: number;
}

const FORWARD = 14;
const BACKWARD = 24;
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
  if (h.kind === 'metric' && h.metric === 'killed' && savedBefore(toks, c.a)) return null;
  // "40 wounded soldiers" (unless a casualty word after them says more: "40 wounded soldiers died")
  if (h.adj !== undefined && h.kind !== 'metric' && h.kind !== 'none' && h.kind !== 'unknown') {
    const after = cueAfter(toks, h.end, lex);
    return after && isCasualtyMetric(after.metric) ? after : { metric: h.adj, via: 'head', cue: c.b };
  }
  // "killed 40 prisoners", "40 prisoners were executed": prisoners who died are dead
  if (h.kind === 'metric' && h.metric === 'captured') {
    const after = cueAfter(toks, h.end, lex);
    if (after && isCasualtyMetric(after.metric)) return after;
    const verb = verbBefore(toks, c.a, lex, h);
    if (verb && isCasualtyMetric(verb.metric)) return verb;
  }
  // "120 remain" names no soldiers: only a casualty word can stand for the noun
  if (h.kind === 'metric' && !isTroopMetric(h.metric)) return { metric: h.metric, via: 'head', cue: c.b };
  if (h.kind === 'metric') h = { ...h, kind: 'none', end: c.b };
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
  const verb = verbBefore(toks, c.a, lex, h);
  if (verb === null) return null;
  // "won 3 games and lost 2": after "lost" (which things can be too, not after "killed"), a bare
  // number stands for the things of the number before it
  if (verb && verb.metric === 'casualties' && h.kind === 'none' && thingsBefore(toks, c.a, lex)) return null;
  if (verb) return verb;
  if (c.p.word && !c.p.vague && h.kind === 'none') return relation(toks, c, lex, stop) || null;
  const link = linkBefore(toks, c.a, lex, stop);
  if (link) return link;
  if (personal(h)) {
    const fwd = scan(toks, h.end, 1, FORWARD, lex, toks.length);
    if (fwd === null) return null;
    if (fwd && fwd.metric === 'deployed' && lex.rules.participleThenVerb)
      return casualtyLater(toks, fwd.cue + 1) ?? fwd;
    if (fwd) return fwd;
  }
  const back = scan(toks, c.a - 1, -1, BACKWARD, lex, stop);
  if (back) return back;
  const rel = relation(toks, c, lex, stop);
  if (rel) return rel;
  if (lex.crossRefs.size > 0 && stop === 0) {
    const prev = previousSentence(toks, c.a, lex);
    if (prev) return prev;
  }
  return h.kind === 'military' ? { metric: 'deployed', via: 'default', cue: -1 } : null;
}

/** The number before a, in its sentence, counts things: "3 games", "5 tanks" (not "3 Russian soldiers"). */
function thingsBefore(toks: Token[], a: number, lex: Lexicon): boolean {
  for (let k = a - 1; k >= 0 && k >= a - 8; k--) {
    const t = toks[k] as Token;
    if (isBoundary(t)) return false;
    if (t.k !== NUM) continue;
    let j = k + 1;
    while (j < k + 4 && (toks[j]?.cap || inSet(toks[j], MODIFIERS))) j++;
    const n = toks[j];
    if (!n || n.k !== WORD || inSet(n, STOP) || phraseAt(toks, j, CUES) > 0) return false;
    const kind = lex.nouns[n.w];
    return kind === undefined || kind === 'nonfig';
  }
  return false;
}

/**
 * A verb a few words before the number whose particle ends its clause: "zieht ihre letzten 1.000
 * Soldaten aus Mali ab" (withdrawn).
 */
function particleVerb(toks: Token[], c: Candidate, lex: Lexicon): MetricFound | null {
  const pv = lex.particleVerbs;
  if (!pv) return null;
  let verb = -1;
  for (let k = c.a - 1; k >= 0 && k >= c.a - 4; k--) {
    const t = toks[k] as Token;
    if (isBoundary(t) || t.k === NUM) break;
    if (pv.verbs.has(t.w)) {
      verb = k;
      break;
    }
  }
  if (verb < 0) return null;
  for (let j = c.b; j < toks.length && j < c.b + 12; j++) {
    const t = toks[j] as Token;
    if (isBoundary(t) || t.k === NUM) return null;
    const metric = pv.particles.get(t.w);
    const next = toks[j + 1];
    if (metric && (isBoundary(next) || next?.w === ',' || lex.and.has(next?.w ?? '')))
      return { metric, via: 'verb', cue: verb };
  }
  return null;
}

/** A cue right after the noun, past auxiliaries: "soldiers were killed", "troops are said to have been withdrawn". */
function cueAfter(toks: Token[], i: number, lex: Lexicon): MetricFound | false | null {
  let j = i;
  let passive = false;
  for (let n = 0; n < 6 && inSet(toks[j], AUX); n++) {
    if (lex.passiveAux.has((toks[j] as Token).w)) passive = true;
    j++;
  }
  const len = phraseAt(toks, j, CUES);
  // "lost their homes" is longer than the cue "lost": not a casualty
  if (len > 0 && phraseAt(toks, j, ANTI) > len) return null;
  // "1,000 soldiers killed 300 civilians": an active verb counts its object, not its subject
  if (len > 0 && !passive && objectAt(toks, j + len, lex)) return false;
  if (len > 0) return { metric: phraseValue(toks, j, len, CUES) as Metric, via: 'after', cue: j };
  if (phraseAt(toks, j, ANTI) > 0) return null;
  return false;
}

/** A number (with its qualifier: "at least 300") starts at k: the object of the verb before it. */
export function objectAt(toks: Token[], k: number, lex: Lexicon): boolean {
  if (!lex.rules.activeVerbObject) return false;
  for (let q = k; q < k + 3 && q < toks.length; q++) {
    const t = toks[q] as Token;
    if (t.k === NUM || (t.k === WORD && (t.f & STARTS_NUMBER) !== 0))
      return q === k || phraseBefore(toks, q, BEFORE_END) === q - k;
    if (t.k !== WORD) return false;
  }
  return false;
}

function savedBefore(toks: Token[], a: number): boolean {
  let i = a;
  while (i > 0 && inSet(toks[i - 1], SKIP_BEFORE) && a - i < 3) i--;
  return phraseBefore(toks, i, SAVED_END) > 0;
}

function verbBefore(toks: Token[], a: number, lex: Lexicon, h: Head): MetricFound | false | null {
  let i = a;
  while (i > 0 && inSet(toks[i - 1], SKIP_BEFORE) && a - i < 3) i--;
  if (phraseBefore(toks, i, ANTI_END) > 0) return null;
  const len = phraseBefore(toks, i, VERBS_END);
  if (len === 0) return false;
  const key = keyOf(toks, i - len, i);
  if (lex.haveVerbs.has(key) && h.kind !== 'military') return false;
  if (lex.verbs[key] === 'deployed' && lex.rules.cueBeforeBeingVerb) {
    // "У полоні перебувають 8 тисяч": where they are says what is counted
    const cue = phraseBefore(toks, i - len, CUES_END);
    const m = cue > 0 ? (lex.cues[keyOf(toks, i - len - cue, i - len)] as Metric) : null;
    if (m && isCasualtyMetric(m)) return { metric: m, via: 'verb', cue: i - len - cue };
  }
  return { metric: lex.verbs[key] as Metric, via: 'verb', cue: i - len };
}

/** "В ее составе - 3000 военнослужащих": a word pointing back reads the cue of the sentence before. */
function previousSentence(toks: Token[], a: number, lex: Lexicon): MetricFound | null {
  let j = a - 1;
  let ref = false;
  for (; j >= 0 && a - j < 12; j--) {
    const t = toks[j] as Token;
    if (isBoundary(t)) break;
    if (lex.crossRefs.has(t.w)) ref = true;
  }
  if (!ref || j < 0 || !isBoundary(toks[j])) return null;
  for (let k = j - 1, n = 0; k >= 0 && n < BACKWARD; k--, n++) {
    const t = toks[k] as Token;
    if (isBoundary(t) || t.k === NUM) return null;
    const len = phraseBefore(toks, k + 1, CUES_END);
    if (len > 0)
      return {
        metric: valueBefore(toks, k + 1, len, CUES_END) as Metric,
        via: 'backward',
        cue: k + 1 - len,
      };
  }
  return null;
}

/** A casualty cue later in the clause, before any other number. */
function casualtyLater(toks: Token[], from: number): MetricFound | null {
  for (let j = from, n = 0; j < toks.length && n < FORWARD; j++, n++) {
    const t = toks[j] as Token;
    if (isBoundary(t) || t.k === NUM || inSet(t, CLAUSE_END)) return null;
    const len = phraseAt(toks, j, CUES);
    if (len > 0) {
      const m = phraseValue(toks, j, len, CUES) as Metric;
      if (isCasualtyMetric(m)) return { metric: m, via: 'forward', cue: j };
    }
  }
  return null;
}

/** "the death toll rose to 500", "deaths of 3,000 civilians", "Russian losses at over 400,000". */
function linkBefore(toks: Token[], a: number, lex: Lexicon, stop: number): MetricFound | false {
  const prev = toks[a - 1];
  // "troops numbering 50,000": soldiers counted by a verb of number after them
  if (prev && lex.numberingWords.has(prev.w) && lex.nouns[toks[a - 2]?.w ?? ''] === 'military')
    return { metric: 'deployed', via: 'link', cue: a - 2 };
  let i = a;
  for (let n = 0; n < 7 && i > stop; n++) {
    const len = phraseBefore(toks, i, CUES_END);
    if (len > 0) return { metric: valueBefore(toks, i, len, CUES_END) as Metric, via: 'link', cue: i - len };
    const t = toks[i - 1] as Token;
    if (isBoundary(t) || t.k === NUM || !inSet(t, LINKS)) return false;
    i--;
  }
  return false;
}

/** The nearest cue in the clause, forward (dir 1) or backward (dir -1). An anti-cue first means no figure. */
function scan(
  toks: Token[],
  from: number,
  dir: number,
  max: number,
  lex: Lexicon,
  stop: number,
): MetricFound | false | null {
  for (let n = 0, j = from; n < max && j >= 0 && j < toks.length; n++, j += dir) {
    if (dir < 0 && j < stop) break;
    const t = toks[j] as Token;
    if (isBoundary(t) || inSet(t, CLAUSE_END)) break;
    const len = dir > 0 ? phraseAt(toks, j, CUES) : phraseBefore(toks, j + 1, CUES_END);
    if (len > 0) {
      // "12 children and 26 wounded": a cue right after a later number is that number's own;
      // "killed 300 civilians": a verb before a number counts that number
      if (dir > 0 && j > from && (toks[j - 1] as Token).k === NUM) return false;
      if (dir > 0 && !lex.passiveAux.has(toks[j - 1]?.w ?? '') && objectAt(toks, j + len, lex)) return false;
      const s = dir > 0 ? j : j + 1 - len;
      return {
        metric: lex.cues[keyOf(toks, s, s + len)] as Metric,
        via: dir > 0 ? 'forward' : 'backward',
        cue: s,
      };
    }
    if (dir > 0 && phraseAt(toks, j, ANTI) > 0) return null;
  }
  return false;
}

/** "including 300 children", "120 of them", "put the total at 315,000": refers to the previous figure. */
function relation(toks: Token[], c: Candidate, lex: Lexicon, stop: number): MetricFound | false {
  let i = c.a;
  if (isPunct(toks[i - 1], ',')) i--;
  if (phraseBefore(toks, i, SUBSET_END) > 0) return { metric: null, via: 'subset', cue: -1 };
  // "Another 2,000 are expected": more of the figure before
  if (lex.additionWords.has(toks[c.a - 1]?.w ?? '')) return { metric: null, via: 'subset', cue: -1 };
  // "the toll rose by 12 to 85": the new total, of what the rise counts
  if (
    lex.changeTo.has(toks[c.a - 1]?.w ?? '') &&
    toks[c.a - 2]?.k === NUM &&
    lex.changeBy.has(toks[c.a - 3]?.w ?? '')
  )
    return { metric: null, via: 'subset', cue: -1 };
  if (lex.of.has(toks[c.b]?.w ?? '') && lex.partitivePronouns.has(toks[c.b + 1]?.w ?? ''))
    return { metric: null, via: 'subset', cue: -1 };
  for (let j = c.a - 1, n = 0; j >= 0 && n < 7; j--, n++) {
    const t = toks[j] as Token;
    if (isBoundary(t) || t.k === NUM) break;
    const det = toks[j - 1];
    // "the total", "Ukraine's tally" (not "in total")
    // ("a total of 15,000 troops" counts anew)
    if (
      lex.anaphora.has(t.w) &&
      det &&
      (lex.determiners.has(det.w) || det.poss) &&
      !(det.w === 'a' && toks[j + 1]?.w === 'of')
    )
      return { metric: null, via: 'anaphora', cue: -1 };
  }
  // "about 900 troops in Syria and 2,500 in Iraq": a bare number joined to the figure before it
  // (joined right before it: "killed 1,139 people and took 251 hostages" has a verb of its own)
  if (stop > 0 && c.a - stop <= 9 && !c.p.word && !lex.of.has(toks[c.b]?.w ?? '')) {
    // (in another language an aside may come between: "(по другим оценкам — до 15 тысяч)")
    for (let j = stop; j < c.a; j++) {
      const w = (toks[j] as Token).w;
      if (isBoundary(toks[j]) || (toks[j] as Token).k === NUM) break;
      if (!lex.rules.joinedAcrossAside && j < c.a - 1) continue;
      if (lex.joinWords.has(w) || (lex.rules.joinedAcrossAside && w === '('))
        return { metric: null, via: 'subset', cue: -1 };
    }
  }
  return false;
}
