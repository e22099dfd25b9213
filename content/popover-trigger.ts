import { figureAtPointer, figureOfEvent } from './figure-of-event';
import type { MarkedFigure } from './mark-figures';
import type { PopoverEvents } from './popover-events';

export interface PopoverTriggerDeps {
  doc: Document;
  lookup: (mark: HTMLElement) => MarkedFigure | undefined;
  figureAt?: (x: number, y: number) => MarkedFigure | undefined;
  listen: (target: EventTarget, type: string, handler: (event: Event) => void) => void;
  now: () => number;
  /** Loads the popover's script and wires its events (they take over every later event). */
  load: () => Promise<PopoverEvents>;
}

/** What the reader asked of a figure while the popover's script was loading. */
type Intent = { kind: 'key' | 'click'; m: MarkedFigure } | { kind: 'hover'; m: MarkedFigure; at: number };

/** Pointer moves looked at for highlighted figures, at most one per this many ms. */
const POINTER_LOOK_MS = 50;

/**
 * Until a reader first turns to a figure the popover has no code in the page. This waits for that
 * first hover, focus, click, Enter or Space on a figure, then loads the popover's script (a hover
 * waits out its intent delay meanwhile, so the first popover opens on time) and hands over to it,
 * doing what the reader asked if they still ask it.
 */
export function triggerPopover(deps: PopoverTriggerDeps): void {
  let wired = false;
  let intent: Intent | null = null;
  // The script loads once however often this asks (PopoverSlot); the first answer does the intent.
  const ask = (next: Intent | null) => {
    if (next) intent = next;
    deps.load().then(
      (events) => {
        wired = true;
        const asked = intent;
        intent = null;
        if (asked && asked.kind !== 'hover') events.open(asked.m, asked.kind === 'key');
        // a hover only while the pointer is still on the mark (it may have left while loading)
        else if (asked && asked.m.mark?.matches(':hover') !== false)
          events.hover(asked.m, deps.now() - asked.at);
      },
      // tried again on the next hover or focus
      (error: unknown) => console.warn('[claimline] no popover', error),
    );
  };
  let lookedAt = 0;
  const onEvent = (event: Event) => {
    if (wired) return;
    const m = figureOfEvent(event, deps.lookup);
    const type = event.type;
    if (type === 'mouseover' && m) ask({ kind: 'hover', m, at: deps.now() });
    else if (type === 'focusin' && m) ask(null);
    else if (type === 'keydown' && m) {
      const key = (event as KeyboardEvent).key;
      if (key !== 'Enter' && key !== ' ') return;
      event.preventDefault(); // Space must not scroll the page
      ask({ kind: 'key', m });
    } else if (type === 'click') {
      const at = m ?? figureAtPointer(event, deps.figureAt);
      if (at) ask({ kind: 'click', m: at });
    } else if (type === 'mousemove' && !m && event.timeStamp - lookedAt >= POINTER_LOOK_MS) {
      // a highlighted figure has no element of its own: the pointer is followed over the text
      lookedAt = event.timeStamp;
      const at = figureAtPointer(event, deps.figureAt);
      if (at) ask({ kind: 'hover', m: at, at: deps.now() });
    }
  };
  for (const type of ['mouseover', 'mousemove', 'focusin', 'keydown', 'click'])
    deps.listen(deps.doc, type, onEvent);
}
