import { stopAt } from './sentence-stop';
import type { TriggerSet } from './trigger-set';
import { next, wordAfter } from './window-edges';

/**
 * Where a pass of the scan (window-scan.ts) is: the windows found, the open one, and the sentence
 * ends around it, read with indexOf as the pass goes (much cheaper than stopping at each).
 */
export class ScanPosition {
  // the windows found, three numbers each (a typed array: its growth allocates outside the heap
  // of small objects, so a page's windows cause no extra collection)
  out: Int32Array;
  count = 0;
  readonly length: number;
  // the open window, and the start of its first number
  windowStart = -1;
  windowEnd = -1;
  first = -1;
  // the last certain sentence end, the one before it, and the first one after the last number
  lastStop = -1;
  stopBefore = -1;
  nextStop = -1;
  // sentence ends read but not yet tried (see readStops)
  readonly pending: number[] = [];
  // the next full stop, line break, exclamation and question mark not yet looked at
  nextDot: number;
  nextLine: number;
  nextExclamation: number;
  nextQuestion: number;
  // a full stop inside a number ("1.234") ends no sentence
  inNumber = 0;

  constructor(
    readonly text: string,
    readonly trig: TriggerSet,
  ) {
    this.length = text.length;
    // room for a window per 500 characters, about as many as news text has
    this.out = new Int32Array(3 * (64 + (text.length >> 9)));
    this.nextDot = next(text, '.', 0);
    this.nextLine = next(text, '\n', 0);
    this.nextExclamation = next(text, '!', 0);
    this.nextQuestion = next(text, '?', 0);
  }

  /**
   * Tries the first `count` pending sentence ends from the last back: the last certain one is the
   * last stop, and (for the lexicons with cross references) the certain one before it the stop
   * before, as if all had been tried in order.
   */
  settle(count: number): void {
    const cross = this.trig.crossRefs !== null;
    let k = count - 1;
    for (; k >= 0; k--) {
      const p = this.pending[k] as number;
      if (!stopAt(this.text, p, this.length, this.trig)) continue;
      if (cross) this.stopBefore = this.lastStop;
      this.lastStop = p;
      break;
    }
    if (!cross || k < 0) return;
    for (k--; k >= 0; k--) {
      const p = this.pending[k] as number;
      if (stopAt(this.text, p, this.length, this.trig)) {
        this.stopBefore = p;
        return;
      }
    }
  }

  /** Adds the open window to the windows found. */
  push(): void {
    if (this.count + 3 > this.out.length) {
      const more = new Int32Array(this.out.length * 2);
      more.set(this.out);
      this.out = more;
    }
    this.out[this.count] = this.windowStart;
    this.out[this.count + 1] = this.windowEnd;
    this.out[this.count + 2] = this.first;
    this.count += 3;
  }

  /** Looks at the sentence ends before `until`; those before `from` cannot start a window. */
  stops(until: number, from: number): void {
    // most calls have nothing to read: this test alone is small enough to be inlined in the loops
    if (Math.min(this.nextDot, this.nextLine, this.nextExclamation, this.nextQuestion) < until)
      this.readStops(until, from);
  }

  /**
   * As `stops`; with `first`, only up to the end of the open window's sentence. The end of the open
   * window's sentence is looked for in order; of the sentence ends after it only the last one
   * matters (the start of the next number's sentence), so they are tried from the last back.
   */
  readStops(until: number, from: number, first = false): void {
    const text = this.text;
    let pending = 0;
    for (;;) {
      const p = Math.min(this.nextDot, this.nextLine, this.nextExclamation, this.nextQuestion);
      if (p >= until) {
        if (pending > 0) this.settle(pending);
        return;
      }
      if (p === this.nextDot) this.nextDot = next(text, '.', p + 1);
      else if (p === this.nextLine) this.nextLine = next(text, '\n', p + 1);
      else if (p === this.nextExclamation) this.nextExclamation = next(text, '!', p + 1);
      else this.nextQuestion = next(text, '?', p + 1);
      const ends = this.nextStop < 0 && this.windowStart >= 0 && p < this.windowEnd;
      if (p < from && !ends) {
        // nothing before `from` can start a window, and the open window has its end: skip there
        if (this.nextDot < from) this.nextDot = next(text, '.', from);
        if (this.nextLine < from) this.nextLine = next(text, '\n', from);
        if (this.nextExclamation < from) this.nextExclamation = next(text, '!', from);
        if (this.nextQuestion < from) this.nextQuestion = next(text, '?', from);
        continue;
      }
      if (p < this.inNumber || !(p >= from || ends)) continue;
      if (!ends) {
        if (pending < this.pending.length) this.pending[pending] = p;
        else this.pending.push(p);
        pending++;
        continue;
      }
      if (!stopAt(text, p, this.length, this.trig)) continue;
      if (this.trig.crossRefs !== null) this.stopBefore = this.lastStop;
      this.lastStop = p;
      // the open window ends with the sentence of its last number
      this.nextStop = p;
      this.windowEnd = wordAfter(text, p, this.windowEnd);
      if (first) return;
    }
  }
}
