import type { ClaimContext } from '../lib/claims/compare';
import type { ContextRequest } from '../lib/messages/contract';
import { MARK_ATTRIBUTE } from './element-names';
import type { FigureRequests } from './figure-requests';
import type { MarkedFigure } from './mark-figures';
import { type PageActions, popoverActions } from './popover-actions';
import { type PopoverEvents, wirePopover } from './popover-events';
import { PopoverHost } from './popover-host';
import { pageToast } from './popover-toast';

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
  /** Reads a block again from its start (after an undo gave a figure in it back). */
  reread: (block: Element) => void;
}

/** How long an undo waits for its figure to be marked again, and how often it looks. */
const REMARK_WAIT_MS = 3000;
const REMARK_LOOK_MS = 50;

/** Reads a block again and resolves with its figure reading `text` once it is marked (or undefined). */
function remark(page: PopoverPage, block: Element, text: string): Promise<MarkedFigure | undefined> {
  page.reread(block);
  const end = Date.now() + REMARK_WAIT_MS;
  return new Promise((found) => {
    const look = () => {
      for (const mark of block.querySelectorAll<HTMLElement>(`[${MARK_ATTRIBUTE}]`)) {
        const m = page.lookup(mark);
        if (m?.figure.text === text) return found(m);
      }
      // a page that changed meanwhile may no longer say it: the undo still stands
      if (Date.now() > end) found(undefined);
      else page.setTimeout(look, REMARK_LOOK_MS);
    };
    page.setTimeout(look, 0);
  });
}

/** Makes the page's popover and wires its events (part of the popover's script). */
export function wirePopoverPage(page: PopoverPage): { host: PopoverHost; events: PopoverEvents } {
  const { doc, requests, actions } = page;
  const host = new PopoverHost(doc, page.tag);
  const toast = pageToast(host, page);
  const events = wirePopover({
    ...page,
    popover: host,
    request: (m) => requests.request(m),
    ref: (m) => requests.ref(m),
    actionsFor: actions
      ? (m, close) =>
          popoverActions(
            {
              doc,
              figure: m,
              articleDate: requests.date,
              close,
              unmark: page.unmark,
              remark: (block, text) => remark(page, block, text),
              toast,
              hasFocus: () => host.hasFocus,
            },
            actions,
          )
      : undefined,
  });
  return { host, events };
}
