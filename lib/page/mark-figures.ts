import type { Figure } from '../extract/types';
import { describeFigure, figureKind } from '../format';
import { sentenceAround } from './sentence';
import { type TextBlock, walkTextBlocks } from './text-blocks';
import { wrapRange } from './wrap';

export const MARK_TAG = 'claimline-mark';

/** A figure marked in the page. */
export interface MarkedFigure {
  figure: Figure;
  mark: HTMLElement;
  sentence: string;
}

export type Extractor = (text: string, options: { lang?: string }) => Figure[];

/** The accessible name of a mark: what it is, and how to open it. */
export function markLabel(figure: Figure): string {
  return `${figureKind(figure.metric)}: ${describeFigure(figure)}, press Enter for earlier claims`;
}

function createMark(doc: Document, figure: Figure): HTMLElement {
  const mark = doc.createElement(MARK_TAG);
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
  suppressed?: (found: { figure: Figure; sentence: string }) => boolean;
}

/** Finds and marks the figures of one block; later figures first so earlier offsets stay valid. */
export function markBlock(block: TextBlock, extract: Extractor, options: MarkOptions = {}): MarkedFigure[] {
  const { from = 0, to = block.text.length } = options;
  const slice = from === 0 && to === block.text.length ? block.text : block.text.slice(from, to);
  const figures = extract(slice, { lang: options.lang });
  const doc = block.element.ownerDocument;
  const marked: MarkedFigure[] = [];
  for (let i = figures.length - 1; i >= 0; i--) {
    const local = figures[i] as Figure;
    const figure = from ? { ...local, start: local.start + from, end: local.end + from } : local;
    const sentence = sentenceAround(block.text, figure.start, figure.end);
    if (options.suppressed?.({ figure, sentence })) continue;
    const mark = createMark(doc, figure);
    if (!wrapRange(block, figure.start, figure.end, mark)) continue;
    marked.push({ figure, mark, sentence });
  }
  return marked.reverse();
}

/** Marks every figure in the text under `root` at once, in document order (tests and small pages). */
export function markFigures(root: Node, extract: Extractor, lang?: string): MarkedFigure[] {
  const out: MarkedFigure[] = [];
  for (const block of walkTextBlocks(root)) {
    try {
      out.push(...markBlock(block, extract, { lang }));
    } catch (error) {
      // one odd block must never stop the rest of the page
      console.debug('[claimline] skipped a block', error);
    }
  }
  return out;
}
