import type { Metric } from '../extract/types';
import type { Amount, Said } from './amount';
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
  /** The claim pack the claim came from, when it is a pack's record (the background adds it). */
  pack?: PackSource;
}

/** Where a pack claim came from: the pack's publisher and when the publisher last issued it. */
export interface PackSource {
  publisher: string;
  updatedAt: string;
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
  /** Relations with the claimant's other figures of the day: killed + wounded against casualties, "X, including Y". */
  derived: Derived[];
  /** Warnings a careful reader would raise. */
  flags: Flag[];
  /** What the one-sentence summary says (lib/wording writes it). */
  summary: Summary;
}

/** What of a figure the comparison reads. */
export interface FigureLike extends Amount {
  metric: Metric;
  party: string | null;
}

/** What the summary of a comparison says, as data: lib/wording writes the sentence. */
export type Summary =
  | { kind: 'noNumber' }
  | { kind: 'noHistory'; subject: { id: string; label: string } | null; metric: Metric }
  | { kind: 'compared'; head: SummaryHead; later: Said | null };

/** How a summary opens: against an earlier claim, as a known claim, or as the first claim. */
export type SummaryHead =
  | { kind: 'change'; ratio: number; reference: Said; asOf: string | null }
  | { kind: 'known'; claimant: string; claimDate: string }
  | { kind: 'first' };

/** One relation with what the same claimant said the same day. */
export type Derived =
  | { kind: 'killedWounded'; claimant: string; killed: Amount; wounded: Amount; sum: number; total: number }
  | { kind: 'ofThese'; claimant: string; value: number; killed: Amount }
  | { kind: 'includes'; metric: 'killed' | 'wounded'; claimant: string; total: Said; value: number }
  | { kind: 'with'; other: Amount & { metric: Metric }; sum: number; total: number | null };

/** One warning, with what it names. */
export type Flag =
  | { kind: 'runningTotalDecreased'; earlier: Said }
  | {
      kind: 'killedExceedsCasualties';
      killed: Amount;
      casualties: Amount;
      claimant: string;
      claimDate: string;
    }
  | { kind: 'outsideRange'; direction: 'lower' | 'higher'; low: number; high: number; until: string | null };
