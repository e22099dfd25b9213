import { ANTI, CUES, CUES_END } from '../engine/phrase-lists';
import { isBoundary, keyOf, phraseAt, phraseBefore, valueBefore } from '../engine/phrase-match';
import { NUM, type Token } from '../engine/token';
import { CLAUSE_END, inSet, PASSIVE_AUX } from '../engine/word-sets';
import type { Lexicon } from '../lexicon/lexicon';
import type { Metric } from '../types';
import { objectAt } from './active-verb-object';
import type { MetricFound } from './metric-found';

/** Tokens a cue is looked for before a number. */
export const BACKWARD = 24;

/** The nearest cue in the clause, forward (dir 1) or backward (dir -1). An anti-cue first means no figure. */
export function clauseCue(
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
      if (dir > 0 && j > from && (toks[j - 1] as Token).kind === NUM) return false;
      if (dir > 0 && !inSet(toks[j - 1], PASSIVE_AUX) && objectAt(toks, j + len, lex)) return false;
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

/** "В ее составе - 3000 военнослужащих": a word pointing back reads the cue of the sentence before. */
export function previousSentence(toks: Token[], a: number, lex: Lexicon): MetricFound | null {
  let j = a - 1;
  let ref = false;
  for (; j >= 0 && a - j < 12; j--) {
    const t = toks[j] as Token;
    if (isBoundary(t)) break;
    if (lex.crossRefs.has(t.word)) ref = true;
  }
  if (!ref || j < 0 || !isBoundary(toks[j])) return null;
  for (let k = j - 1, n = 0; k >= 0 && n < BACKWARD; k--, n++) {
    const t = toks[k] as Token;
    if (isBoundary(t) || t.kind === NUM) return null;
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
