import type { Claim } from './claims/claim';
import { type ClaimContext, compareFigure } from './claims/compare';
import { matchSubject } from './claims/match-subject';
import { type ClaimlineDb, historyFor } from './db';
import type { ContextRequest, ContextSummary, ContextsRequest } from './messages';

type HistoryQuery = Parameters<typeof historyFor>[1];
/** Reads a figure's history; a batch shares one, so figures of one subject read it once. */
type ReadHistory = (query: HistoryQuery) => Promise<Claim[]>;

/** Finds the subject and history of a figure and compares the two. */
export async function contextFor(
  db: ClaimlineDb,
  request: ContextRequest,
  read: ReadHistory = (query) => historyFor(db, query),
): Promise<ClaimContext> {
  const { figure, sentence, articleText, articleDate } = request;
  const subject = matchSubject({
    party: figure.party,
    population: figure.population ?? null,
    metric: figure.metric,
    sentence,
    articleText,
  });
  const history = await read({
    subject: subject?.subjectId ?? null,
    party: figure.party,
    metric: figure.metric,
    date: articleDate,
  });
  return compareFigure(figure, {
    articleDate,
    claimedBy: figure.claimedBy,
    history,
    subject: subject ? { id: subject.subjectId, label: subject.label } : null,
  });
}

/**
 * The contexts of many figures of one page, in order, as the popup lists them. History reads are
 * shared between figures that ask the same (one subject, metric and date), so a page of 2,000
 * figures costs a few reads, not 2,000.
 */
export async function contextsFor(db: ClaimlineDb, request: ContextsRequest): Promise<ContextSummary[]> {
  const reads = new Map<string, Promise<Claim[]>>();
  const read: ReadHistory = (query) => {
    const key = JSON.stringify(query);
    const pending = reads.get(key) ?? historyFor(db, query);
    reads.set(key, pending);
    return pending;
  };
  const { title, passages, articleDate, lang, pageUrl } = request;
  const out: ContextSummary[] = [];
  for (const item of request.figures) {
    const articleText = `${title}\n${passages[item.passage] ?? ''}`;
    const context = await contextFor(db, { ...item, articleText, articleDate, lang, pageUrl }, read);
    out.push(summaryOf(context));
  }
  return out;
}

/** What the popup shows of a context. */
function summaryOf(context: ClaimContext): ContextSummary {
  const { subject, summary, claimDate, known } = context;
  return {
    subject,
    summary,
    claimDate,
    known: known ? { claimedBy: known.claimedBy, claimDate: known.claimDate } : null,
  };
}
