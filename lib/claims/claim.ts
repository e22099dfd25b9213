import type { Metric } from '../extract/types';
import type { Amount } from './amount';

/** Whose people a claim counts. */
export const POPULATIONS = ['military', 'civilian', 'unknown'] as const;
export type Population = (typeof POPULATIONS)[number];
/** Whose people a figure in a sentence counts, as the extractor reads it (`Figure.population`). */
export const FIGURE_POPULATIONS = ['military', 'civilian', 'mixed'] as const;
/** Who made a claim, as conflict datasets sort claimants. */
export const CLAIMANT_TYPES = [
  'own-side',
  'adversary',
  'third-government',
  'un-ngo',
  'independent',
  'media',
  'unknown',
] as const;
export type ClaimantType = (typeof CLAIMANT_TYPES)[number];
export type Origin = 'seed' | 'page' | 'manual' | 'import' | 'pack';

/**
 * One published claim about a casualty or troop number, after the conventions of conflict
 * datasets (UCDP, ACLED, Wikipedia infoboxes). Dates are ISO `YYYY-MM-DD`; timestamps ISO.
 */
export interface Claim extends Amount {
  /** Stable id: `seed:<subject>:<n>` for seeds, a random UUID otherwise. */
  id: string;
  subject: string | null;
  party: string | null;
  population: Population;
  metric: Metric;
  claimedBy: string;
  claimantType: ClaimantType;
  via: string | null;
  claimDate: string;
  periodStart: string | null;
  periodEnd: string | null;
  /** A running total since the start of the war (true) or a count for a period (false). */
  cumulative: boolean;
  place: string | null;
  sourceUrl: string | null;
  sourceName: string | null;
  quote: string | null;
  note: string | null;
  origin: Origin;
  /** A central estimate inside a range (UCDP's `best`); absent when the source gives none. */
  best?: number;
  /**
   * A fact-checker's review of the claim (schema.org ClaimReview): who checked it, its rating as
   * written ("False", "Misleading") and where the check is published. Absent when none was saved.
   */
  reviewedBy?: string;
  reviewRating?: string;
  reviewUrl?: string;
  createdAt: string;
  updatedAt: string;
}
