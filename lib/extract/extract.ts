import { dateReader } from './date-reader';
import { createDiscourse, type Discourse, noteFigure, noteOrganisation, organisationFor } from './discourse';
import { cueSearch, inheritSearch } from './engine/cue-filter';
import { type Detector, detect, detector } from './engine/language-detector';
import { numberPhrases } from './engine/number-phrase';
import { isBoundary } from './engine/phrase-match';
import { type Token, tokenize } from './engine/tokenize';
import { findWindows, stopAt, type TriggerSet, triggerSet } from './engine/window-scan';
import type { Lexicon } from './lexicon/lexicon';
import {
  DEFAULT_LANGUAGE,
  lexiconFor,
  lexiconsVersion,
  loadedLexicons,
  triggerWords,
} from './lexicon/registry';
import { antecedentOf } from './rules/antecedent';
import { candidates } from './rules/candidates';
import { claimedBy } from './rules/claimed-by';
import { metricOf } from './rules/figure-metric';
import { partyOf } from './rules/figure-party';
import { populationOf } from './rules/figure-population';
import { type FigureState, figureState } from './rules/figure-state';
import { neverFigure } from './rules/never-figure';
import { headOf } from './rules/noun-phrase';
import type { Speaker } from './rules/speaker-name';
import type { ExtractOptions, Figure } from './types';

/** How far back (UTF-16 units) an earlier figure can lend its metric and party to a later one. */
const INHERIT = 400;

/** The scan's search and the searches of relevant.ts of a lexicon, or of several read together. */
interface Searches {
  trig: TriggerSet;
  cues: RegExp;
  inherit: RegExp;
}

const single = new Map<Lexicon, Searches>();

/**
 * Finds the casualty and troop figures in plain text, following ../shared/corpus/README.md:
 * each figure's span (qualifier + number + scale word), bounds, qualifier, metric, party and,
 * where the sentence says so, who claimed it. Linear in the length of the text.
 */
export function extractFigures(text: string, options: ExtractOptions = {}): Figure[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const out: Figure[] = [];
  const doc = options.discourse ?? createDiscourse();
  // a page's blocks are many short texts: what extraction reuses is kept from call to call
  const state = figureState();
  const auto = options.lang === undefined || options.lang === 'auto';
  if (!auto || loadedLexicons().length === 1) {
    const lex = lexiconFor(auto ? DEFAULT_LANGUAGE : options.lang);
    const found = searchesOf(lex);
    const windows = findWindows(text, found.trig);
    for (let w = 0; w < windows.length; w += 3) {
      const from = windows[w] as number;
      const to = windows[w + 1] as number;
      if (worthReading(text, from, to, windows[w + 2] as number, found, out))
        extractWindow(text, from, to, lex, out, options, doc, state);
    }
    state.release();
    return out;
  }
  // several languages loaded and none given: each sentence in the language it looks like
  const all = mixed();
  const windows = findWindows(text, all.trig);
  for (let w = 0; w < windows.length; w += 3) {
    const from = windows[w] as number;
    const to = windows[w + 1] as number;
    if (!worthReading(text, from, to, windows[w + 2] as number, all, out)) continue;
    let s = from;
    let lex: Lexicon | null = null;
    let runFrom = from;
    while (s < to) {
      const e = sentenceEnd(text, s, to, all.trig);
      const l = detect(all.det, text, s, e);
      if (lex && l !== lex) {
        extractWindow(text, runFrom, s, lex, out, options, doc, state);
        runFrom = s;
      }
      lex = l;
      s = e;
    }
    if (lex) extractWindow(text, runFrom, to, lex, out, options, doc, state);
  }
  state.release();
  return out;
}

function searchesOf(lex: Lexicon): Searches {
  let found = single.get(lex);
  if (!found) {
    found = searches([lex]);
    single.set(lex, found);
  }
  return found;
}

function searches(lexicons: readonly Lexicon[]): Searches {
  return {
    trig: triggerSet(
      lexicons.flatMap((l) => triggerWords(l)),
      lexicons.flatMap((l) => [...l.abbrevs]),
      lexicons.flatMap((l) => [...l.crossRefs]),
    ),
    cues: cueSearch(lexicons),
    inherit: inheritSearch(lexicons),
  };
}

/**
 * False when no number of text[from, to) can be a figure: the window has no cue word, and no word
 * taking the metric of a figure before it or no such figure close enough (see relevant.ts). The
 * cue is looked for from the window's first number (at `first`) on, where it mostly is, then
 * before it (no cue word has a number inside it).
 */
function worthReading(
  text: string,
  from: number,
  to: number,
  first: number,
  s: Searches,
  out: Figure[],
): boolean {
  if (s.cues.test(text.slice(first, to)) || s.cues.test(text.slice(from, first))) return true;
  const prev = out[out.length - 1];
  return prev !== undefined && from - prev.end <= INHERIT && s.inherit.test(text.slice(from, to));
}

let mixedCache: (Searches & { version: number; det: Detector }) | null = null;

/** The searches over all loaded lexicons together, and their detector. */
function mixed(): Searches & { det: Detector } {
  if (mixedCache?.version !== lexiconsVersion()) {
    const lexicons = loadedLexicons();
    mixedCache = { version: lexiconsVersion(), ...searches(lexicons), det: detector(lexicons) };
  }
  return mixedCache;
}

/**
 * The end of the sentence starting at s, by the scan's rules (`stopAt`: not at an abbreviation
 * such as "бл." or "Gen.", nor at a line break inside a sentence), or `to`.
 */
function sentenceEnd(text: string, s: number, to: number, trig: TriggerSet): number {
  for (let i = s + 1; i < to; i++) {
    const c = text.charCodeAt(i);
    if ((c === 46 || c === 33 || c === 63 || c === 10) && stopAt(text, i, text.length, trig)) return i + 1;
  }
  return to;
}

/** No sentence ends between offset `from` and token a (the window starts at a sentence's start). */
function sameSentence(toks: Token[], a: number, from: number): boolean {
  if (from < (toks[0] as Token).s) return false;
  for (let k = a - 1; k >= 0 && (toks[k] as Token).s >= from; k--) if (isBoundary(toks[k])) return false;
  return true;
}

function extractWindow(
  text: string,
  from: number,
  to: number,
  lex: Lexicon,
  out: Figure[],
  options: ExtractOptions,
  doc: Discourse,
  state: FigureState,
): void {
  const readDate = dateReader();
  // the tokens of this window only: the next window reuses them
  const toks = tokenize(text, from, to, lex, state, true);
  // the phrases and candidates of this window only, reused as the tokens are
  const nums = numberPhrases(text, toks, lex, state.phrases, true);
  let stop = 0;
  for (const c of candidates(toks, nums, lex, state.candidates, true)) {
    if (neverFigure(toks, c, lex)) continue;
    const head = headOf(toks, c, lex, text, state.head);
    const found = metricOf(toks, c, head, lex, stop);
    if (!found) continue;
    const start = (toks[c.a] as (typeof toks)[0]).s;
    const end = (toks[c.b - 1] as (typeof toks)[0]).e;
    const prev = out[out.length - 1];
    const near = prev && prev.end <= start && start - prev.end <= INHERIT ? prev : undefined;
    // no metric of its own and no figure before to take one from: no figure
    if (found.metric === null && !near) continue;
    const metric = (found.metric ?? near?.metric) as Figure['metric'];
    const speaker = claimedBy(text, toks, c.a, lex, state.clause);
    let party = partyOf(text, toks, c, head, found, lex, speaker);
    let population = populationOf(toks, head, found, text, lex);
    let inherits = false;
    if (found.metric === null && near) {
      if (party === undefined || found.via === 'anaphora') {
        party = near.party;
        inherits = true;
      }
    }
    // a figure that names nobody counts the people of the figure before it in its own sentence
    // (or, soldiers, those of the one before it: the same army, as a report goes on)
    if (party === undefined) {
      inherits = near !== undefined && (head.kind === 'military' || sameSentence(toks, c.a, near.end));
      party = inherits ? (near as Figure).party : null;
    }
    // "300 soldiers were killed and 200 wounded", "and another 2,700 wounded": the same soldiers
    if (
      population === null &&
      near !== undefined &&
      (head.kind === 'none' || head.kind === 'metric') &&
      (inherits || sameSentence(toks, c.a, near.end))
    )
      population = near.population ?? null;
    // "around 2,000 of those soldiers", "2,000 of them": the group an earlier block named
    if (party === null && !inherits) {
      const group = antecedentOf(toks, c, head, lex, doc);
      if (group) {
        party = group.party;
        population ??= group.population;
      }
    }
    noteFigure(doc, party, population);
    const figText = text.slice(start, end);
    const by = speakerName(speaker, doc);
    // one object literal per shape: adding claimedBy afterwards would grow the object
    out.push(
      by
        ? {
            start,
            end,
            text: figText,
            low: c.low,
            high: c.high,
            qualifier: c.qualifier,
            metric,
            party,
            population,
            claimedBy: by,
          }
        : {
            start,
            end,
            text: figText,
            low: c.low,
            high: c.high,
            qualifier: c.qualifier,
            metric,
            party,
            population,
          },
    );
    if (readDate) {
      const fig = out[out.length - 1] as Figure;
      const claimDate = readDate(...sentenceOf(text, toks, c.a, c.b, fig), {
        lang: lex.lang,
        date: options.date,
      });
      if (claimDate) fig.claimDate = claimDate;
    }
    stop = c.b;
  }
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
  const from = (toks[first] as Token).s;
  const to = (toks[Math.min(last, toks.length - 1)] as Token).e;
  return [text.slice(from, to), { start: fig.start - from, end: fig.end - from }];
}
