import type { ContextSummary, PageReview, ToPage } from '../lib/messages/contract';
import { MessageRefused, sendMessage } from '../lib/messages/send';
import type { FigureRequests } from './figure-requests';
import type { MarkedFigure } from './mark-figures';

export type PageFiguresAnswer = ToPage['page/figures']['response'];

/**
 * The popup's "This page": every figure still marked and all their contexts, asked for in one
 * message; when the background cannot answer, the figures still, with the reason; and the claims
 * the page's fact-checks review (`reviews`).
 */
export async function pageFiguresAnswer(
  found: readonly MarkedFigure[],
  requests: FigureRequests,
  doc: Document,
  reviews: () => Promise<PageReview[]> = async () => [],
): Promise<PageFiguresAnswer> {
  let contexts: ContextSummary[] = [];
  let contextError: PageFiguresAnswer['contextError'];
  if (found.length > 0) {
    try {
      ({ contexts } = await sendMessage('contexts/get', requests.requests(found)));
    } catch (error) {
      const refused = error instanceof MessageRefused ? error : new MessageRefused('noAnswer', String(error));
      contextError = { reason: refused.reason, error: refused.message };
    }
  }
  // a page's fact-check markup is read, never trusted: whatever it holds, the figures still answer
  const reviewed = await reviews().catch(() => []);
  return {
    url: doc.URL,
    title: doc.title,
    articleDate: requests.date,
    figures: found.map((m, index) => ({
      index,
      figure: requests.ref(m),
      sentence: m.sentence,
      context: contexts[index] ?? null,
    })),
    ...(reviewed.length > 0 ? { reviews: reviewed } : {}),
    ...(contextError ? { contextError } : {}),
  };
}
