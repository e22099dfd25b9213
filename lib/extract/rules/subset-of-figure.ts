import { SUBSET_END } from '../engine/phrase-lists';
import { isBoundary, phraseBefore } from '../engine/phrase-match';
import { isPunct, NUM, type Token } from '../engine/token';
import type { Lexicon } from '../lexicon/lexicon';
import type { Candidate } from './candidates';
import type { MetricFound } from './metric-found';

/** "including 300 children", "120 of them", "put the total at 315,000": refers to the previous figure. */
export function subsetOfFigure(toks: Token[], c: Candidate, lex: Lexicon, stop: number): MetricFound | false {
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
