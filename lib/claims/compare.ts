import type { Metric, Qualifier } from '../extract/types';
import type { Claim } from './claim';
import { sameClaimant } from './claimants';
import { consistencyFlags } from './compare-flags';
import { derivedSentences, summarize } from './compare-text';
import { daysBetween } from './format';
import { subjectById } from './subjects';
import { claimValue, figureValue } from './value';

export { claimValue, figureValue } from './value';

/** An earlier or later claim, and how the figure compares with it. */
export interface HistoryEntry {
  claim: Claim;
  /** The claim's representative value (see `claimValue`). */
  value: number;
  /** The figure minus this claim (null when the figure has no value). */
  change: number | null;
  /** The figure divided by this claim (null when either is missing or the claim is 0). */
  ratio: number | null;
}

/** Everything the popover shows about one figure. */
export interface ClaimContext {
  subject: { id: string; label: string } | null;
  /** The figure's representative value. */
  value: number | null;
  /** This figure is itself a known claim (same claimant when given, same date, same value). */
  known: Claim | null;
  /** Same subject, metric and party, strictly before the figure (or before `known`), newest first. */
  prior: HistoryEntry[];
  /** Claims after the article date, oldest first. */
  later: HistoryEntry[];
  /** The latest earlier claim, and the change per day since it. */
  latest: (HistoryEntry & { perDay: number | null }) | null;
  sameClaimantPrevious: HistoryEntry | null;
  /** Lowest and highest of all sources up to that date. */
  range: { low: number; high: number; count: number } | null;
  /** Plain sentences: killed + wounded against casualties, "X, including Y". */
  derived: string[];
  flags: { kind: 'runningTotalDecreased' | 'killedExceedsCasualties' | 'outsideRange'; message: string }[];
  /** One plain sentence. */
  summary: string;
}

/** What of a figure the comparison reads. */
export interface FigureLike {
  low: number | null;
  high: number | null;
  qualifier: Qualifier;
  metric: Metric;
  party: string | null;
}

export interface CompareOptions {
  /** The article's publication date (YYYY-MM-DD), null when unknown (then all claims are prior). */
  articleDate: string | null;
  /** Who the article says stated the figure. */
  claimedBy?: string;
  /** Claims of the figure's subject (any metric and party); the comparison picks what matches. */
  history: readonly Claim[];
  subject: { id: string; label: string } | null;
}

const byDate = (a: Claim, b: Claim) => a.claimDate.localeCompare(b.claimDate) || a.id.localeCompare(b.id);

/**
 * Sets a figure against the history of its subject: the claims before and after it, whether it is
 * itself a known claim, changes, range, derived relations, consistency flags and a summary. Pure.
 */
export function compareFigure(figure: FigureLike, opts: CompareOptions): ClaimContext {
  const { articleDate, claimedBy, subject } = opts;
  const value = figureValue(figure);
  const party = figure.party ?? (subject ? (subjectById(subject.id)?.parties[0]?.slug ?? null) : null);
  const comparable = opts.history
    .filter((c) => c.metric === figure.metric && (!subject || c.subject === subject.id))
    .filter((c) => (party ? c.party === party : subject !== null) && claimValue(c) !== null)
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
  const known =
    value === null || articleDate === null
      ? null
      : (comparable.find(
          (c) =>
            c.claimDate === articleDate &&
            claimValue(c) === value &&
            (!claimedBy || sameClaimant(c.claimedBy, claimedBy)),
        ) ?? null);
  const pivot = known?.claimDate ?? articleDate;
  const prior = comparable
    .filter((c) => c !== known && (pivot === null || c.claimDate < pivot))
    .reverse()
    .map(entry);
  const later = articleDate === null ? [] : comparable.filter((c) => c.claimDate > articleDate).map(entry);
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
  const siblings = siblingClaims(opts.history, known, claimant, articleDate, party, subject?.id ?? null);
  const ctx: ClaimContext = {
    subject,
    value,
    known,
    prior,
    later,
    latest,
    sameClaimantPrevious,
    range,
    derived: [],
    flags: [],
    summary: '',
  };
  ctx.derived = derivedSentences(figure, value, siblings);
  ctx.flags = consistencyFlags(figure, ctx, { claimant, pivot, siblings });
  ctx.summary = summarize(figure, ctx, articleDate);
  return ctx;
}

/** Other claims the same claimant made about the same party on the figure's date. */
function siblingClaims(
  history: readonly Claim[],
  known: Claim | null,
  claimant: string | undefined,
  articleDate: string | null,
  party: string | null,
  subjectId: string | null,
): Claim[] {
  const date = known?.claimDate ?? articleDate;
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
