import type { Figure } from '../extract/types';
import { describeFigure, figureKind } from '../format';
import { sentenceAround } from './sentence';
import { collectTextBlocks, type TextBlock } from './text-blocks';
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

/** Finds and marks the figures of one block; later figures first so earlier offsets stay valid. */
export function markBlock(block: TextBlock, extract: Extractor, lang: string | undefined): MarkedFigure[] {
  const figures = extract(block.text, { lang });
  const doc = block.element.ownerDocument;
  const marked: MarkedFigure[] = [];
  for (let i = figures.length - 1; i >= 0; i--) {
    const figure = figures[i] as Figure;
    const mark = createMark(doc, figure);
    if (!wrapRange(block, figure.start, figure.end, mark)) continue;
    marked.push({ figure, mark, sentence: sentenceAround(block.text, figure.start, figure.end) });
  }
  return marked.reverse();
}

/** Marks every figure in the text under `root`, in document order. */
export function markFigures(root: Node, extract: Extractor, lang?: string): MarkedFigure[] {
  const out: MarkedFigure[] = [];
  for (const block of collectTextBlocks(root)) {
    try {
      out.push(...markBlock(block, extract, lang));
    } catch (error) {
      // one odd block must never stop the rest of the page
      console.debug('[claimline] skipped a block', error);
    }
  }
  return out;
}
