import { ACCORDING, STARTS_NUMBER } from '../engine/phrase-lists';
import { isBoundary, phraseAt } from '../engine/phrase-match';
import { NUM, PUNCT, type Token } from '../engine/tokenize';
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
import { type Speaker, speakerOf } from './speaker-name';

const MAX_NP = 8;
/** tokens looked at on each side of a figure: a sentence, or a bounded piece of a run-on text */
const SENTENCE = 60;

/**
 * Who the sentence says stated the figure at token i: "according to X", "X said", "said X",
 * "citing X", "it said". Returns the speaker (see speaker-name.ts), or undefined.
 */
export function claimedBy(
  text: string,
  toks: Token[],
  i: number,
  lex: Lexicon,
  cache: ClauseCache,
): Speaker | undefined {
  // the figure's clause: a sentence, or its part between semicolons ("...killed 20,000; Hamas says...")
  let sa = i;
  while (sa > 0 && i - sa < SENTENCE && !endsClause(toks[sa - 1] as Token)) sa--;
  // the same clause of the same text (extraction reuses its array of tokens from window to window)
  const at = (toks[sa] as Token).s;
  if (cache.at === at && cache.sa === sa && cache.toks === toks && cache.text === text && cache.lex === lex)
    return cache.by;
  let se = i;
  while (se < toks.length && se - i < SENTENCE && !endsClause(toks[se] as Token)) se++;
  cache.toks = toks;
  cache.sa = sa;
  cache.at = at;
  cache.text = text;
  cache.lex = lex;
  cache.by = find(text, toks, sa, se, lex, cache.name);
  return cache.by;
}

/** A sentence's end or a semicolon. */
const endsClause = (t: Token): boolean => t.k === PUNCT && (t.g || t.w === ';');

/** A noun phrase's tokens [a, b], and whether it names someone (a capital, an institution). */
interface NameSpan {
  a: number;
  b: number;
  named: boolean;
}

/**
 * The last clause looked at and its speaker (figures of one sentence share their attribution), and
 * the noun phrase `nounPhrase` fills. Part of the per-call state (figure-state.ts).
 */
export class ClauseCache {
  toks: Token[] | null = null;
  sa = -1;
  at = -1;
  text = '';
  lex: Lexicon | null = null;
  by: Speaker | undefined = undefined;
  readonly name: NameSpan = { a: 0, b: 0, named: false };

  /** Forgets the last clause (at the end of a text: it holds the text and its tokens). */
  forget(): void {
    this.toks = null;
    this.text = '';
    this.lex = null;
    this.sa = -1;
    this.at = -1;
  }
}

function find(
  text: string,
  toks: Token[],
  sa: number,
  se: number,
  lex: Lexicon,
  name: NameSpan,
): Speaker | undefined {
  // one pass over the words' bits finds where "according to" and "said" can be
  let said = se;
  for (let j = sa; j < se; j++) {
    const t = toks[j] as Token;
    if (said === se && inSet(t, SAID)) said = j;
    if ((t.f & ACCORDING) === 0) continue;
    const acc = phraseAt(toks, j, ACCORDING);
    // "per cent" is no source
    if (acc > 0 && !inSet(t, SAID) && !unitWord(toks, j + acc, lex)) {
      const np = nounPhrase(toks, j + acc, se, 1, lex, name);
      if (np) return speakerOf(text, toks, np.a, np.b, lex) ?? undefined;
    }
  }
  for (let j = said; j < se; j++) {
    const t = toks[j] as Token;
    if (inSet(t, SAID) && !saysNothing(toks, j, lex)) {
      // "Le ministère a indiqué", "Минобороны было сообщено": the speaker before the auxiliary
      let k = j - 1;
      if (k > sa && inSet(toks[k], AUX) && !inSet(toks[k - 1], AUX)) k--;
      const before = nounPhrase(toks, k, sa - 1, -1, lex, name);
      if (before?.named) return speakerOf(text, toks, before.a, before.b, lex) ?? undefined;
      // "it said", "they said": a speaker named before
      if (!before && j > sa && lex.speakerAnaphora.has((toks[j - 1] as Token).w))
        return speakerOf(text, toks, j - 1, j - 1, lex) ?? undefined;
      const after = nounPhrase(toks, j + 1, se, 1, lex, name);
      if (after?.named && (toks[j - 1]?.w === ',' || j === sa))
        return speakerOf(text, toks, after.a, after.b, lex) ?? undefined;
    }
  }
  return undefined;
}

/** "per cent" after "per": the word at k completes a unit, it names no source. */
function unitWord(toks: Token[], k: number, lex: Lexicon): boolean {
  const only = lex.unitsOnlyWith.get((toks[k - 1] as Token).w);
  return only !== undefined && toks[k]?.w === only;
}

/**
 * "an estimated 900", "a reported 300", "was said": the word of saying at j describes the number
 * or is passive, and names no speaker ("a" before a verb of saying is French "a indiqué").
 */
function saysNothing(toks: Token[], j: number, lex: Lexicon): boolean {
  const prev = toks[j - 1];
  if (inSet(prev, NOT_SAYING)) return true;
  if (prev === undefined || !lex.describingArticles.has(prev.w)) return false;
  const next = toks[j + 1];
  return (
    next !== undefined && (next.k === NUM || (next.f & STARTS_NUMBER) !== 0 || inSet(next, QUALIFIER_STARTS))
  );
}

/**
 * "de", "du", "der" (with an article after it) going on into a capitalised word: the name goes on,
 * "el Ministerio de Sanidad de Gaza", "le ministère de la Défense", "dem Ministerium der Ukraine".
 */
function joinsName(toks: Token[], j: number, lex: Lexicon): boolean {
  const t = toks[j] as Token;
  if (!lex.rules.nameEndsAtFunctionWord) return false;
  if (!lex.of.has(t.w) && !lex.partyArticles.has(t.w) && !lex.ofArticles.has(t.w)) return false;
  let k = j + 1;
  if (lex.partyArticles.has(toks[k]?.w ?? '')) k++;
  return toks[k]?.cap === true;
}

/** Words from j in direction dir up to a stop, written into `out`, or null; valid until the next call. */
function nounPhrase(
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
    if (t.k === PUNCT && t.w !== '-' && t.w !== '.' && t.w !== "'") break;
    if (isBoundary(t) || inSet(t, NAME_STOPS)) break;
    // "nach Angaben des Ministeriums mehr als 300", "according to officials 300": the name ends there
    if (dir > 0 && first >= 0 && (t.k === NUM || inSet(t, QUALIFIER_STARTS)) && !joinsName(toks, j, lex))
      break;
    // where names end at function words: those and any number end the name too
    const article = first < 0 && dir > 0 && lex.partyArticles.has(t.w);
    if (
      lex.rules.nameEndsAtFunctionWord &&
      !article &&
      !(first >= 0 && joinsName(toks, j, lex)) &&
      (t.k === NUM || inSet(t, STOP) || inSet(t, AUX) || lex.before[t.w])
    )
      break;
    // "the ministry", "ведомство": a speaker that points back is named by what it points to
    if (t.cap || inSet(t, INSTITUTIONS) || lex.speakerAnaphora.has(t.w)) named = true;
    if (first < 0) first = j;
    last = j;
  }
  if (first < 0) return null;
  out.a = dir > 0 ? first : last;
  out.b = dir > 0 ? last : first;
  out.named = named;
  return out;
}
