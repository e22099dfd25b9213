import type { Token } from '../engine/token';
import type { Figure } from '../types';
import type { Candidate } from './candidate';

/**
 * The two values of a count that changed, "cut its force from 4,500 to 2,500 troops", "the toll
 * rose from 48 to 112": two figures, each exact, that count the same people. The one whose words
 * say what is counted lends it to the other; kept while the window is read.
 */
export class ChangedCount {
  /** token index where the new value's number starts, or -1 */
  next = -1;
  /** the earlier value's figure, when it was one */
  figure: Figure | null = null;
  start = 0;
  end = 0;
  text = '';
  value = 0;

  /** Notes the earlier value of a change (c.changed), with its figure or, lacking a noun, none. */
  keep(text: string, toks: Token[], c: Candidate, fig: Figure | null): void {
    this.next = c.changed ? c.number.to + 1 : -1;
    if (this.next < 0) return;
    this.figure = fig;
    this.start = (toks[c.number.from] as Token).start;
    this.end = (toks[c.number.to - 1] as Token).end;
    this.text = text.slice(this.start, this.end);
    this.value = c.number.value;
  }

  /** The earlier value as a figure counting what `fig`, its new value, counts; null when c is none. */
  earlier(c: Candidate, fig: Figure): Figure | null {
    if (!this.waitsFor(c) || this.figure) return null;
    this.next = -1;
    const { start, end, text, value } = this;
    const { metric, party, population } = fig;
    return { start, end, text, low: value, high: value, qualifier: 'exact', metric, party, population };
  }

  /** The new value c as a figure counting what the earlier one did, when only that one said it. */
  later(text: string, toks: Token[], c: Candidate): Figure | null {
    const before = this.figure;
    if (!this.waitsFor(c) || !before) return null;
    this.next = -1;
    const start = (toks[c.from] as Token).start;
    const end = (toks[c.to - 1] as Token).end;
    const { low, high, qualifier } = c;
    const { metric, party, population } = before;
    return { start, end, text: text.slice(start, end), low, high, qualifier, metric, party, population };
  }

  private waitsFor(c: Candidate): boolean {
    return this.next >= 0 && c.number.from === this.next;
  }
}
