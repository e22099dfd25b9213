import { ACCORDING } from '../engine/phrase-lists';
import { phraseAt } from '../engine/phrase-match';
import { PUNCT, type Token } from '../engine/tokenize';
import { AUX, inSet, SAID } from '../engine/word-sets';
import type { Lexicon } from '../lexicon/lexicon';
import { type Speaker, speakerOf } from './speaker-name';
import { type NameSpan, nounPhrase, saysNothing, unitWord, withPlaceHead } from './speaker-phrase';

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
  const at = (toks[sa] as Token).start;
  if (
    cache.clauseStart === at &&
    cache.clauseFrom === sa &&
    cache.toks === toks &&
    cache.text === text &&
    cache.lex === lex
  )
    return cache.by;
  let se = i;
  while (se < toks.length && se - i < SENTENCE && !endsClause(toks[se] as Token)) se++;
  cache.toks = toks;
  cache.clauseFrom = sa;
  cache.clauseStart = at;
  cache.text = text;
  cache.lex = lex;
  cache.by = find(text, toks, sa, se, lex, cache.name, cache.head);
  return cache.by;
}

/** A sentence's end or a semicolon. */
const endsClause = (t: Token): boolean => t.kind === PUNCT && (t.ends || t.word === ';');

/**
 * The last clause looked at and its speaker (figures of one sentence share their attribution), and
 * the noun phrase `nounPhrase` fills. Part of the per-call state (figure-state.ts).
 */
export class ClauseCache {
  toks: Token[] | null = null;
  clauseFrom = -1;
  clauseStart = -1;
  text = '';
  lex: Lexicon | null = null;
  by: Speaker | undefined = undefined;
  readonly name: NameSpan = { from: 0, to: 0, named: false };
  /** the noun phrase a place in the name belongs to (`withPlaceHead`) */
  readonly head: NameSpan = { from: 0, to: 0, named: false };

  /** Forgets the last clause (at the end of a text: it holds the text and its tokens). */
  forget(): void {
    this.toks = null;
    this.text = '';
    this.lex = null;
    this.clauseFrom = -1;
    this.clauseStart = -1;
  }
}

function find(
  text: string,
  toks: Token[],
  sa: number,
  se: number,
  lex: Lexicon,
  name: NameSpan,
  head: NameSpan,
): Speaker | undefined {
  // one pass over the words' bits finds where "according to" and "said" can be
  let said = se;
  for (let j = sa; j < se; j++) {
    const t = toks[j] as Token;
    if (said === se && inSet(t, SAID)) said = j;
    if ((t.starts & ACCORDING) === 0) continue;
    const acc = phraseAt(toks, j, ACCORDING);
    // "per cent" is no source
    if (acc > 0 && !inSet(t, SAID) && !unitWord(toks, j + acc, lex)) {
      const np = nounPhrase(toks, j + acc, se, 1, lex, name);
      if (np) return speakerOf(text, toks, np.from, np.to, lex) ?? undefined;
    }
  }
  for (let j = said; j < se; j++) {
    const t = toks[j] as Token;
    if (inSet(t, SAID) && !saysNothing(toks, j, lex)) {
      // "Le ministère a indiqué", "Минобороны было сообщено": the speaker before the auxiliary
      let k = j - 1;
      if (k > sa && inSet(toks[k], AUX) && !inSet(toks[k - 1], AUX)) k--;
      const before = nounPhrase(toks, k, sa - 1, -1, lex, name);
      // "Officials in the region said": a head that names someone makes the whole a speaker
      if (before && (withPlaceHead(toks, before, sa - 1, lex, head) || before.named))
        return speakerOf(text, toks, before.from, before.to, lex) ?? undefined;
      // "it said", "they said": a speaker named before
      if (!before && j > sa && lex.speakerAnaphora.has((toks[j - 1] as Token).word))
        return speakerOf(text, toks, j - 1, j - 1, lex) ?? undefined;
      const after = nounPhrase(toks, j + 1, se, 1, lex, name);
      // "..., said X", "..., a déclaré X" (the auxiliary after the comma)
      if (after?.named && (toks[j - 1]?.word === ',' || toks[k]?.word === ',' || j === sa))
        return speakerOf(text, toks, after.from, after.to, lex) ?? undefined;
    }
  }
  return undefined;
}
