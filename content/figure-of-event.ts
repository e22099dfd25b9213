import { MARK_ATTRIBUTE } from './element-names';
import type { MarkedFigure } from './mark-figures';

/**
 * The marked figure an event is on: from the event's first target, since marks inside a page's
 * own shadow roots are retargeted to their host.
 */
export function figureOfEvent(
  event: Event,
  lookup: (mark: HTMLElement) => MarkedFigure | undefined,
): MarkedFigure | undefined {
  const target = event.composedPath()[0] ?? event.target;
  const mark = target instanceof Element ? target.closest(`[${MARK_ATTRIBUTE}]`) : null;
  return mark instanceof HTMLElement ? lookup(mark) : undefined;
}

/** The highlighted figure (no mark of its own) under a pointer event, if any. */
export function figureAtPointer(
  event: Event,
  figureAt: ((x: number, y: number) => MarkedFigure | undefined) | undefined,
): MarkedFigure | undefined {
  const e = event as MouseEvent;
  return figureAt?.(e.clientX, e.clientY);
}
