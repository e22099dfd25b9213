import type { FigureRef } from './contract';

/**
 * The demo article's "approximately 600" (North Korean soldiers killed) as a page sends it: the
 * figure the message tests ask about and the seed history answers.
 */
export const DEMO_FIGURE: FigureRef = {
  text: 'approximately 600',
  low: 600,
  high: 600,
  qualifier: 'approx',
  metric: 'killed',
  party: 'north-korea',
};
