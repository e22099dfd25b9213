import { answerMessages, type Table } from '../lib/messages/answer';
import { TO_PAGE } from '../lib/messages/check-message';
import type { PageCommand, ToPage } from '../lib/messages/contract';
import type { ClaimlinePage } from './controller';

/** Does a keyboard shortcut on the page and returns the words it announced. */
export type DoCommand = (command: PageCommand) => string;

/** The table of the page's messages: each one's check (lib/messages) and its handler. */
function pageTable(page: ClaimlinePage, command: DoCommand): Table<ToPage> {
  return {
    // every figure with all their contexts (asked for in one message, from the popover's script)
    'page/figures': { ...TO_PAGE['page/figures'], handle: () => page.answerFigures() },
    // an edit in the popup shows in the open popover
    'claims/changed': { ...TO_PAGE['claims/changed'], handle: () => void page.refresh() },
    // a keyboard shortcut, passed on by the background
    'page/command': { ...TO_PAGE['page/command'], handle: ({ command: name }) => ({ said: command(name) }) },
  };
}

/**
 * What the page answers the popup and the background: `page/figures` gets every figure with all
 * their contexts; `claims/changed` shows an edit in the open popover; `page/command` does a shortcut.
 */
export function answerPopup(page: ClaimlinePage, command: DoCommand) {
  return answerMessages(pageTable(page, command));
}

/**
 * What a page without marks answers (a paused site, or marks the reader hid): no figures, and
 * `paused` the site's name when it is paused; a shortcut is still done and announced.
 */
export function answerUnmarked(doc: Document, command: DoCommand, paused?: string) {
  const table: Table<ToPage> = {
    'page/figures': {
      ...TO_PAGE['page/figures'],
      handle: async () => ({
        url: doc.URL,
        title: doc.title,
        articleDate: null,
        figures: [],
        ...(paused ? { paused } : {}),
      }),
    },
    'claims/changed': { ...TO_PAGE['claims/changed'], handle: () => undefined },
    'page/command': { ...TO_PAGE['page/command'], handle: ({ command: name }) => ({ said: command(name) }) },
  };
  return answerMessages(table);
}
