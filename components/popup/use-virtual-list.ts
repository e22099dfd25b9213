import { elementScroll, observeElementOffset, Virtualizer } from '@tanstack/virtual-core';
import { useLayoutEffect, useReducer, useState } from 'preact/hooks';

export interface VirtualListOptions {
  count: number;
  /** Fixed height of row `i` in pixels: rows never need measuring, so scrolling stays smooth. */
  rowHeight: (index: number) => number;
  /**
   * A stable key per row. Give a new function whenever the rows change: the virtualizer
   * re-measures only when the count or this function changes.
   */
  getItemKey: (index: number) => string;
  /** The scrolling element's fixed height (the list has a fixed height in the popup). */
  viewportHeight: number;
  getScrollElement: () => HTMLElement | null;
}

/** @tanstack/virtual-core wired into Preact: re-renders when the visible range changes. */
export function useVirtualList(o: VirtualListOptions): Virtualizer<HTMLElement, HTMLElement> {
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  const options = {
    count: o.count,
    estimateSize: o.rowHeight,
    getItemKey: o.getItemKey,
    getScrollElement: o.getScrollElement,
    scrollToFn: elementScroll,
    observeElementOffset,
    // The viewport height is known from CSS; no ResizeObserver needed (nor available in tests).
    observeElementRect: (_: unknown, cb: (rect: { width: number; height: number }) => void) => {
      cb({ width: 0, height: o.viewportHeight });
    },
    initialRect: { width: 0, height: o.viewportHeight },
    overscan: 6,
    onChange: () => rerender(0),
  };
  const [virtualizer] = useState(() => new Virtualizer<HTMLElement, HTMLElement>(options));
  virtualizer.setOptions({ ...virtualizer.options, ...options });
  useLayoutEffect(() => virtualizer._didMount(), []);
  useLayoutEffect(() => virtualizer._willUpdate());
  return virtualizer;
}
