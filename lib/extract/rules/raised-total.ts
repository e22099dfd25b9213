import { NOUNS } from '../engine/phrase-lists';
import { isBoundary, keyOf, phraseAt } from '../engine/phrase-match';
import { NUM, type Token } from '../engine/token';
import { CHANGE_TO, CLAUSE_END, inSet } from '../engine/word-sets';
import type { Lexicon } from '../lexicon/lexicon';
import type { Candidate } from './candidates';
import { casualtyLater } from './cue-after';
import type { MetricFound } from './metric-found';

/** How many words may stand between the verb and its "to": "elevó (este domingo) a 103". */
const VERB_REACH = 3;

/**
 * "elevó a 54 el número de muertos", "a porté à 54 le nombre de morts", "ascienden a 300 los
 * muertos", "on estime à 8 000 le nombre de tués": a verb of change or of a total and its "to"
 * before the number, the total named after it. The casualty word after the number says what the
 * total counts; the number is that exact total.
 */
export function raisedTotal(toks: Token[], c: Candidate, lex: Lexicon): MetricFound | null {
  if (!inSet(toks[c.from - 1], CHANGE_TO)) return null;
  // "elevó a 103 el número de muertos y a 235 el de heridos": "and to" repeats the verb before
  const repeated = lex.and.has(toks[c.from - 2]?.word ?? '');
  if (!repeated && verbOfTotal(toks, c.from - 1, lex) < 0) return null;
  return casualtyLater(toks, c.to);
}

/**
 * A number is the new level of a total: "the toll has climbed to twelve", "auf zehn gestiegen",
 * "a porté à dix": its "to" follows a verb of change or of a total, or (German) the verb follows
 * the number. Numbers spelled out are figures there even with no noun after them.
 */
export function newLevelOf(toks: Token[], c: Candidate, lex: Lexicon): boolean {
  if (!inSet(toks[c.from - 1], CHANGE_TO)) return false;
  if (verbOfTotal(toks, c.from - 1, lex) >= 0) return true;
  const after = toks[c.to];
  return after !== undefined && lex.changeVerbs.has(after.word);
}

/** The index of a verb of change or total a few words before token `to`, in its clause, or -1. */
function verbOfTotal(toks: Token[], to: number, lex: Lexicon): number {
  for (let k = to - 1; k >= 0 && k >= to - 1 - VERB_REACH; k--) {
    const t = toks[k] as Token;
    if (isBoundary(t) || t.kind === NUM) return -1;
    if (lex.changeVerbs.has(t.word) || lex.totalVerbs.has(t.word)) return k;
  }
  return -1;
}

/** How many words before a new level its verb and its soldiers are looked for. */
const LEVEL_REACH = 10;

/**
 * "cut its troops in Iraq to 3,000", "the number of US troops fell to 50,000", "has dropped below
 * 10,000", "reduziert ihre Soldaten auf 300": a number after the "to" of a change (or right after
 * its verb) whose clause names soldiers before it is the new level of a deployment.
 */
export function troopLevel(toks: Token[], c: Candidate, lex: Lexicon): MetricFound | null {
  let k = c.from - 1;
  if (inSet(toks[k], CHANGE_TO)) k--;
  else if (!lex.changeVerbs.has(toks[k]?.word ?? '')) return null;
  let verb = false;
  let noun = -1;
  for (let j = k, n = 0; j >= 0 && n < LEVEL_REACH; j--, n++) {
    const t = toks[j] as Token;
    if (isBoundary(t) || t.kind === NUM || inSet(t, CLAUSE_END)) break;
    if (lex.changeVerbs.has(t.word)) verb = true;
    const len = phraseAt(toks, j, NOUNS);
    if (len > 0 && lex.nouns[keyOf(toks, j, j + len)] === 'military') noun = j;
  }
  return verb && noun >= 0 ? { metric: 'deployed', via: 'verb', cue: noun } : null;
}
