import type { Metric, Qualifier } from '../extract/types';

export type Population = 'military' | 'civilian' | 'unknown';
export type ClaimantType =
  | 'own-side'
  | 'adversary'
  | 'third-government'
  | 'un-ngo'
  | 'independent'
  | 'media'
  | 'unknown';
export type Origin = 'seed' | 'page' | 'manual' | 'import' | 'pack';

/**
 * One published claim about a casualty or troop number, after the conventions of conflict
 * datasets (UCDP, ACLED, Wikipedia infoboxes). Dates are ISO `YYYY-MM-DD`; timestamps ISO.
 */
export interface Claim {
  /** Stable id: `seed:<subject>:<n>` for seeds, a random UUID otherwise. */
  id: string;
  subject: string | null;
  party: string | null;
  population: Population;
  metric: Metric;
  low: number | null;
  high: number | null;
  qualifier: Qualifier;
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
  createdAt: string;
  updatedAt: string;
}
