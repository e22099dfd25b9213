import { truncate } from './token-pool';

/** A number as written: digits, words, or a vague amount, with the tokens it spans. */
export interface NumPhrase {
  /** token range [a, b) */
  from: number;
  to: number;
  /** value; for a vague amount, its low bound */
  value: number;
  /** = v, or the high bound of a vague amount */
  high: number;
  vague: boolean;
  /** spelled out in words */
  spelled: boolean;
  /** multiplier of a scale word after the number (1 if none) and the value before it */
  scale: number;
  base: number;
  /** not a count at all: a unit or ordinal glued to it (29km, 4th), or part of a dotted id */
  notCount: boolean;
  negative: boolean;
}

/** One hidden shape for every phrase. */
class Phrase implements NumPhrase {
  from = 0;
  to = 0;
  value = 0;
  high = 0;
  vague = false;
  spelled = false;
  scale = 1;
  base = 0;
  notCount = false;
  negative = false;
}

/** At most this many pooled phrases are kept between texts. */
const KEPT = 256;

/**
 * The number phrases of a reading, reused from one window to the next while reusing, as the
 * tokens are (token-pool.ts). Part of the per-call state (reading-state.ts).
 */
export class PhrasePool {
  private readonly pooled: Phrase[] = [];
  /** the next pooled phrase to hand out, or -1 when phrases are allocated */
  private next = -1;
  /** the array the reusing calls return, written over each time */
  private readonly reused: NumPhrase[] = [];

  /** Starts a window: the array to fill (the reused one, or a new one) and where phrases come from. */
  start(reuse: boolean): NumPhrase[] {
    this.next = reuse ? 0 : -1;
    return reuse ? this.reused : [];
  }

  /** Ends a window's phrases at n. */
  end(out: NumPhrase[], n: number): NumPhrase[] {
    truncate(out, n);
    return out;
  }

  /** A phrase of tokens [a, b) with its value (low and high), written over a pooled one while reusing. */
  phrase(a: number, b: number, v: number, hi: number, vague: boolean, word: boolean): NumPhrase {
    let p: Phrase | undefined;
    if (this.next < 0) p = new Phrase();
    else {
      p = this.pooled[this.next++];
      if (p === undefined) {
        p = new Phrase();
        this.pooled.push(p);
      }
    }
    p.from = a;
    p.to = b;
    p.value = v;
    p.high = hi;
    p.vague = vague;
    p.spelled = word;
    p.scale = 1;
    p.base = v;
    p.notCount = false;
    p.negative = false;
    return p;
  }

  /** Lets go of the phrases of the last reusing call beyond the few kept (at the end of a text). */
  release(): void {
    this.reused.length = 0;
    if (this.pooled.length > KEPT) this.pooled.length = KEPT;
  }
}
