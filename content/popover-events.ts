import type { PopoverActions, PopoverState } from '../components/popover/Popover';
import type { ClaimContext } from '../lib/claims/compare';
import { t } from '../lib/i18n';
import type { ContextRequest, FigureRef } from '../lib/messages/contract';
import { figureAtPointer, figureOfEvent } from './figure-of-event';
import type { MarkedFigure } from './mark-figures';
import { keepFocus } from './popover-focus';
import type { PopoverHost } from './popover-host';

export interface PopoverEventDeps {
  doc: Document;
  popover: PopoverHost;
  /** The marked figure behind a mark element, if it is one of ours. */
  lookup: (mark: HTMLElement) => MarkedFigure | undefined;
  /** The highlighted figure (no mark) under a point of the viewport, if any. */
  figureAt?: (x: number, y: number) => MarkedFigure | undefined;
  request: (m: MarkedFigure) => ContextRequest;
  /** The figure as the background and the popover read it. */
  ref: (m: MarkedFigure) => FigureRef;
  fetchContext: (request: ContextRequest) => Promise<ClaimContext>;
  listen: (target: EventTarget, type: string, handler: (event: Event) => void) => void;
  setTimeout: (fn: () => void, ms: number) => number;
  clearTimeout: (id: number) => void;
  /** The popover's actions for a figure (save, not a figure, pause). */
  actionsFor?: (m: MarkedFigure, close: () => void) => PopoverActions;
}

/** What the content script does with the popover once its script is there (part of that script). */
export interface PopoverEvents {
  open: (m: MarkedFigure, focus: boolean) => void;
  /** The pointer is over a figure, and has been for `waited` ms already (while the script loaded). */
  hover: (m: MarkedFigure, waited: number) => void;
  close: (returnFocus: boolean) => void;
  refresh: () => void;
}

const HOVER_INTENT_MS = 300;
const HOVER_LEAVE_MS = 250;
/** A history slower than this is waited for in a popover that says so (it then grows once). */
const LOADING_AFTER_MS = 400;
/** Pointer moves looked at for highlighted figures, at most one per this many ms. */
const POINTER_LOOK_MS = 50;

/**
 * Opens the popover on Enter (or Space) and on hover after an intent delay; closes it on Escape,
 * on a click elsewhere and shortly after the pointer leaves both mark and popover, unless the
 * reader has pressed inside it (then only Escape, its close button or another figure close it). Focus returns to
 * the mark when the popover was closed from the keyboard.
 */
export function wirePopover(deps: PopoverEventDeps): PopoverEvents {
  const { doc, popover } = deps;
  let hoverTimer = 0;
  let leaveTimer = 0;
  // Once the reader presses inside the popover (a button, a field of the save form), it stays
  // until Escape, its close button or another figure: a pointer drifting off, or a click on the
  // page, must not throw away what the reader was doing (WCAG 1.4.13, persistent).
  let pinned = false;

  const close = (returnFocus: boolean) => {
    const open = popover.figure;
    if (!open) return;
    pinned = false;
    open.mark?.setAttribute('aria-expanded', 'false');
    popover.hide();
    if (returnFocus && open.mark?.isConnected) open.mark.focus();
  };

  /** Loads the context of the open popover's figure again (after the claim history changed). */
  let reload: (() => void) | null = null;

  const open = (m: MarkedFigure, focus: boolean) => {
    // a click or key that opens the figure ends the hover's wait: it would look its history up
    // again, and a slow second answer would paint "Looking up" over the history shown
    deps.clearTimeout(hoverTimer);
    if (popover.figure && popover.figure !== m) close(false);
    if (popover.figure !== m) pinned = false;
    const figure = deps.ref(m);
    const onClose = () => close(true);
    // after a save or a cancelled form the keyboard's place is the mark again, not the page's body
    const returnFocus = () => {
      if (popover.figure === m && m.mark?.isConnected) m.mark.focus();
    };
    const actions = deps.actionsFor?.(m, () => close(false));
    const request = deps.request(m);
    const show = (state: PopoverState) =>
      popover.show(m, { figure, state, onClose, returnFocus, actions, articleDate: request.articleDate });
    m.mark?.setAttribute('aria-expanded', 'true');
    // painted once its history is there, at its final size; a slow history is waited for in sight
    popover.pending(m);
    let shown = false;
    const paint = (state: PopoverState) => {
      if (popover.figure !== m) return;
      show(state);
      // the reader who opened it from the keyboard and is still on its mark goes into it
      if (!shown && focus && (!m.mark || doc.activeElement === m.mark)) popover.dialog?.focus();
      shown = true;
    };
    const slow = deps.setTimeout(() => {
      if (!shown) paint({ status: 'loading' });
    }, LOADING_AFTER_MS);
    const load = () =>
      deps
        .fetchContext(request)
        .then((context) => paint({ status: 'ready', context }))
        .catch((error: unknown) => {
          const message = t('loadError', error instanceof Error ? error.message : String(error));
          paint({ status: 'error', message });
        })
        .finally(() => deps.clearTimeout(slow));
    reload = () => {
      if (popover.figure === m) load();
    };
    load();
  };

  const figureOf = (event: Event) => figureOfEvent(event, deps.lookup);
  const atPointer = (event: Event) => figureAtPointer(event, deps.figureAt);

  deps.listen(doc, 'keydown', (event) => {
    const e = event as KeyboardEvent;
    const m = figureOf(e);
    if (m && (e.key === 'Enter' || e.key === ' ')) {
      e.preventDefault();
      open(m, true);
    } else if (e.key === 'Escape' && popover.isOpen) {
      close(true);
    } else if (popover.isOpen) {
      keepFocus(e, popover);
    }
  });
  deps.listen(doc, 'click', (event) => {
    const m = figureOf(event) ?? (event.target === popover.host ? undefined : atPointer(event));
    if (m) open(m, false);
    else if (popover.isOpen && event.target !== popover.host && !pinned) close(false);
  });
  deps.listen(doc, 'pointerdown', (event) => {
    if (event.isTrusted && popover.isOpen && event.target === popover.host) {
      pinned = true;
      deps.clearTimeout(leaveTimer);
    }
  });
  deps.listen(doc, 'focusout', (event) => {
    // keyboard users leaving the popover (Tab past its last control) close it
    const next = (event as FocusEvent).relatedTarget;
    if (
      event.target === popover.host &&
      next instanceof Node &&
      next !== popover.anchor &&
      next !== popover.host
    )
      close(false);
  });
  const hover = (m: MarkedFigure | undefined, overPopover: boolean, waited = 0) => {
    if (m || overPopover) deps.clearTimeout(leaveTimer);
    if (m && popover.figure !== m && !pinned) {
      deps.clearTimeout(hoverTimer);
      hoverTimer = deps.setTimeout(() => open(m, false), Math.max(0, HOVER_INTENT_MS - waited));
    }
  };
  const leave = () => {
    deps.clearTimeout(hoverTimer);
    if (popover.isOpen && !popover.hasFocus && !pinned)
      leaveTimer = deps.setTimeout(() => close(false), HOVER_LEAVE_MS);
  };
  deps.listen(doc, 'mouseover', (event) => hover(figureOf(event), event.target === popover.host));
  deps.listen(doc, 'mouseout', (event) => {
    if (figureOf(event) || event.target === popover.host) leave();
  });
  // A highlighted figure has no element of its own: the pointer is followed over the page's text.
  let lookedAt = 0;
  let overHighlight: MarkedFigure | undefined;
  deps.listen(doc, 'mousemove', (event) => {
    if (!deps.figureAt || event.timeStamp - lookedAt < POINTER_LOOK_MS) return;
    lookedAt = event.timeStamp;
    const m = figureOf(event) ? undefined : atPointer(event);
    if (m !== overHighlight && overHighlight && popover.figure === overHighlight) leave();
    overHighlight = m;
    if (m) hover(m, false);
  });
  return { open, hover: (m, waited) => hover(m, false, waited), close, refresh: () => reload?.() };
}
