import { CUES, STARTS_NUMBER } from '../engine/phrase-lists';
import { isBoundary, phraseAt } from '../engine/phrase-match';
import { isPunct, NUM, PUNCT, type Token, WORD } from '../engine/token';
import { AUX, inSet, OF, OF_DETERMINERS } from '../engine/word-sets';
import type { Lexicon } from '../lexicon/lexicon';
import type { Candidate } from './candidates';

/** Words looked at after a number for its own casualty word or the part's comma. */
const MAX_WORDS = 6;

/**
 * The candidate is the whole a part is taken of: "300 of the 1,200 soldiers were killed", "a third
 * of its 3,000 men", "Of the 300 soldiers, 12 were killed" (the 1,200 and 300 are no figures),
 * unless its own words count it ("most of the 300 soldiers killed"). Language rule `partOfWhole`.
 */
export function isWholeOfPart(toks: Token[], c: Candidate, lex: Lexicon): boolean {
  return (
    lex.rules.partOfWhole &&
    (isWholeAfterPart(toks, c.from, lex) || isWholeBeforePart(toks, c.from, c.to, lex)) &&
    !countedItself(toks, c.to)
  );
}

/**
 * The whole is itself counted by a casualty word of its own noun phrase, not of the part's verb:
 * "most of the 300 soldiers killed were conscripts", "1,000 of the 3,000 casualties were civilians".
 */
function countedItself(toks: Token[], b: number): boolean {
  for (let j = b; j < b + MAX_WORDS && j < toks.length; j++) {
    const t = toks[j] as Token;
    if (t.kind !== WORD || inSet(t, AUX)) return false;
    if (phraseAt(toks, j, CUES) > 0) return true;
  }
  return false;
}

/** The index of the "of" (and determiner) just before token a ("of the 300", "of 300"), or -1. */
function ofBefore(toks: Token[], a: number, _lex: Lexicon): number {
  const t = toks[a - 1];
  if (t === undefined) return -1;
  if (inSet(t, OF)) return a - 1;
  // the determiners are asked only after an "of" (most words before a number follow none)
  return inSet(toks[a - 2], OF) && inSet(t, OF_DETERMINERS) ? a - 2 : -1;
}

/**
 * The number at a follows "N of (the)", N in digits, or a word for a part ("a third of its", "most
 * of the"): it is the whole, not what is counted ("one of the 300" names a member, not a part).
 */
function isWholeAfterPart(toks: Token[], a: number, lex: Lexicon): boolean {
  const i = ofBefore(toks, a, lex);
  if (i < 0) return false;
  const part = toks[i - 1];
  return part !== undefined && (part.kind === NUM || lex.partWords.has(part.word));
}

/**
 * The number at [a, b) is the whole a clause then takes a part of: "Of the 300 soldiers, 12 were
 * killed" (the 12 is the figure, as in "12 of the 300").
 */
function isWholeBeforePart(toks: Token[], a: number, b: number, lex: Lexicon): boolean {
  const i = ofBefore(toks, a, lex);
  if (i < 0 || (!isBoundary(toks[i - 1]) && !isPunct(toks[i - 1], ','))) return false;
  for (let j = b; j < b + MAX_WORDS && j < toks.length; j++) {
    const t = toks[j] as Token;
    if (t.kind === NUM || isBoundary(t)) return false;
    if (t.kind === PUNCT) return t.word === ',' && numberSoon(toks, j + 1);
  }
  return false;
}

/** A number within the first few words from k, in the same clause ("about 100", "only some 40"). */
function numberSoon(toks: Token[], k: number): boolean {
  for (let j = k; j < k + 4 && j < toks.length; j++) {
    const t = toks[j] as Token;
    if (t.kind === NUM || (t.kind === WORD && (t.starts & STARTS_NUMBER) !== 0)) return true;
    if (t.kind !== WORD) return false;
  }
  return false;
}
