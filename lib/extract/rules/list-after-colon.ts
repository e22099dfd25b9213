import { CUES_END } from '../engine/phrase-lists';
import { isBoundary, keyOf, phraseBefore } from '../engine/phrase-match';
import { NUM, PUNCT, type Token, WORD } from '../engine/token';
import type { Lexicon } from '../lexicon/lexicon';
import type { Metric } from '../types';
import type { Candidate } from './candidate';
import type { MetricFound } from './metric-found';

/** How many tokens back from a bare number the colon of its list is looked for. */
const LIST_REACH = 16;
/** Words of a label before an item's number: "Zentrum — 420", "north, 120". */
const LABEL_WORDS = 3;

/**
 * A bare number that is an item of a list after a colon counts what the words just before the
 * colon say: "Verluste: Norden — 120, Zentrum — 420" (losses), "Casualties by unit: first, 40;
 * second, 75". Null when it is no such item, or the words before the colon name nothing counted.
 */
export function listAfterColon(toks: Token[], c: Candidate, lex: Lexicon): MetricFound | null {
  let words = 0;
  for (let k = c.from - 1; k >= 0 && k >= c.from - LIST_REACH; k--) {
    const t = toks[k] as Token;
    if (t.kind === PUNCT && t.word === ':') return cueBeforeColon(toks, k, lex);
    if (isBoundary(t)) return null;
    if (t.kind === NUM) words = 0;
    else if (t.kind === WORD) {
      if (++words > LABEL_WORDS) return null;
    } else if (!ITEM_MARKS.includes(t.word)) return null;
    else words = 0;
  }
  return null;
}

/** The cue among the few words before the colon at token `colon`: "Russian losses by region:". */
function cueBeforeColon(toks: Token[], colon: number, lex: Lexicon): MetricFound | null {
  for (let j = colon - 1; j >= 0 && j >= colon - HEADING_WORDS; j--) {
    const t = toks[j] as Token;
    // "Darfur (2003-present):": a cue in brackets or past a number is no heading's
    if (t.kind !== WORD || isBoundary(t)) return null;
    const len = phraseBefore(toks, j + 1, CUES_END);
    if (len > 0) {
      const s = j + 1 - len;
      // "tanks lost by brigade:": a list of things
      if (lex.nouns[toks[s - 1]?.word ?? ''] === 'nonfig') return null;
      return { metric: lex.cues[keyOf(toks, s, j + 1)] as Metric, via: 'backward', cue: s };
    }
  }
  return null;
}

/** Words of the heading before a list's colon that are searched for its cue. */
const HEADING_WORDS = 8;

/** Marks that part a list's items and their labels. */
const ITEM_MARKS = [',', ';', '—', '–', '-'];
