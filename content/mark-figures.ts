import { createDiscourse, type Discourse } from '../lib/extract/discourse';
import { sentenceAround, sentenceAt } from '../lib/extract/engine/sentence';
import type { Figure } from '../lib/extract/types';
import { t } from '../lib/i18n';
import { describeFigure, figureKind } from '../lib/wording/format';
import { type ElementNames, MARK_ATTRIBUTE, MARK_TAG, POPOVER_TAG } from './element-names';
import type { FigureHighlights } from './highlights';
import { breaksAsSpaces, type TextBlock, walkTextBlocks } from './text-blocks';
import { Splits } from './wrap';

/** A figure found in the page: marked in place, or underlined by a highlight where a mark is unsafe. */
export interface MarkedFigure {
  figure: Figure;
  sentence: string;
  /** The mark a keyboard reaches (the first of the figure's marks), or null for a highlight. */
  mark: HTMLElement | null;
  /** Every mark of the figure: one per text node it crosses ("approximately <b>4,700</b>"). */
  marks: HTMLElement[];
  /** The live range a highlight underlines, when the figure has no marks. */
  range: Range | null;
  /** Where the figure stands in `sentence`. */
  span: { start: number; end: number };
  /** The text block (paragraph, list item, heading...) the figure was read in. */
  block: Element;
}

export type Extractor = (text: string, options: { lang?: string; discourse?: Discourse }) => Figure[];

/** How figures are marked on one page. */
export interface MarkContext {
  names: ElementNames;
  splits: Splits;
  highlights?: FigureHighlights;
  /** Text the page keeps changing: never split, underlined by a highlight instead. */
  isLive?: (node: Text) => boolean;
}

/** The accessible name of a mark: what it is, and how to open it. */
export function markLabel(figure: Figure): string {
  return t('markLabel', figureKind(figure.metric), describeFigure(figure));
}

/** Inside a page's shadow root the content script's stylesheet does not apply: the mark carries its look. */
const SHADOW_STYLE =
  'text-decoration: underline dotted #2f6fde 1.5px; text-underline-offset: 0.18em; cursor: help;';

/** The first mark of a figure is a button a keyboard reaches; the rest only carry the underline. */
function createMark(doc: Document, tag: string, figure: Figure, first: boolean, inShadow: boolean) {
  const mark = doc.createElement(tag);
  mark.setAttribute(MARK_ATTRIBUTE, first ? '' : 'continued');
  if (inShadow) mark.setAttribute('style', SHADOW_STYLE);
  mark.setAttribute('data-metric', figure.metric);
  if (!first) return mark;
  mark.setAttribute('tabindex', '0');
  mark.setAttribute('role', 'button');
  mark.setAttribute('aria-haspopup', 'dialog');
  mark.setAttribute('aria-expanded', 'false');
  mark.setAttribute('aria-label', markLabel(figure));
  return mark;
}

interface Segment {
  node: Text;
  from: number;
  to: number;
}

/**
 * The pieces of text nodes block text [start, end) lies in, each still holding the text it had
 * when the block was read; null when the page changed them since, or part of it is marked already.
 */
function segmentsOf(block: TextBlock, start: number, end: number): Segment[] | null {
  const { pieces } = block;
  let lo = 0;
  let hi = pieces.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((pieces[mid] as (typeof pieces)[number]).start <= start) lo = mid;
    else hi = mid - 1;
  }
  const out: Segment[] = [];
  for (let i = lo; i < pieces.length; i++) {
    const piece = pieces[i] as (typeof pieces)[number];
    if (piece.start >= end) break;
    const from = Math.max(start - piece.start, 0);
    const to = Math.min(end - piece.start, piece.node.data.length);
    if (from >= to) continue;
    if (piece.marked) return null;
    const now = breaksAsSpaces(piece.node.data.slice(from, to));
    if (now !== block.text.slice(piece.start + from, piece.start + to)) return null;
    out.push({ node: piece.node, from, to });
  }
  const covered = out.reduce((n, s) => n + s.to - s.from, 0);
  return covered === end - start ? out : null;
}

/**
 * Marks one figure of a block and returns it; null when the page changed that text since it was
 * read, or it is marked already. In text the page keeps changing, a highlight instead of marks.
 * Within one text node, mark later figures first (a split node keeps the text before the mark).
 */
export function markFigure(ctx: MarkContext, block: TextBlock, figure: Figure): MarkedFigure | null {
  const segments = segmentsOf(block, figure.start, figure.end);
  const first = segments?.[0];
  const last = segments?.[segments.length - 1];
  if (!segments || !first || !last) return null;
  const { sentence, start } = sentenceAt(block.text, figure.start, figure.end);
  const span = { start: figure.start - start, end: figure.end - start };
  const doc = block.element.ownerDocument;
  if (ctx.isLive && segments.some((s) => ctx.isLive?.(s.node))) {
    const range = doc.createRange();
    range.setStart(first.node, first.from);
    range.setEnd(last.node, last.to);
    return ctx.highlights?.add(range)
      ? { figure, sentence, span, block: block.element, mark: null, marks: [], range }
      : null;
  }
  const inShadow = block.element.getRootNode() !== doc;
  const marks: HTMLElement[] = [];
  for (let i = segments.length - 1; i >= 0; i--) {
    const { node, from, to } = segments[i] as Segment;
    const mark = createMark(doc, ctx.names.mark, figure, i === 0, inShadow);
    if (!ctx.splits.wrap(node, from, to, mark)) {
      for (const made of marks) ctx.splits.unwrap(made);
      return null;
    }
    marks.unshift(mark);
  }
  return { figure, sentence, span, block: block.element, mark: marks[0] ?? null, marks, range: null };
}

export interface MarkOptions {
  lang?: string;
  /** The window of the block's text to scan (default: all of it). */
  from?: number;
  to?: number;
  /** The document's state, carried from block to block (see lib/extract/discourse.ts). */
  discourse?: Discourse;
  suppressed?: (found: { figure: Figure; sentence: string }) => boolean;
}

/** Finds the figures in a window of one block's text, with offsets in the block's text. */
export function findInBlock(block: TextBlock, extract: Extractor, options: MarkOptions = {}): Figure[] {
  const { from = 0, to = block.text.length } = options;
  const slice = from === 0 && to === block.text.length ? block.text : block.text.slice(from, to);
  const figures = extract(slice, { lang: options.lang, discourse: options.discourse });
  return from ? figures.map((f) => ({ ...f, start: f.start + from, end: f.end + from })) : figures;
}

/** Whether the reader corrected this figure away ("Not a casualty figure"). */
export function isSuppressed(block: TextBlock, figure: Figure, suppressed: MarkOptions['suppressed']) {
  return suppressed?.({ figure, sentence: sentenceAround(block.text, figure.start, figure.end) }) ?? false;
}

/** Marks every figure in the text under `root` at once, in document order (tests and small pages). */
export function markFigures(
  root: Node,
  extract: Extractor,
  lang?: string,
  ctx: MarkContext = { names: { mark: MARK_TAG, popover: POPOVER_TAG }, splits: new Splits() },
): MarkedFigure[] {
  const out: MarkedFigure[] = [];
  const discourse = createDiscourse();
  for (const block of walkTextBlocks(root)) {
    if (!block) continue;
    const figures = findInBlock(block, extract, { lang, discourse }).sort((a, b) => b.start - a.start);
    const marked: MarkedFigure[] = [];
    for (const figure of figures) {
      const m = markFigure(ctx, block, figure);
      if (m) marked.unshift(m);
    }
    out.push(...marked);
  }
  return out;
}
