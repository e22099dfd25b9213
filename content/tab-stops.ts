import type { MarkedFigure } from './mark-figures';

/** How marks take part in the page's Tab order (the reader's choice in Settings). */
export type TabStopMode = 'block' | 'figure';

/** Whether `a` comes before `b` in the document. */
const precedes = (a: Node, b: Node) =>
  (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;

/** Marks in document order. */
export function inDocumentOrder<T extends Node>(marks: Iterable<T>): T[] {
  return [...marks].sort((a, b) => (a === b ? 0 : precedes(a, b) ? -1 : 1));
}

/**
 * A roving tab stop per text block: of the marks of one paragraph only one is in the Tab order
 * (the first, or the one the reader was last on), so a page of 2,000 figures has one tab stop per
 * paragraph, not 2,000; the arrow keys move between the marks of the block (`neighbour`), and the
 * next Tab leaves it. Marks read later join their block's set; a dropped stop hands over to the
 * block's first mark left.
 */
export class TabStops {
  private readonly marks = new Map<Element, Set<HTMLElement>>();
  private readonly stops = new Map<Element, HTMLElement>();
  /** Blocks whose stop the reader moved: a mark read later does not take it over. */
  private readonly moved = new Set<Element>();

  add(m: MarkedFigure): void {
    const mark = m.mark;
    if (!mark) return;
    const set = this.marks.get(m.block) ?? new Set<HTMLElement>();
    this.marks.set(m.block, set);
    set.add(mark);
    const stop = this.stops.get(m.block);
    if (stop?.isConnected && (this.moved.has(m.block) || precedes(stop, mark))) {
      mark.setAttribute('tabindex', '-1');
      return;
    }
    stop?.setAttribute('tabindex', '-1');
    this.makeStop(m.block, mark);
  }

  drop(m: MarkedFigure): void {
    const mark = m.mark;
    const set = this.marks.get(m.block);
    if (!mark || !set?.delete(mark)) return;
    if (this.stops.get(m.block) !== mark) return;
    this.stops.delete(m.block);
    const [first] = inDocumentOrder([...set].filter((other) => other.isConnected));
    if (first) this.makeStop(m.block, first);
    else this.marks.delete(m.block);
  }

  /** The reader is on this mark (Tab, arrows, the next-figure shortcut): it is its block's stop now. */
  focused(m: MarkedFigure): void {
    const mark = m.mark;
    const stop = this.stops.get(m.block);
    if (!mark || stop === mark || !this.marks.get(m.block)?.has(mark)) return;
    stop?.setAttribute('tabindex', '-1');
    this.makeStop(m.block, mark);
    this.moved.add(m.block);
  }

  /** The mark `step` places from this one in its block (-1 before, 1 after), or null at its ends. */
  neighbour(m: MarkedFigure, step: -1 | 1): HTMLElement | null {
    const set = this.marks.get(m.block);
    if (!set || !m.mark) return null;
    const order = inDocumentOrder([...set].filter((other) => other.isConnected));
    return order[order.indexOf(m.mark) + step] ?? null;
  }

  clear(): void {
    this.marks.clear();
    this.stops.clear();
    this.moved.clear();
  }

  private makeStop(block: Element, mark: HTMLElement): void {
    mark.setAttribute('tabindex', '0');
    this.stops.set(block, mark);
  }
}
