import type { ClaimContext } from '../lib/claims/compare';
import type { ContextRequest } from '../lib/messages/contract';
import type { FigureRequests } from './figure-requests';
import type { MarkedFigure } from './mark-figures';
import { type PageActions, popoverActions } from './popover-actions';
import { type PopoverEvents, wirePopover } from './popover-events';
import { PopoverHost } from './popover-host';

/** What the popover needs of the page (the content script's side). */
export interface PopoverPage {
  doc: Document;
  /** The popover's tag name on this page. */
  tag: string;
  requests: FigureRequests;
  lookup: (mark: HTMLElement) => MarkedFigure | undefined;
  figureAt?: (x: number, y: number) => MarkedFigure | undefined;
  fetchContext: (request: ContextRequest) => Promise<ClaimContext>;
  listen: (target: EventTarget, type: string, handler: (event: Event) => void) => void;
  setTimeout: (fn: () => void, ms: number) => number;
  clearTimeout: (id: number) => void;
  /** What its buttons do; without them the popover only shows context. */
  actions?: PageActions;
  unmark: (m: MarkedFigure) => void;
}

/** Makes the page's popover and wires its events (part of the popover's script). */
export function wirePopoverPage(page: PopoverPage): { host: PopoverHost; events: PopoverEvents } {
  const { doc, requests, actions } = page;
  const host = new PopoverHost(doc, page.tag);
  const events = wirePopover({
    ...page,
    popover: host,
    request: (m) => requests.request(m),
    ref: (m) => requests.ref(m),
    actionsFor: actions
      ? (m, close) =>
          popoverActions({ doc, figure: m, articleDate: requests.date, close, unmark: page.unmark }, actions)
      : undefined,
  });
  return { host, events };
}
