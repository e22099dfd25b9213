import { dateReader } from '../date-reader';
import { type Discourse, noteFigure, noteOrganisation, organisationFor } from '../discourse';
import { numberPhrases } from '../engine/number-phrase';
import { isBoundary } from '../engine/phrase-match';
import { type Token, tokenize } from '../engine/tokenize';
import type { Lexicon } from '../lexicon/lexicon';
import { type Figure, isTroopMetric } from '../types';
import { candidates } from './candidates';
import { claimedBy } from './claimed-by';
import { figureBefore, partyFromContext } from './figure-before';
import { metricOf } from './figure-metric';
import { partyOf } from './figure-party';
import { populationOf } from './figure-population';
import type { FigureState } from './figure-state';
import { freedCaptives } from './freed-captives';
import { neverFigure } from './never-figure';
import { headOf } from './noun-phrase';
import { outOfScope } from './out-of-scope';
import type { Speaker } from './speaker-name';
import { titleOfWork } from './title-of-work';

/**
 * Adds the figures of the window text[from, to) to `out`, read with one lexicon: each number with
 * its qualifier, unless it is never a figure; its noun phrase, metric, party, population and
 * speaker; what it lacks from the figure before it; the day of its claim when a date reader is
 * registered (date-reader.ts).
 */
export function figuresOfWindow(
  text: string,
  from: number,
  to: number,
  lex: Lexicon,
  out: Figure[],
  date: string | undefined,
  doc: Discourse,
  state: FigureState,
): void {
  const readDate = dateReader();
  // the tokens of this window only: the next window reuses them
  const toks = tokenize(text, from, to, lex, state, true);
  // the phrases and candidates of this window only, reused as the tokens are
  const nums = numberPhrases(text, toks, lex, state.phrases, true);
  let stop = 0;
  state.elided.next = -1;
  state.change.next = -1;
  for (const c of candidates(toks, nums, lex, state.candidates, true)) {
    if (neverFigure(toks, c, lex)) continue;
    const head = headOf(toks, c, lex, text, state.head);
    const found = metricOf(toks, c, head, lex, stop);
    if (!found) {
      // "the toll rose from 48 to 112": the new value counts what the earlier one did
      const later = state.change.later(text, toks, c);
      if (later) out.push(later);
      state.change.keep(text, toks, c, null);
      state.elided.keep(text, toks, c, head, lex);
      continue;
    }
    // "2,000 people gathered", "died of cholera", "dead at 69": not what a figure counts
    if (outOfScope(toks, c, head, found, lex)) continue;
    const start = (toks[c.from] as Token).start;
    const end = (toks[c.to - 1] as Token).end;
    // «Un millón de muertos»: the title of a book or film
    if (titleOfWork(text, start, end, lex)) continue;
    const near = figureBefore(out, start);
    // no metric of its own and no figure before to take one from: no figure
    if (found.metric === null && !near) continue;
    let metric = (found.metric ?? near?.metric) as Figure['metric'];
    // "the swap brought home 95 soldiers": prisoners freed
    if (isTroopMetric(metric) && freedCaptives(toks, c, head, lex)) metric = 'captured';
    const speaker = claimedBy(text, toks, c.from, lex, state.clause);
    const own = state.context;
    own.party = partyOf(text, toks, c, head, found, lex, speaker);
    own.population = populationOf(toks, head, found, text, lex);
    partyFromContext(toks, c, head, found, near, own, lex, doc, text, state);
    const party = own.party as string | null;
    const population = own.population;
    noteFigure(doc, party, population);
    const figText = text.slice(start, end);
    const by = speakerName(speaker, doc);
    const { low, high, qualifier } = c;
    // one class per shape: adding claimedBy afterwards would grow the object
    const fig: Figure = by
      ? new ClaimedFigure(start, end, figText, low, high, qualifier, metric, party, population, by)
      : new PlainFigure(start, end, figText, low, high, qualifier, metric, party, population);
    out.push(fig);
    // "about 40,000 South Korean and 5,000 US troops": the number before counts what this one does
    const before = state.elided.take(c, fig, head) ?? state.change.earlier(c, fig);
    if (before) out.splice(out.length - 1, 0, before);
    state.change.keep(text, toks, c, fig);
    // "Nearly 900 Russian and 300 Ukrainian soldiers were killed": "nearly" governs the next too
    if (!before) state.elided.keep(text, toks, c, head, lex, true);
    if (readDate) {
      const claimDate = readDate(...sentenceOf(text, toks, c.from, c.to, fig), { lang: lex.lang, date });
      if (claimDate) fig.claimDate = claimDate;
    }
    stop = c.to;
  }
}

/** A figure no sentence names a speaker of. */
class PlainFigure implements Figure {
  constructor(
    public start: number,
    public end: number,
    public text: string,
    public low: number | null,
    public high: number | null,
    public qualifier: Figure['qualifier'],
    public metric: Figure['metric'],
    public party: string | null,
    public population: Figure['population'],
  ) {}
}

/** A figure with the speaker its sentence names. */
class ClaimedFigure implements Figure {
  constructor(
    public start: number,
    public end: number,
    public text: string,
    public low: number | null,
    public high: number | null,
    public qualifier: Figure['qualifier'],
    public metric: Figure['metric'],
    public party: string | null,
    public population: Figure['population'],
    public claimedBy: string,
  ) {}
}

/**
 * The name a figure's speaker goes by: its own, or for one that points back ("the agency", "it",
 * "ведомство") the organisation named before; none when nothing was. Named organisations are
 * remembered for the speakers that point back to them later.
 */
function speakerName(speaker: Speaker | undefined, doc: Discourse): string | undefined {
  if (!speaker) return undefined;
  if (speaker.anaphor) return organisationFor(doc, speaker.noun) ?? undefined;
  if (speaker.organisation) noteOrganisation(doc, speaker.name);
  return speaker.name;
}

/** The sentence of the figure's tokens [a, b) and the figure's span in it, as the date reader takes them. */
function sentenceOf(
  text: string,
  toks: Token[],
  a: number,
  b: number,
  fig: Figure,
): [string, { start: number; end: number }] {
  let first = a;
  while (first > 0 && !isBoundary(toks[first - 1])) first--;
  let last = b;
  while (last < toks.length - 1 && !isBoundary(toks[last])) last++;
  const from = (toks[first] as Token).start;
  const to = (toks[Math.min(last, toks.length - 1)] as Token).end;
  return [text.slice(from, to), { start: fig.start - from, end: fig.end - from }];
}
