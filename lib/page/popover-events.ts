import type { PopoverActions, PopoverState } from '../../components/Popover';
import type { ClaimContext } from '../claims/compare';
import { t } from '../i18n';
import type { ContextRequest } from '../messages';
import { toRef } from './context-request';
import { MARK_TAG, type MarkedFigure } from './mark-figures';
import type { PopoverHost } from './popover-host';

export interface PopoverEventDeps {
  doc: Document;
  popover: PopoverHost;
  /** The marked figure behind a mark element, if it is one of ours. */
  lookup: (mark: HTMLElement) => MarkedFigure | undefined;
  request: (m: MarkedFigure) => ContextRequest;
  fetchContext: (request: ContextRequest) => Promise<ClaimContext>;
  listen: (target: EventTarget, type: string, handler: (event: Event) => void) => void;
  setTimeout: (fn: () => void, ms: number) => number;
  clearTimeout: (id: number) => void;
  /** The popover's actions for a figure (save, not a figure, pause). */
  actionsFor?: (m: MarkedFigure, close: () => void) => PopoverActions;
}

const HOVER_INTENT_MS = 300;
const HOVER_LEAVE_MS = 250;

/**
 * Opens the popover on Enter (or Space) and on hover after an intent delay; closes it on Escape,
 * on a click elsewhere and shortly after the pointer leaves both mark and popover. Focus returns to
 * the mark when the popover was closed from the keyboard.
 */
export function wirePopover(deps: PopoverEventDeps): {
  open: (mark: HTMLElement, focus: boolean) => void;
  close: (returnFocus: boolean) => void;
  refresh: () => void;
} {
  const { doc, popover } = deps;
  let hoverTimer = 0;
  let leaveTimer = 0;

  const close = (returnFocus: boolean) => {
    const anchor = popover.anchor;
    if (!anchor) return;
    anchor.setAttribute('aria-expanded', 'false');
    popover.hide();
    if (returnFocus && anchor.isConnected) anchor.focus();
  };

  /** Loads the context of the open popover's figure again (after the claim history changed). */
  let reload: (() => void) | null = null;

  const open = (mark: HTMLElement, focus: boolean) => {
    const m = deps.lookup(mark);
    if (!m) return;
    if (popover.anchor && popover.anchor !== mark) close(false);
    const figure = toRef(m);
    const onClose = () => close(true);
    const actions = deps.actionsFor?.(m, () => close(false));
    const request = deps.request(m);
    const show = (state: PopoverState) =>
      popover.show(mark, { figure, state, onClose, actions, articleDate: request.articleDate });
    mark.setAttribute('aria-expanded', 'true');
    show({ status: 'loading' });
    if (focus) popover.dialog?.focus();
    const load = () =>
      deps
        .fetchContext(request)
        .then((context) => {
          if (popover.anchor === mark) show({ status: 'ready', context });
        })
        .catch((error: unknown) => {
          const message = t('loadError', error instanceof Error ? error.message : String(error));
          if (popover.anchor === mark) show({ status: 'error', message });
        });
    reload = () => {
      if (popover.anchor === mark) load();
    };
    load();
  };

  // the event's first target: marks inside a page's own shadow roots are retargeted to their host
  const markOf = (event: Event): HTMLElement | null => {
    const target = event.composedPath()[0] ?? event.target;
    return target instanceof Element ? (target.closest(MARK_TAG) as HTMLElement | null) : null;
  };

  deps.listen(doc, 'keydown', (event) => {
    const e = event as KeyboardEvent;
    const mark = markOf(e);
    if (mark && (e.key === 'Enter' || e.key === ' ')) {
      e.preventDefault();
      open(mark, true);
    } else if (e.key === 'Escape' && popover.isOpen) {
      close(true);
    }
  });
  deps.listen(doc, 'click', (event) => {
    const mark = markOf(event);
    if (mark) open(mark, false);
    else if (popover.isOpen && event.target !== popover.host) close(false);
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
  deps.listen(doc, 'mouseover', (event) => {
    const mark = markOf(event);
    if (mark || event.target === popover.host) deps.clearTimeout(leaveTimer);
    if (mark && popover.anchor !== mark) {
      deps.clearTimeout(hoverTimer);
      hoverTimer = deps.setTimeout(() => open(mark, false), HOVER_INTENT_MS);
    }
  });
  deps.listen(doc, 'mouseout', (event) => {
    const fromOurs = markOf(event) !== null || event.target === popover.host;
    if (!fromOurs) return;
    deps.clearTimeout(hoverTimer);
    if (popover.isOpen && !popover.host.matches(':focus-within'))
      leaveTimer = deps.setTimeout(() => close(false), HOVER_LEAVE_MS);
  });
  return { open, close, refresh: () => reload?.() };
}
