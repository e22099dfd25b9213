import { createDiscourse, type Discourse } from '../extract/discourse';
import type { Figure } from '../extract/types';
import { describeFigure, figureKind } from '../format';
import { t } from '../i18n';
import { sentenceAt } from './sentence';
import { type TextBlock, walkTextBlocks } from './text-blocks';
import { wrapRange } from './wrap';

export const MARK_TAG = 'claimline-mark';

/** A figure marked in the page. */
export interface MarkedFigure {
  figure: Figure;
  mark: HTMLElement;
  sentence: string;
  /** Where the figure stands in `sentence`. */
  span: { start: number; end: number };
}

export type Extractor = (text: string, options: { lang?: string; discourse?: Discourse }) => Figure[];

/** The accessible name of a mark: what it is, and how to open it. */
export function markLabel(figure: Figure): string {
  return t('markLabel', figureKind(figure.metric), describeFigure(figure));
}

/** Inside a page's shadow root the content script's stylesheet does not apply: the mark carries its look. */
const SHADOW_STYLE =
  'text-decoration: underline dotted #2f6fde 1.5px; text-underline-offset: 0.18em; cursor: help;';

function createMark(doc: Document, figure: Figure, inShadow: boolean): HTMLElement {
  const mark = doc.createElement(MARK_TAG);
  if (inShadow) mark.setAttribute('style', SHADOW_STYLE);
  mark.setAttribute('tabindex', '0');
  mark.setAttribute('role', 'button');
  mark.setAttribute('aria-haspopup', 'dialog');
  mark.setAttribute('aria-expanded', 'false');
  mark.setAttribute('aria-label', markLabel(figure));
  mark.setAttribute('data-metric', figure.metric);
  return mark;
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

/**
 * Wraps figures of one block (in any order) in marks, all in one go so the page lays out once;
 * later figures first so earlier offsets stay valid.
 */
export function wrapFigures(
  block: TextBlock,
  figures: readonly Figure[],
  suppressed?: MarkOptions['suppressed'],
): MarkedFigure[] {
  const doc = block.element.ownerDocument;
  const inShadow = figures.length > 0 && block.element.getRootNode() !== doc;
  const sorted = [...figures].sort((a, b) => b.start - a.start);
  const marked: MarkedFigure[] = [];
  for (const figure of sorted) {
    const { sentence, start } = sentenceAt(block.text, figure.start, figure.end);
    if (suppressed?.({ figure, sentence })) continue;
    const mark = createMark(doc, figure, inShadow);
    if (!wrapRange(block, figure.start, figure.end, mark)) continue;
    const span = { start: figure.start - start, end: figure.end - start };
    marked.push({ figure, mark, sentence, span });
  }
  return marked.reverse();
}

/** Finds and marks the figures of one block (or of one window of it). */
export function markBlock(block: TextBlock, extract: Extractor, options: MarkOptions = {}): MarkedFigure[] {
  return wrapFigures(block, findInBlock(block, extract, options), options.suppressed);
}

/** Marks every figure in the text under `root` at once, in document order (tests and small pages). */
export function markFigures(root: Node, extract: Extractor, lang?: string): MarkedFigure[] {
  const out: MarkedFigure[] = [];
  const discourse = createDiscourse();
  for (const block of walkTextBlocks(root)) {
    try {
      out.push(...markBlock(block, extract, { lang, discourse }));
    } catch (error) {
      // one odd block must never stop the rest of the page
      console.debug('[claimline] skipped a block', error);
    }
  }
  return out;
}
