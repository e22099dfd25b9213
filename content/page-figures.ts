import type { FigureHighlights } from './highlights';
import type { MarkedFigure } from './mark-figures';
import type { Splits } from './wrap';

/** Whether a highlighted figure's range still covers text of the page. */
const rangeHolds = (range: Range | null): boolean =>
  range !== null && !range.collapsed && range.startContainer.isConnected;

/**
 * The figures found on a page, in the order they were found: by each of their marks, and those
 * underlined by a highlight. Dropping one takes its marks off the page (the text stays where it
 * was) or its highlight away.
 */
export class PageFigures {
  private readonly found = new Set<MarkedFigure>();
  private readonly byMark = new Map<Element, MarkedFigure>();
  private readonly highlighted = new Set<MarkedFigure>();

  constructor(
    private readonly splits: Splits,
    private readonly highlights: FigureHighlights | undefined,
    /** Told of every figure dropped (to close its popover, to count it off the cap). */
    private readonly onDrop: (m: MarkedFigure) => void,
  ) {}

  get size(): number {
    return this.found.size;
  }

  add(m: MarkedFigure): void {
    this.found.add(m);
    for (const mark of m.marks) this.byMark.set(mark, m);
    if (m.range) this.highlighted.add(m);
  }

  /** The figure behind one of its marks, if it is one of Claimline's live marks. */
  ofMark(mark: Element): MarkedFigure | undefined {
    return this.byMark.get(mark);
  }

  /** The figures still on the page, in the order they were found. */
  list(): MarkedFigure[] {
    return [...this.found].filter((m) => (m.mark ? m.mark.isConnected : rangeHolds(m.range)));
  }

  /** A figure underlined by a highlight under the point (x, y) of the viewport. */
  highlightedAt(x: number, y: number): MarkedFigure | undefined {
    for (const m of this.highlighted)
      for (const rect of Array.from(m.range?.getClientRects() ?? []))
        if (x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom) return m;
    return undefined;
  }

  drop(m: MarkedFigure | undefined): void {
    if (!m || !this.found.delete(m)) return;
    this.highlighted.delete(m);
    for (const mark of m.marks) {
      this.byMark.delete(mark);
      this.splits.unwrap(mark);
    }
    if (m.range) this.highlights?.delete(m.range);
    this.onDrop(m);
  }

  /** Drops the figures whose marks were in a split the page broke (their text is the page's again). */
  dropMarks(marks: Iterable<Element>): void {
    for (const mark of marks) this.drop(this.byMark.get(mark));
  }

  /** Drops every figure inside `place` (it became editable: an editor would save a mark). */
  dropWithin(place: Node): void {
    for (const m of [...this.found]) {
      const at = m.mark ?? m.range?.startContainer;
      if (at && place.contains(at)) this.drop(m);
    }
  }

  /** Drops highlights over text nodes the page set the text of: they no longer underline a figure. */
  dropOver(changed: Set<Node>): void {
    if (this.highlighted.size === 0 || changed.size === 0) return;
    for (const m of [...this.highlighted])
      if (m.range && (changed.has(m.range.startContainer) || changed.has(m.range.endContainer))) this.drop(m);
  }

  /** Drops the figures the page took away with their content. */
  sweep(): void {
    for (const m of [...this.found]) if (m.mark ? !m.mark.isConnected : !rangeHolds(m.range)) this.drop(m);
  }

  clear(): void {
    this.found.clear();
    this.byMark.clear();
    this.highlighted.clear();
  }
}
