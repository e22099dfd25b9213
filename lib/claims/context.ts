import type { Metric, Qualifier } from '../extract/types';
import type { Claim } from './claim';
import type { Period } from './known-claim';

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
  /** This figure is itself a known claim (same claimant when given, same numbers, within a day). */
  known: Claim | null;
  /**
   * The day the figure is compared as of: its known claim's, else the day its sentence gives
   * (the last of "in January"), else the article's; null when none is known.
   */
  claimDate: string | null;
  /** The days the figure's sentence says the claim was made, when it says so. */
  claimPeriod: Period | null;
  /** Same subject, metric and party, up to and on `claimDate` (not `known` itself), newest first. */
  prior: HistoryEntry[];
  /** Claims after `claimDate`, oldest first. */
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
