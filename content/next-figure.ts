import type { MarkedFigure } from './mark-figures';
import { inDocumentOrder } from './tab-stops';

/** The figure the next-figure shortcut goes to, its place among the page's marks (from 1) and their count. */
export interface NextFigure {
  m: MarkedFigure;
  index: number;
  count: number;
}

/**
 * The figure after the reader's place: after the mark they are on (or the popover is open on),
 * else after the element that has focus, else the first whose mark starts at or below the top of
 * the window (where they have scrolled to); after the last, the first again. Only figures with a
 * mark can take focus; null when there is none.
 */
export function nextFigure(
  doc: Document,
  figures: readonly MarkedFigure[],
  current: MarkedFigure | undefined,
): NextFigure | null {
  const byMark = new Map<HTMLElement, MarkedFigure>();
  for (const m of figures) if (m.mark?.isConnected) byMark.set(m.mark, m);
  const marks = inDocumentOrder(byMark.keys());
  if (marks.length === 0) return null;
  const from = current?.mark ?? doc.activeElement;
  let at: number;
  if (from && from !== doc.body && from !== doc.documentElement && from.isConnected) {
    const mine = current?.mark ? marks.indexOf(current.mark) : -1;
    at =
      mine >= 0
        ? mine + 1
        : marks.findIndex(
            (mark) => (from.compareDocumentPosition(mark) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0,
          );
  } else {
    at = marks.findIndex((mark) => mark.getBoundingClientRect().top >= 0);
  }
  const index = at < 0 || at >= marks.length ? 0 : at;
  const mark = marks[index] as HTMLElement;
  return { m: byMark.get(mark) as MarkedFigure, index: index + 1, count: marks.length };
}
