import { ANTI_END, CUES, CUES_END, SAVED_END, VERBS_END } from '../engine/phrase-lists';
import { isBoundary, keyOf, phraseAt, phraseBefore, valueBefore } from '../engine/phrase-match';
import { NUM, type Token, WORD } from '../engine/token';
import { CLAUSE_END, inSet, LINKS, MODIFIERS, SKIP_BEFORE, STOP } from '../engine/word-sets';
import type { Lexicon } from '../lexicon/lexicon';
import { isCasualtyMetric, type Metric } from '../types';
import type { Head } from './counted-noun';
import type { MetricFound } from './metric-found';

export function savedBefore(toks: Token[], a: number): boolean {
  let i = a;
  while (i > 0 && inSet(toks[i - 1], SKIP_BEFORE) && a - i < 3) i--;
  return phraseBefore(toks, i, SAVED_END) > 0;
}

export function verbBefore(toks: Token[], a: number, lex: Lexicon, h: Head): MetricFound | false | null {
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

/** The number before a, in its sentence, counts things: "3 games", "5 tanks" (not "3 Russian soldiers"). */
export function thingsBefore(toks: Token[], a: number, lex: Lexicon): boolean {
  for (let k = a - 1; k >= 0 && k >= a - 8; k--) {
    const t = toks[k] as Token;
    if (isBoundary(t)) return false;
    if (t.kind !== NUM) continue;
    let j = k + 1;
    while (j < k + 4 && (toks[j]?.capital || inSet(toks[j], MODIFIERS))) j++;
    const n = toks[j];
    if (!n || n.kind !== WORD || inSet(n, STOP) || phraseAt(toks, j, CUES) > 0) return false;
    const kind = lex.nouns[n.word];
    return kind === undefined || kind === 'nonfig';
  }
  return false;
}

/** "the death toll rose to 500", "deaths of 3,000 civilians", "Russian losses at over 400,000". */
export function linkBefore(toks: Token[], a: number, lex: Lexicon, stop: number): MetricFound | false {
  const prev = toks[a - 1];
  // "troops numbering 50,000", "контингент в Сирии насчитывает 4000": soldiers counted by a verb
  // of number after them (a place between)
  if (prev && lex.numberingWords.has(prev.word)) {
    const noun = soldiersBefore(toks, a - 2, lex);
    // "выведет контингент численностью 2400": the verb before the noun says what is done with them
    if (noun >= 0) return { metric: troopVerbBefore(toks, noun, lex) ?? 'deployed', via: 'link', cue: noun };
  }
  let i = a;
  for (let n = 0; n < 7 && i > stop; n++) {
    const len = phraseBefore(toks, i, CUES_END);
    if (len > 0) return { metric: valueBefore(toks, i, len, CUES_END) as Metric, via: 'link', cue: i - len };
    const t = toks[i - 1] as Token;
    if (isBoundary(t) || t.kind === NUM || !inSet(t, LINKS)) return false;
    i--;
  }
  return false;
}

/** The noun of soldiers at k or up to four words before it in the clause, or -1. */
function soldiersBefore(toks: Token[], k: number, lex: Lexicon): number {
  for (let j = k; j >= 0 && j > k - 5; j--) {
    const t = toks[j] as Token;
    if (isBoundary(t) || t.kind === NUM || inSet(t, CLAUSE_END)) return -1;
    if (lex.nouns[t.word] === 'military') return j;
  }
  return -1;
}

/** The troop metric of a verb up to three words before the noun at k ("выведет свой контингент"), or null. */
function troopVerbBefore(toks: Token[], k: number, lex: Lexicon): Metric | null {
  for (let j = k - 1; j >= 0 && j >= k - 3; j--) {
    const t = toks[j] as Token;
    if (isBoundary(t) || t.kind === NUM) return null;
    const m = lex.verbs[t.word];
    if (m === 'deployed' || m === 'withdrawn') return m;
  }
  return null;
}
