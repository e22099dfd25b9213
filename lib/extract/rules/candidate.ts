import type { NumPhrase } from '../engine/number-phrase';
import type { Qualifier } from '../types';

/** A number with its qualifier or range partner: the statement a figure's span covers. */
export interface Candidate {
  /** token range [a, b) of the whole statement, qualifier words included */
  from: number;
  to: number;
  low: number | null;
  high: number | null;
  qualifier: Qualifier;
  number: NumPhrase;
  /** the second number of a range */
  second: NumPhrase | null;
  /** the earlier value of a change whose new value is the next number: "cut from 4,500 to 2,500" */
  changed: boolean;
}

/** One hidden shape for every candidate; reused from one window to the next while pooled. */
export class Cand implements Candidate {
  constructor(
    public from: number,
    public to: number,
    public low: number | null,
    public high: number | null,
    public qualifier: Qualifier,
    public number: NumPhrase,
    public second: NumPhrase | null,
    public changed = false,
  ) {}
}

/** At most this many pooled candidates are kept between texts. */
const KEPT = 256;

/**
 * The candidates of a reading, reused from one window to the next, as the tokens are
 * (engine/token-pool.ts). Part of the per-call state (figure-state.ts).
 */
export class CandidatePool {
  readonly pooled: Cand[] = [];
  /** the array the reusing calls return, written over each time */
  readonly reused: Candidate[] = [];

  /** Lets go of the candidates of the last reusing call beyond the few kept (at the end of a text). */
  release(): void {
    this.reused.length = 0;
    if (this.pooled.length > KEPT) this.pooled.length = KEPT;
  }
}
