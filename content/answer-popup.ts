import { answerMessages, type Table } from '../lib/messages/answer';
import { TO_PAGE } from '../lib/messages/check-message';
import type { ToPage } from '../lib/messages/contract';
import type { ClaimlinePage } from './controller';

/** The table of the page's messages: each one's check (lib/messages) and its handler. */
function pageTable(page: ClaimlinePage): Table<ToPage> {
  return {
    // every figure with all their contexts (asked for in one message, from the popover's script)
    'page/figures': { ...TO_PAGE['page/figures'], handle: () => page.answerFigures() },
    // an edit in the popup shows in the open popover
    'claims/changed': { ...TO_PAGE['claims/changed'], handle: () => void page.refresh() },
  };
}

/**
 * What the page answers the popup and the background: `page/figures` gets every figure with all
 * their contexts; `claims/changed` shows an edit in the open popover.
 */
export function answerPopup(page: ClaimlinePage) {
  return answerMessages(pageTable(page));
}

/** What a paused site answers the popup: where Claimline is paused, and no figures. */
export function answerPaused(doc: Document, host: string) {
  const pausedTable: Table<ToPage> = {
    'page/figures': {
      ...TO_PAGE['page/figures'],
      handle: async () => ({ url: doc.URL, title: doc.title, articleDate: null, figures: [], paused: host }),
    },
    'claims/changed': { ...TO_PAGE['claims/changed'], handle: () => undefined },
  };
  return answerMessages(pausedTable);
}
