import { SUBSET_END } from '../engine/phrase-lists';
import { isBoundary, phraseBefore } from '../engine/phrase-match';
import { isPunct, NUM, type Token } from '../engine/token';
import {
  ADDITION_WORDS,
  CHANGE_BY,
  CHANGE_TO,
  inSet,
  JOIN_WORDS,
  OF,
  PARTITIVE_PRONOUNS,
  YEAR_BEFORE,
} from '../engine/word-sets';
import type { Lexicon } from '../lexicon/lexicon';
import type { Candidate } from './candidates';
import type { MetricFound } from './metric-found';

/** A year after a word of dates ("in 2022", "im Jahr 2023"): no count. */
function yearAt(toks: Token[], j: number): boolean {
  const t = toks[j] as Token;
  return (
    t.digits === 4 && !t.decimal && t.value >= 1900 && t.value <= 2100 && inSet(toks[j - 1], YEAR_BEFORE)
  );
}

/** "including 300 children", "120 of them", "put the total at 315,000": refers to the previous figure. */
export function subsetOfFigure(toks: Token[], c: Candidate, lex: Lexicon, stop: number): MetricFound | false {
  let i = c.from;
  if (isPunct(toks[i - 1], ',')) i--;
  if (phraseBefore(toks, i, SUBSET_END) > 0) return { metric: null, via: 'subset', cue: -1 };
  // "Another 2,000 are expected": more of the figure before
  if (inSet(toks[c.from - 1], ADDITION_WORDS)) return { metric: null, via: 'subset', cue: -1 };
  // "the toll rose by 12 to 85": the new total, of what the rise counts
  if (
    inSet(toks[c.from - 1], CHANGE_TO) &&
    toks[c.from - 2]?.kind === NUM &&
    inSet(toks[c.from - 3], CHANGE_BY)
  )
    return { metric: null, via: 'subset', cue: -1 };
  if (inSet(toks[c.to], OF) && inSet(toks[c.to + 1], PARTITIVE_PRONOUNS))
    return { metric: null, via: 'subset', cue: -1 };
  if (countPronounBefore(toks, c, lex)) return { metric: null, via: 'subset', cue: -1 };
  for (let j = c.from - 1, n = 0; j >= 0 && n < 7; j--, n++) {
    const t = toks[j] as Token;
    if (isBoundary(t) || t.kind === NUM) break;
    const det = toks[j - 1];
    // "the total", "Ukraine's tally" (not "in total")
    // ("a total of 15,000 troops" counts anew)
    if (
      lex.anaphora.has(t.word) &&
      det &&
      (lex.determiners.has(det.word) || det.possessive) &&
      !(det.word === 'a' && toks[j + 1]?.word === 'of')
    )
      return { metric: null, via: 'anaphora', cue: -1 };
  }
  // "about 900 troops in Syria and 2,500 in Iraq": a bare number joined to the figure before it
  // (joined right before it: "killed 1,139 people and took 251 hostages" has a verb of its own)
  // (a number in words only in a list after "including": "including nine children and four women")
  const joinable = !c.number.spelled || listAfterSubset(toks, stop);
  if (stop > 0 && c.from - stop <= 9 && joinable && !inSet(toks[c.to], OF)) {
    // (in another language an aside may come between: "(по другим оценкам — до 15 тысяч)")
    for (let j = stop; j < c.from; j++) {
      const w = (toks[j] as Token).word;
      // "400 in 2022 and 693 in 2023": a year between them joins them still
      if (isBoundary(toks[j]) || ((toks[j] as Token).kind === NUM && !yearAt(toks, j))) break;
      if (!lex.rules.joinedAcrossAside && j < c.from - 1) continue;
      if (inSet(toks[j], JOIN_WORDS) || (lex.rules.joinedAcrossAside && w === '('))
        return { metric: null, via: 'subset', cue: -1 };
    }
  }
  return false;
}

/** True when the figure that ended at token `stop` is an item of a list after a subset word ("including nine children"). */
function listAfterSubset(toks: Token[], stop: number): boolean {
  for (let k = stop - 1, n = 0; k > 0 && n < 6; k--, n++) {
    if (isBoundary(toks[k])) return false;
    if (phraseBefore(toks, k, SUBSET_END) > 0) return true;
  }
  return false;
}

/** "alors qu'on en comptait 632", "il n'en reste que 300": a pronoun before the verb stands for what the figure before counts. */
function countPronounBefore(toks: Token[], c: Candidate, lex: Lexicon): boolean {
  if (lex.countPronouns.size === 0) return false;
  for (let j = c.from - 1, n = 0; j > 0 && n < 4; j--, n++) {
    const t = toks[j] as Token;
    if (isBoundary(t) || t.kind === NUM) return false;
    if (lex.countPronouns.has(`${(toks[j - 1] as Token).word} ${t.word}`)) return true;
  }
  return false;
}
