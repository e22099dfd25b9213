import type { Claim } from '../lib/claims/claim';
import { type ClaimContext, compareFigure } from '../lib/claims/compare';
import { matchSubject } from '../lib/claims/match-subject';
import { type Evidence, evidenceIn } from '../lib/claims/subject-evidence';
import { type ClaimlineDb, cachedHistoryFor, type HistoryQuery } from '../lib/db';
// chrono-node and six languages of dates: the background reads claim dates, the content script cannot carry them
import { readClaimPeriod } from '../lib/extract/claim-date';
import type { ContextRequest, ContextSummary, ContextsRequest } from '../lib/messages/contract';

/**
 * Reads a figure's history: kept until the claims change (`cachedHistoryFor`), so the figures of a
 * page, and a popover opened again, read IndexedDB once per query.
 */
export type ReadHistory = (query: HistoryQuery) => Promise<readonly Claim[]>;
/** Reads what an article text names; a batch shares one, so a passage is read once. */
type ReadEvidence = (text: string) => Evidence;

/**
 * Finds the subject and history of a figure and compares the two as of the figure's claim date:
 * the day its sentence says the claim was made (read here, against the article's date and in the
 * page's language), else the article's date.
 */
export async function contextFor(
  db: ClaimlineDb,
  request: ContextRequest,
  read: ReadHistory = (query) => cachedHistoryFor(db, query),
  evidenceOf: ReadEvidence = evidenceIn,
): Promise<ClaimContext> {
  const { figure, sentence, span, articleText, articleDate, lang, pageUrl } = request;
  const claimPeriod = span ? readClaimPeriod(sentence, span, { lang, date: articleDate }) : null;
  const subject = matchSubject(
    {
      party: figure.party,
      population: figure.population ?? null,
      metric: figure.metric,
      sentence,
      articleText,
    },
    { sentence: evidenceIn(sentence), article: evidenceOf(articleText) },
  );
  const history = await read({
    subject: subject?.subjectId ?? null,
    party: figure.party,
    metric: figure.metric,
    date: claimPeriod?.last ?? articleDate,
    days: claimPeriod,
    ...(pageUrl ? { pageUrl } : {}),
  });
  return compareFigure(figure, {
    articleDate,
    claimPeriod,
    pageUrl,
    claimedBy: figure.claimedBy,
    history,
    subject: subject ? { id: subject.subjectId, label: subject.label } : null,
  });
}

/**
 * The contexts of many figures of one page, in order, as the popup lists them. History reads are
 * shared between figures that ask the same (one subject, metric and date), and each passage is
 * read for evidence once, so a page of 2,000 figures costs a few reads, not 2,000.
 */
export async function contextsFor(db: ClaimlineDb, request: ContextsRequest): Promise<ContextSummary[]> {
  const reads = new Map<string, Promise<readonly Claim[]>>();
  const read: ReadHistory = (query) => {
    const key = JSON.stringify(query);
    const pending = reads.get(key) ?? cachedHistoryFor(db, query);
    reads.set(key, pending);
    return pending;
  };
  const evidence = new Map<string, Evidence>();
  const evidenceOf: ReadEvidence = (text) => {
    const known = evidence.get(text) ?? evidenceIn(text);
    evidence.set(text, known);
    return known;
  };
  const { title, passages, articleDate, lang, pageUrl } = request;
  const out: ContextSummary[] = [];
  for (const item of request.figures) {
    const articleText = `${title}\n${passages[item.passage] ?? ''}`;
    const context = await contextFor(
      db,
      { ...item, articleText, articleDate, lang, pageUrl },
      read,
      evidenceOf,
    );
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
