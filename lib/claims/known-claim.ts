import type { Amount } from './amount';
import type { Claim } from './claim';
import { sameClaimant } from './claimants';
import { daysBetween } from './dates';
import { figureValue } from './value';

/** The days a claim may have been made on: one day, or a span the sentence gives ("in January"). */
export interface Period {
  first: string;
  last: string;
}

/**
 * Whether a figure states the same numbers as a claim: the same representative value and the
 * same stated bounds, a missing bound read as the number stated ("at least 300" states 300, as
 * "about 300" does; "3,000 to 4,000" is not "about 3,500").
 */
export function sameAmount(a: Amount, b: Amount): boolean {
  const [va, vb] = [figureValue(a), figureValue(b)];
  if (va === null || vb === null || va !== vb) return false;
  return (a.low ?? va) === (b.low ?? vb) && (a.high ?? va) === (b.high ?? vb);
}

/**
 * The claim of the history this figure is: the same numbers (`sameAmount`; the metric is the
 * caller's), the same claimant or none stated, made within a day of the figure's claim date (or
 * of the days its sentence gives). A claim the reader saved from this page (`pageUrl`) needs no
 * claimant: the reader may have named it better than the sentence did. Of several, the one
 * nearest the date, the earliest on a tie. Null without any date: a figure of an undated article
 * is no particular claim.
 */
export function knownClaim(
  figure: Amount,
  candidates: readonly Claim[],
  when: Period | null,
  claimedBy: string | undefined,
  pageUrl?: string,
): Claim | null {
  if (!when) return null;
  let best: Claim | null = null;
  let bestScore = Number.POSITIVE_INFINITY;
  for (const c of candidates) {
    if (!sameAmount(figure, c)) continue;
    const saved = pageUrl !== undefined && c.sourceUrl === pageUrl;
    if (claimedBy && !saved && !sameClaimant(c.claimedBy, claimedBy)) continue;
    const off = distance(c.claimDate, when);
    if (off > 1) continue;
    if (off < bestScore) {
      best = c;
      bestScore = off;
    }
  }
  return best;
}

/** Whole days from `day` to the nearest day of `period` (0 inside it). */
function distance(day: string, period: Period): number {
  if (day < period.first) return daysBetween(day, period.first);
  if (day > period.last) return daysBetween(period.last, day);
  return 0;
}
