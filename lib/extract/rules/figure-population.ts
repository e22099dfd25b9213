import { NOUNS } from '../engine/phrase-lists';
import { phraseAt, phraseValue } from '../engine/phrase-match';
import type { Token } from '../engine/tokenize';
import { inSet, MODIFIERS } from '../engine/word-sets';
import type { Lexicon, NounKind } from '../lexicon/lexicon';
import type { Population } from '../types';
import type { MetricFound } from './figure-metric';
import type { Head } from './noun-phrase';
import { partyAt } from './party-name';

/**
 * Whose people the figure's noun counts: soldiers ("troops", "fighters", "Soldaten", "военных"),
 * civilians ("civilians", "children", "residents", "мирных жителей") or both ("soldiers and
 * civilians"). Null for a noun that says neither: "people", a nationality alone, "casualties".
 */
export function populationOf(
  toks: Token[],
  h: Head,
  m: MetricFound,
  text: string,
  lex: Lexicon,
): Population | null {
  let own: Population | null = null;
  if (h.kind === 'military' || (h.kind === 'metric' && h.soldiers && !h.civilians)) own = 'military';
  else if (h.kind === 'civilian' || h.civilians) own = 'civilian';
  // "military deaths reached 5,000", "civilian casualties rose to 200": the noun before the cue
  else if ((h.kind === 'none' || h.kind === 'metric') && (m.via === 'link' || m.via === 'backward'))
    return kindBefore(toks, m.cue);
  if (own === null) return null;
  if (h.soldiers && h.civilians) return 'mixed';
  const other = joinedKind(toks, h.end, text, lex);
  return other !== null && other !== own ? 'mixed' : own;
}

/** The kind of a noun of people joined to the head by "and": "soldiers and civilians", "Zivilisten und Soldaten". */
function joinedKind(toks: Token[], j: number, text: string, lex: Lexicon): Population | null {
  const t = toks[j];
  if (t === undefined || !lex.and.has(t.word)) return null;
  let k = j + 1;
  // "and local civilians", "and Ukrainian soldiers"
  for (let n = 0; n < 2 && k < toks.length; n++) {
    const p = partyAt(toks, k, text, lex);
    if (p) k += p.len;
    else if (inSet(toks[k], MODIFIERS)) k++;
    else break;
  }
  const len = phraseAt(toks, k, NOUNS);
  const kind = len > 0 ? (phraseValue(toks, k, len, NOUNS) as NounKind | undefined) : undefined;
  return kind === 'military' || kind === 'civilian' ? kind : null;
}

/** The kind of a noun of people just before the cue at `cue` ("Russian military deaths"), or null. */
function kindBefore(toks: Token[], cue: number): Population | null {
  for (let k = cue - 1; k >= cue - 2 && k >= 0; k--) {
    const kind = phraseValue(toks, k, 1, NOUNS) as NounKind | undefined;
    if (kind === 'military' || kind === 'civilian') return kind;
  }
  return null;
}
