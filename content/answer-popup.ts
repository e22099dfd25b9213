import { answerMessages, type Table } from '../lib/messages/answer';
import { TO_PAGE } from '../lib/messages/check-message';
import type { ContextSummary, ToPage } from '../lib/messages/contract';
import { MessageRefused, sendMessage } from '../lib/messages/send';
import { articleDate } from './article-date';
import { toRef } from './context-request';
import type { ClaimlinePage } from './controller';

type PageFigures = ToPage['page/figures']['response'];

/** The table of the page's messages: each one's check (lib/messages) and its handler. */
function pageTable(page: ClaimlinePage): Table<ToPage> {
  return {
    'page/figures': { ...TO_PAGE['page/figures'], handle: () => listFigures(page) },
    // an edit in the popup shows in the open popover
    'claims/changed': { ...TO_PAGE['claims/changed'], handle: () => void page.refresh() },
  };
}

/**
 * What the page answers the popup and the background: `page/figures` gets every figure with all
 * their contexts (asked for in one message); `claims/changed` shows an edit in the open popover.
 */
export function answerPopup(page: ClaimlinePage) {
  return answerMessages(pageTable(page));
}

async function listFigures(page: ClaimlinePage): Promise<PageFigures> {
  const found = page.figures();
  let contexts: ContextSummary[] = [];
  let contextError: PageFigures['contextError'];
  if (found.length > 0) {
    try {
      ({ contexts } = await sendMessage('contexts/get', page.requests(found)));
    } catch (error) {
      const refused = error instanceof MessageRefused ? error : new MessageRefused('noAnswer', String(error));
      contextError = { reason: refused.reason, error: refused.message };
    }
  }
  return {
    url: location.href,
    title: document.title,
    articleDate: articleDate(document),
    figures: found.map((m, index) => ({
      index,
      figure: toRef(m),
      sentence: m.sentence,
      context: contexts[index] ?? null,
    })),
    ...(contextError ? { contextError } : {}),
  };
}
