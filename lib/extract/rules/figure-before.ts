import type { Discourse } from '../discourse';
import { isBoundary } from '../engine/phrase-match';
import type { ReadingState } from '../engine/reading-state';
import type { Token } from '../engine/token';
import type { Lexicon } from '../lexicon/lexicon';
import { isCiviliansSlug } from '../lexicon/parties';
import type { Figure, Population } from '../types';
import { amongTotalBefore, antecedentOf } from './antecedent';
import type { Candidate } from './candidates';
import type { MetricFound } from './figure-metric';
import { type PlaceBeforeFigure, placeBefore } from './figure-party';
import type { Head } from './noun-phrase';

/** How far back (UTF-16 units) an earlier figure can lend its metric and party to a later one. */
export const INHERIT = 400;

/** The figure before, when it ends at most INHERIT units before `start`: it may lend what a figure lacks. */
export function figureBefore(out: Figure[], start: number): Figure | undefined {
  const prev = out[out.length - 1];
  return prev && prev.end <= start && start - prev.end <= INHERIT ? prev : undefined;
}

/** No sentence ends between offset `from` and token a (the window starts at a sentence's start). */
function sameSentence(toks: Token[], a: number, from: number): boolean {
  if (from < (toks[0] as Token).start) return false;
  for (let k = a - 1; k >= 0 && (toks[k] as Token).start >= from; k--) if (isBoundary(toks[k])) return false;
  return true;
}

/**
 * Whose people a figure counts and who they are, where its own words (in `own`, written over) leave
 * them open (`party` undefined, `population` null), from the figure before it or the group the
 * document named:
 * - a figure that takes the metric of the one before ("including 300 children", "the total") takes its party;
 * - a figure that names nobody counts the people of the figure before it in its own sentence (or,
 *   soldiers, those of the one before it: the same army, as a report goes on);
 * - "300 soldiers were killed and 200 wounded": the same soldiers;
 * - "Among the dead were 100 women", "среди погибших 3457 детей": the side of the dead before;
 * - "around 2,000 of those soldiers", "2,000 of them": the group an earlier block named.
 */
export function partyFromContext(
  toks: Token[],
  c: Candidate,
  head: Head,
  found: MetricFound,
  near: Figure | undefined,
  own: { party: string | null | undefined; population: Population | null },
  lex: Lexicon,
  doc: Discourse,
  text: string,
  state: ReadingState & { place: PlaceBeforeFigure },
): void {
  let party = own.party;
  const named = party !== undefined;
  let population = own.population;
  let inherits = false;
  if (found.metric === null && near && (party === undefined || found.via === 'anaphora')) {
    party = near.party;
    inherits = true;
  }
  // "Among the dead were 300 women": of the side of the dead counted before
  if (party === undefined && near && amongTotalBefore(toks, c, lex)) {
    party = near.party;
    inherits = true;
  }
  if (party === undefined) {
    inherits = near !== undefined && (head.kind === 'military' || sameSentence(toks, c.from, near.end));
    party = inherits ? (near as Figure).party : null;
  }
  if (
    population === null &&
    near !== undefined &&
    (head.kind === 'none' || head.kind === 'metric') &&
    (inherits || sameSentence(toks, c.from, near.end))
  )
    population = near.population ?? null;
  if (party === null && !inherits) {
    const group = antecedentOf(toks, c, head, lex, doc);
    if (group) {
      party = group.party;
      population ??= group.population;
    }
  }
  // the dead or wounded whose side nothing names: of the country the text says it happened in
  if (party === null && !named && !inherits && countsPlace(found)) {
    party = placeBefore(text, toks, c.from, lex, state);
    // soldiers are no civilians: a city's name ("sent to Kursk") does not say whose they are
    if (head.kind === 'military' && party !== null && isCiviliansSlug(party)) party = null;
  }
  own.party = party;
  own.population = population;
}

const countsPlace = (m: MetricFound): boolean =>
  m.metric === 'killed' || m.metric === 'wounded' || m.metric === 'missing' || m.metric === 'casualties';

/** A figure's party and population as its words give them, then as its context does (written over for each figure). */
export class FigureContext {
  party: string | null | undefined = null;
  population: Population | null = null;
}
