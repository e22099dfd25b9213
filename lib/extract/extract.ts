import { createDiscourse, type Discourse } from './discourse';
import { detect } from './engine/language-detector';
import { mixedSearches, type Searches, searchesOf } from './engine/lexicon-searches';
import { sentenceEnd } from './engine/sentence';
import { findWindows } from './engine/window-scan';
import type { Lexicon } from './lexicon/lexicon';
import { DEFAULT_LANGUAGE, lexiconFor, loadedLexicons } from './lexicon/registry';
import { INHERIT } from './rules/figure-before';
import { figureState } from './rules/figure-state';
import { figuresOfWindow } from './rules/window-figures';
import type { Figure } from './types';

export interface ExtractOptions {
  lang?: string;
  /** The article's date (YYYY-MM-DD): relative claim dates ("on Monday", "last week") are read against it. */
  date?: string;
  /**
   * The document's state (`createDiscourse()`), carried from block to block in document order, so
   * that "the agency" or "those soldiers" in one block point back to what an earlier one named.
   */
  discourse?: Discourse;
}

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
  const date = options.date;
  const auto = options.lang === undefined || options.lang === 'auto';
  if (!auto || loadedLexicons().length === 1) {
    const lex = lexiconFor(auto ? DEFAULT_LANGUAGE : options.lang);
    const found = searchesOf(lex);
    const windows = findWindows(text, found.trig);
    for (let w = 0; w < windows.length; w += 3) {
      const from = windows[w] as number;
      const to = windows[w + 1] as number;
      if (worthReading(text, from, to, windows[w + 2] as number, found, out))
        figuresOfWindow(text, from, to, lex, out, date, doc, state);
    }
    state.release();
    return out;
  }
  // several languages loaded and none given: each sentence in the language it looks like
  const all = mixedSearches();
  const windows = findWindows(text, all.trig);
  for (let w = 0; w < windows.length; w += 3) {
    const from = windows[w] as number;
    const to = windows[w + 1] as number;
    if (!worthReading(text, from, to, windows[w + 2] as number, all, out)) continue;
    let s = from;
    let lex: Lexicon | null = null;
    let runFrom = from;
    // a window cut into runs of one language: each run is read alone, so one without a cue is
    // not read at all (the filter holds for any text read alone)
    let cut = false;
    while (s < to) {
      const e = sentenceEnd(text, s, to, all.trig);
      const l = detect(all.det, text, s, e);
      if (lex && l !== lex) {
        if (worthReading(text, runFrom, s, runFrom, all, out))
          figuresOfWindow(text, runFrom, s, lex, out, date, doc, state);
        runFrom = s;
        cut = true;
      }
      lex = l;
      s = e;
    }
    if (lex && (!cut || worthReading(text, runFrom, to, runFrom, all, out)))
      figuresOfWindow(text, runFrom, to, lex, out, date, doc, state);
  }
  state.release();
  return out;
}

/**
 * False when no number of text[from, to) can be a figure: the window has no cue word, and no word
 * taking the metric of a figure before it or no such figure close enough (see cue-filter.ts). The
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
