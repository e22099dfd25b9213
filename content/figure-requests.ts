import type { ContextRequest, ContextsRequest, FigureRef } from '../lib/messages/contract';
import { articleDate } from './article-date';
import { contextRequest, contextsRequest, toRef } from './context-request';
import type { MarkedFigure } from './mark-figures';

/** What the background is asked about this page's figures (part of the popover's script). */
export interface FigureRequests {
  /** The article's publication date, read once. */
  date: string | null;
  ref(m: MarkedFigure): FigureRef;
  request(m: MarkedFigure): ContextRequest;
  /** One request for the contexts of many figures (the popup's "This page"). */
  requests(ms: readonly MarkedFigure[]): ContextsRequest;
}

/** The requests about a page's figures; `lang` is the page's language when `<html lang>` gives none. */
export function figureRequests(doc: Document, lang: string | undefined): FigureRequests {
  const date = articleDate(doc);
  // the background reads claim dates in the page's language, or each sentence's when it is read so
  const facts = { doc, articleDate: date, lang: lang === 'auto' ? undefined : lang };
  return {
    date,
    ref: toRef,
    request: (m) => contextRequest(m, facts),
    requests: (ms) => contextsRequest(ms, facts),
  };
}
