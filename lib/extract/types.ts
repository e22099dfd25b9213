/** What a figure counts (../shared/DESIGN.md). */
export type Metric = 'killed' | 'wounded' | 'casualties' | 'missing' | 'captured' | 'deployed' | 'withdrawn';

/** How the text bounds the number. */
export type Qualifier =
  | 'exact'
  | 'approx'
  | 'atLeast'
  | 'moreThan'
  | 'atMost'
  | 'lessThan'
  | 'nearly'
  | 'range'
  | 'vague';

export const METRICS: readonly Metric[] = [
  'killed',
  'wounded',
  'casualties',
  'missing',
  'captured',
  'deployed',
  'withdrawn',
];

/** A count of troops sent, present or withdrawn, not of casualties. */
export const isTroopMetric = (metric: Metric | null): boolean =>
  metric === 'deployed' || metric === 'withdrawn';

/** A count of people lost to a side (not deployed or withdrawn). */
export const isCasualtyMetric = (metric: Metric | null): boolean =>
  metric !== null && metric !== 'deployed' && metric !== 'withdrawn';

export const QUALIFIERS: readonly Qualifier[] = [
  'exact',
  'approx',
  'atLeast',
  'moreThan',
  'atMost',
  'lessThan',
  'nearly',
  'range',
  'vague',
];

/** One casualty or troop figure found in text. */
export interface Figure {
  /** UTF-16 offsets of the whole statement of the figure ("at least 300"). */
  start: number;
  end: number;
  /** text.slice(start, end) */
  text: string;
  low: number | null;
  high: number | null;
  qualifier: Qualifier;
  metric: Metric;
  /** Lowercase slug of whose people are counted, or null. */
  party: string | null;
  /** Who counts as the people counted, as the figure's noun says: soldiers, civilians or both. */
  population?: Population | null;
  /** Who the sentence says stated the figure, when it says so. */
  claimedBy?: string;
  /** When the sentence says the claim was made (YYYY-MM-DD), read against the article's date. */
  claimDate?: string;
}

/** Whose people a figure counts, as its noun says ("soldiers", "civilians", "soldiers and civilians"). */
export type Population = 'military' | 'civilian' | 'mixed';
