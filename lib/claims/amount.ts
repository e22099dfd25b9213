import type { Figure } from '../extract/types';

/** How much a figure or a claim says: its bounds and how they are qualified ("at least 300"). */
export type Amount = Pick<Figure, 'low' | 'high' | 'qualifier'>;

/** A claim as a sentence names it: how much, who said it (the claimant's label) and on which day. */
export type Said = Amount & { claimant: string; claimDate: string };

/** Approximate numbers are estimates; counts and stated bounds are figures. */
export function isEstimate(a: Amount): boolean {
  return a.qualifier === 'approx' || a.qualifier === 'range' || a.qualifier === 'vague';
}
