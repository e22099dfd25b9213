import { STARTS_NUMBER } from '../engine/phrase-lists';
import { isBoundary } from '../engine/phrase-match';
import { NUM, PUNCT, type Token } from '../engine/token';
import {
  AUX,
  INSTITUTIONS,
  inSet,
  NAME_STOPS,
  NOT_SAYING,
  QUALIFIER_STARTS,
  SAID,
  STOP,
} from '../engine/word-sets';
import type { Lexicon } from '../lexicon/lexicon';

/** Words a speaker's name has at most. */
const MAX_NP = 8;

/** A noun phrase's tokens [a, b], and whether it names someone (a capital, an institution). */
export interface NameSpan {
  from: number;
  to: number;
  named: boolean;
}

/** "per cent" after "per": the word at k completes a unit, it names no source. */
export function unitWord(toks: Token[], k: number, lex: Lexicon): boolean {
  const only = lex.unitsOnlyWith.get((toks[k - 1] as Token).word);
  return only !== undefined && toks[k]?.word === only;
}

/**
 * "an estimated 900", "a reported 300", "was said": the word of saying at j describes the number
 * or is passive, and names no speaker ("a" before a verb of saying is French "a indiqué").
 */
export function saysNothing(toks: Token[], j: number, lex: Lexicon): boolean {
  const prev = toks[j - 1];
  if (inSet(prev, NOT_SAYING)) return true;
  if (prev === undefined || !lex.describingArticles.has(prev.word)) return false;
  const next = toks[j + 1];
  return (
    next !== undefined &&
    (next.kind === NUM || (next.starts & STARTS_NUMBER) !== 0 || inSet(next, QUALIFIER_STARTS))
  );
}

/**
 * "de", "du", "der" (with an article after it) going on into a capitalised word: the name goes on,
 * "el Ministerio de Sanidad de Gaza", "le ministère de la Défense", "dem Ministerium der Ukraine".
 */
export function joinsName(toks: Token[], j: number, lex: Lexicon): boolean {
  const t = toks[j] as Token;
  if (!lex.rules.nameEndsAtFunctionWord) return false;
  if (!lex.of.has(t.word) && !lex.partyArticles.has(t.word) && !lex.ofArticles.has(t.word)) return false;
  let k = j + 1;
  if (lex.partyArticles.has(toks[k]?.word ?? '')) k++;
  return toks[k]?.capital === true;
}

/** Words from j in direction dir up to a stop, written into `out`, or null; valid until the next call. */
export function nounPhrase(
  toks: Token[],
  j: number,
  limit: number,
  dir: number,
  lex: Lexicon,
  out: NameSpan,
): NameSpan | null {
  let first = -1;
  let last = -1;
  let named = false;
  for (let n = 0; n < MAX_NP && j !== limit && j >= 0 && j < toks.length; n++, j += dir) {
    const t = toks[j] as Token;
    if (t.kind === PUNCT && t.word !== '-' && t.word !== '.' && t.word !== "'") break;
    if (isBoundary(t) || inSet(t, NAME_STOPS)) break;
    // "wie ein Abgeordneter berichtete": where nouns have capitals, a lowercase word of saying is the verb after the name
    if (dir > 0 && first >= 0 && lex.capNouns && !t.capital && inSet(t, SAID)) break;
    // "nach Angaben des Ministeriums mehr als 300", "according to officials 300": the name ends there
    if (dir > 0 && first >= 0 && (t.kind === NUM || inSet(t, QUALIFIER_STARTS)) && !joinsName(toks, j, lex))
      break;
    // where names end at function words: those and any number end the name too
    const article = first < 0 && dir > 0 && lex.partyArticles.has(t.word);
    if (
      lex.rules.nameEndsAtFunctionWord &&
      !article &&
      !(first >= 0 && joinsName(toks, j, lex)) &&
      (t.kind === NUM || inSet(t, STOP) || inSet(t, AUX) || lex.before[t.word])
    )
      break;
    // "the ministry", "ведомство": a speaker that points back is named by what it points to
    if (t.capital || inSet(t, INSTITUTIONS) || lex.speakerAnaphora.has(t.word)) named = true;
    if (first < 0) first = j;
    last = j;
  }
  if (first < 0) return null;
  out.from = dir > 0 ? first : last;
  out.to = dir > 0 ? last : first;
  out.named = named;
  return out;
}

/**
 * "Hospitals in Goma", "Ärzte in Gaza", "врачи в Газе": where the name before a verb of saying
 * (`name`, read backwards) is the object of an "in" word, the speaker is the noun phrase that
 * word belongs to, when that one names someone; the place alone is not the speaker. Widens
 * `name` to the head's first word and returns true, or leaves it.
 */
export function withPlaceHead(
  toks: Token[],
  name: NameSpan,
  floor: number,
  lex: Lexicon,
  head: NameSpan,
): boolean {
  const prep = name.from - 1;
  if (prep - 1 <= floor || !lex.inWords.has((toks[prep] as Token).word)) return false;
  const found = nounPhrase(toks, prep - 1, floor, -1, lex, head);
  if (!found?.named || found.to !== prep - 1) return false;
  name.from = found.from;
  return true;
}
