import type { Metric } from '../types';

/** Which words gave a figure its metric (its party and population rules read it too). */
export type Via =
  | 'head'
  | 'after'
  | 'verb'
  | 'link'
  | 'forward'
  | 'backward'
  | 'subset'
  | 'anaphora'
  | 'default';

export interface MetricFound {
  metric: Metric | null;
  via: Via;
  /** token index of the cue word, or -1 */
  cue: number;
}
