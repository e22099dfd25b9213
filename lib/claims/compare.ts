import type { Claim } from './claim';
import { sameClaimant } from './claimants';
import { consistencyFlags } from './compare-flags';
import { derivedOf, summaryOf } from './compare-summary';
import type { ClaimContext, FigureLike, HistoryEntry } from './context';
import { daysBetween } from './dates';
import { knownClaim, type Period } from './known-claim';
import { subjectById } from './subjects';
import { claimValue, figureValue } from './value';

export type { ClaimContext, FigureLike, HistoryEntry } from './context';
export { claimValue, figureValue } from './value';

export interface CompareOptions {
  /** The article's publication date (YYYY-MM-DD), null when unknown. */
  articleDate: string | null;
  /**
   * The days the figure's sentence says the claim was made (one day for "said on 9 January"),
   * null or absent when it says none: then the article's date is the figure's.
   */
  claimPeriod?: Period | null;
  /** The page's address: claims saved from it count whatever subject they were filed under. */
  pageUrl?: string;
  /** Who the article says stated the figure. */
  claimedBy?: string;
  /** Claims of the figure's subject (any metric and party); the comparison picks what matches. */
  history: readonly Claim[];
  subject: { id: string; label: string } | null;
}

const byDate = (a: Claim, b: Claim) => a.claimDate.localeCompare(b.claimDate) || a.id.localeCompare(b.id);

/**
 * Sets a figure against the history of its subject as of the figure's own date: whether it is
 * itself a known claim, the claims up to that day and after it, changes, range, derived relations,
 * consistency flags and a summary. Pure.
 */
export function compareFigure(figure: FigureLike, opts: CompareOptions): ClaimContext {
  const { articleDate, claimedBy, subject, pageUrl } = opts;
  const claimPeriod = opts.claimPeriod ?? null;
  const value = figureValue(figure);
  const party = figure.party ?? (subject ? (subjectById(subject.id)?.parties[0]?.slug ?? null) : null);
  const ofSubject = (c: Claim) =>
    (!subject || c.subject === subject.id) && (party ? c.party === party : subject !== null);
  // a claim the reader saved from this very page is this page's history, filed where it may be
  const fromPage = (c: Claim) =>
    pageUrl !== undefined && c.sourceUrl === pageUrl && (!party || !c.party || c.party === party);
  const comparable = opts.history
    .filter((c) => c.metric === figure.metric && claimValue(c) !== null && (ofSubject(c) || fromPage(c)))
    .sort(byDate);
  const entry = (claim: Claim): HistoryEntry => {
    const v = claimValue(claim) as number;
    return {
      claim,
      value: v,
      change: value === null ? null : value - v,
      ratio: value === null || v === 0 ? null : value / v,
    };
  };
  const said = claimPeriod ?? (articleDate ? { first: articleDate, last: articleDate } : null);
  const known = value === null ? null : knownClaim(figure, comparable, said, claimedBy, pageUrl);
  const pivot = known?.claimDate ?? said?.last ?? null;
  // claims of the figure's own day are part of its history; only those after it are later
  const prior = comparable
    .filter((c) => c !== known && (pivot === null || c.claimDate <= pivot))
    .reverse()
    .map(entry);
  const later = pivot === null ? [] : comparable.filter((c) => c.claimDate > pivot).map(entry);
  const first = prior[0];
  const days = first && pivot ? daysBetween(first.claim.claimDate, pivot) : 0;
  const latest = first
    ? { ...first, perDay: first.change !== null && days > 0 ? first.change / days : null }
    : null;
  const claimant = claimedBy ?? known?.claimedBy;
  const sameClaimantPrevious = claimant
    ? (prior.find((e) => sameClaimant(e.claim.claimedBy, claimant)) ?? null)
    : null;
  const upToDate = known ? [known, ...prior.map((e) => e.claim)] : prior.map((e) => e.claim);
  const range =
    upToDate.length === 0
      ? null
      : {
          low: Math.min(...upToDate.map((c) => c.low ?? (c.high as number))),
          high: Math.max(...upToDate.map((c) => c.high ?? (c.low as number))),
          count: upToDate.length,
        };
  const siblings = siblingClaims(opts.history, known, claimant, pivot, party, subject?.id ?? null);
  const ctx: ClaimContext = {
    subject,
    value,
    known,
    claimDate: pivot,
    claimPeriod,
    prior,
    later,
    latest,
    sameClaimantPrevious,
    range,
    derived: [],
    flags: [],
    summary: { kind: 'noNumber' },
  };
  ctx.derived = derivedOf(figure, value, siblings);
  ctx.flags = consistencyFlags(figure, ctx, { claimant, pivot, siblings });
  ctx.summary = summaryOf(figure, ctx, pivot);
  return ctx;
}

/** Other claims the same claimant made about the same party on the figure's date. */
function siblingClaims(
  history: readonly Claim[],
  known: Claim | null,
  claimant: string | undefined,
  date: string | null,
  party: string | null,
  subjectId: string | null,
): Claim[] {
  if (!claimant || !date) return [];
  return history.filter(
    (c) =>
      c !== known &&
      c.claimDate === date &&
      c.party === party &&
      (!subjectId || c.subject === subjectId) &&
      sameClaimant(c.claimedBy, claimant),
  );
}
