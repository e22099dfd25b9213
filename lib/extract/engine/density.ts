/**
 * A stretch with more than one number per SPACING characters, sustained past CAP numbers, is a
 * table or data, not prose: its numbers are skipped until the text thins out again (this keeps
 * the worst case close to the cost of ordinary news text).
 */
const SPACING = 24;
export const CAP = 64;

/**
 * The account of that rule: every number costs one credit, the text earns one per SPACING
 * characters, up to CAP. Starved below zero, it skips numbers until a quarter of CAP is earned back.
 */
export class Density {
  credit = CAP;
  last = 0;
  starved = false;

  /** The credit after a number at s. */
  at(s: number): number {
    return Math.max(0, Math.min(CAP, this.credit + (s - this.last) / SPACING)) - 1;
  }

  /** Charges the number at s; true when it is to be skipped. */
  charge(s: number): boolean {
    this.credit = this.at(s);
    this.last = s;
    if (!(this.starved && this.credit < CAP / 4)) this.starved = this.credit < 0;
    return this.starved;
  }
}
