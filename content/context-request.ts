import {
  type ContextRequest,
  type ContextsRequest,
  type FigureRef,
  LIMITS,
  type Span,
} from '../lib/messages/contract';
import type { MarkedFigure } from './mark-figures';
import { blockOf, isSkipped } from './text-blocks';

/** What every request about this page carries. */
export interface PageFacts {
  doc: Document;
  articleDate: string | null;
  lang?: string;
}

/** The figure as the background needs it, each text within its limit. */
export function toRef(m: Pick<MarkedFigure, 'figure'>): FigureRef {
  const { text, low, high, qualifier, metric, party, population, claimedBy } = m.figure;
  const ref: FigureRef = { text: text.slice(0, LIMITS.text), low, high, qualifier, metric, party };
  if (population) ref.population = population;
  if (claimedBy) ref.claimedBy = claimedBy.slice(0, LIMITS.claimant);
  return ref;
}

/** Where the figure is in the page: its mark, or (a highlighted figure) the start of its text. */
const anchorOf = (m: MarkedFigure): Node => m.mark ?? (m.range?.startContainer as Node);

const isSpace = (c: number) => c === 32 || (c >= 9 && c <= 13) || c === 160;

/**
 * The sentence with each run of white space as one space (a page's source indentation inside a
 * paragraph is no part of what it says, and readers of dates expect words one space apart), and
 * the figure's place in it.
 */
export function squeezed(sentence: string, span: Span): { sentence: string; span: Span } {
  let out = '';
  let start = 0;
  let end = 0;
  for (let i = 0; i <= sentence.length; i++) {
    if (i === span.start) start = out.length;
    if (i === span.end) end = out.length;
    if (i === sentence.length) break;
    const c = sentence.charCodeAt(i);
    if (!isSpace(c)) out += sentence[i];
    else if (out.length > 0 && out.charCodeAt(out.length - 1) !== 32) out += ' ';
  }
  return { sentence: out, span: { start, end } };
}

/** The sentence within its limit, cut around the figure when it is longer, and the figure's place in it. */
function sentenceOf(m: MarkedFigure): { sentence: string; span: Span } {
  const { sentence, span } = squeezed(m.sentence, m.span);
  if (sentence.length <= LIMITS.sentence) return { sentence, span };
  const from = Math.max(0, Math.min(span.start - LIMITS.sentence / 2, sentence.length - LIMITS.sentence));
  const cut = sentence.slice(from, from + LIMITS.sentence);
  const start = Math.min(span.start - from, cut.length);
  return { sentence: cut, span: { start, end: Math.min(span.end - from, cut.length) } };
}

const title = (doc: Document) => doc.title.slice(0, LIMITS.text * 2);
const pageUrl = (doc: Document) => (doc.URL.length <= LIMITS.url ? { pageUrl: doc.URL } : {});
const flat = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The element beside `el` in document order (climbing to a parent's sibling), skipping scripts and styles. */
function beside(
  el: Element,
  step: 'previousElementSibling' | 'nextElementSibling',
  root: Element,
): Element | null {
  for (let at: Element | null = el; at && at !== root; at = at.parentElement) {
    let next = at[step];
    while (next && isSkipped(next)) next = next[step];
    if (next) return next;
  }
  return null;
}

/**
 * The text around a figure within `budget` characters: its block (cut around the figure when the
 * block alone is longer), then the blocks before and after it in turn, nearest first, until the
 * budget is spent. Never the page from its start: a figure deep in a long article gets its own
 * neighbourhood.
 */
export function passageAround(m: MarkedFigure, doc: Document, budget: number): string {
  const root = doc.body ?? doc.documentElement;
  const block = blockOf(anchorOf(m), root);
  const raw = block.textContent ?? '';
  const own = flat(raw);
  if (own.length >= budget) {
    // the block's text has the figure at its offset (one character for one, see text-blocks.ts)
    const at = Math.max(0, Math.min(m.figure.start - budget / 2, raw.length - budget));
    return flat(raw.slice(at, at + budget));
  }
  const before: string[] = [];
  const after: string[] = [];
  let left = budget - own.length;
  let prev: Element | null = block;
  let next: Element | null = block;
  while (left > 0 && (prev || next)) {
    prev = prev && beside(prev, 'previousElementSibling', root);
    if (prev && left > 0) {
      const text = flat(prev.textContent ?? '');
      const piece = text.slice(Math.max(0, text.length - left + 1));
      if (piece) before.unshift(piece);
      left -= piece.length + 1;
    }
    next = next && beside(next, 'nextElementSibling', root);
    if (next && left > 0) {
      const piece = flat(next.textContent ?? '').slice(0, left - 1);
      if (piece) after.push(piece);
      left -= piece.length + 1;
    }
  }
  return [...before, own, ...after].join('\n');
}

/** The request for one figure's context: the page's title and the text around the figure. */
export function contextRequest(m: MarkedFigure, page: PageFacts): ContextRequest {
  const heading = title(page.doc);
  const passage = passageAround(m, page.doc, LIMITS.articleText - heading.length - 1);
  return {
    figure: toRef(m),
    ...sentenceOf(m),
    articleText: `${heading}\n${passage}`,
    articleDate: page.articleDate,
    ...(page.lang ? { lang: page.lang.slice(0, LIMITS.lang) } : {}),
    ...pageUrl(page.doc),
  };
}

/**
 * One request for many figures: figures of one block share its passage, and each passage is cut
 * so that all of them together stay within the batch's limit.
 */
export function contextsRequest(ms: readonly MarkedFigure[], page: PageFacts): ContextsRequest {
  const heading = title(page.doc);
  const figures = ms.slice(0, LIMITS.batchFigures);
  const root = page.doc.body ?? page.doc.documentElement;
  const blocks = new Map<Element, number>();
  for (const m of figures) {
    const block = blockOf(anchorOf(m), root);
    if (!blocks.has(block)) blocks.set(block, blocks.size);
  }
  const budget = Math.min(
    LIMITS.articleText - heading.length - 1,
    Math.floor(LIMITS.batchText / Math.max(1, blocks.size)),
  );
  const passages: string[] = [];
  const items = figures.map((m) => {
    const index = blocks.get(blockOf(anchorOf(m), root)) as number;
    passages[index] ??= passageAround(m, page.doc, budget);
    return { figure: toRef(m), ...sentenceOf(m), passage: index };
  });
  return {
    title: heading,
    passages,
    figures: items,
    articleDate: page.articleDate,
    ...(page.lang ? { lang: page.lang.slice(0, LIMITS.lang) } : {}),
    ...pageUrl(page.doc),
  };
}
