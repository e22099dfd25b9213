import type { Amount } from './amount';
import type { Claim } from './claim';

/**
 * One number that stands for a figure: the point for exact and approximate figures, the stated
 * bound for one-sided ones ("at least 300" -> 300, "nearly 1,000" -> 1,000), the middle of a range.
 */
export function figureValue(f: Amount): number | null {
  const { low, high, qualifier } = f;
  if (low !== null && high !== null && low !== high) return (low + high) / 2;
  if (qualifier === 'atMost' || qualifier === 'lessThan' || qualifier === 'nearly') return high ?? low;
  return low ?? high;
}

/** `figureValue` of a stored claim. */
export function claimValue(c: Claim): number | null {
  return figureValue(c);
}

/** Lowest number a figure allows ("fewer than 10" allows 0). */
export function lowerBound(f: Amount): number {
  if (f.low !== null) return f.low;
  return f.qualifier === 'nearly' || f.qualifier === 'atMost' || f.qualifier === 'lessThan'
    ? 0
    : (f.high ?? 0);
}

/** Highest number a figure allows ("at least 300" has no ceiling). */
export function upperBound(f: Amount): number {
  if (f.high !== null) return f.high;
  return f.qualifier === 'atLeast' || f.qualifier === 'moreThan' || f.qualifier === 'vague'
    ? Number.POSITIVE_INFINITY
    : (f.low ?? Number.POSITIVE_INFINITY);
}
