import type { Claim } from './claim';
import { claimantLabel, saidOf, sameClaimant } from './claimants';
import type { ClaimContext, FigureLike, Flag } from './context';
import { lowerBound, upperBound } from './value';

interface FlagInput {
  /** Who stated the figure, when known. */
  claimant: string | undefined;
  /** The figure's date: its known claim's, else the article's. */
  pivot: string | null;
  /** What the same claimant said the same day. */
  siblings: readonly Claim[];
}

/**
 * Warnings a careful reader would raise: a running total that fell below the same claimant's
 * earlier total, more killed than casualties on one day, a figure outside every other source.
 */
export function consistencyFlags(figure: FigureLike, ctx: ClaimContext, input: FlagInput): Flag[] {
  return [
    runningTotal(figure, ctx, input),
    killedVsCasualties(figure, input),
    outside(figure, ctx, input),
  ].filter((f): f is Flag => f !== null);
}

function runningTotal(figure: FigureLike, ctx: ClaimContext, { claimant }: FlagInput): Flag | null {
  if (!claimant || (ctx.known && !ctx.known.cumulative)) return null;
  const ceiling = upperBound(figure);
  const higher = ctx.prior.find(
    (e) =>
      e.claim.cumulative &&
      sameClaimant(e.claim.claimedBy, claimant) &&
      (!ctx.known || e.claim.periodStart === ctx.known.periodStart) &&
      lowerBound(e.claim) > ceiling,
  );
  if (!higher) return null;
  return { kind: 'runningTotalDecreased', earlier: saidOf(higher.claim) };
}

function killedVsCasualties(figure: FigureLike, { siblings }: FlagInput): Flag | null {
  const casualties = figure.metric === 'killed' ? siblings.find((c) => c.metric === 'casualties') : undefined;
  const killed = figure.metric === 'casualties' ? siblings.find((c) => c.metric === 'killed') : undefined;
  const pair = casualties
    ? { k: figure, c: casualties as FigureLike }
    : killed
      ? { k: killed as FigureLike, c: figure }
      : null;
  if (!pair || lowerBound(pair.k) <= upperBound(pair.c)) return null;
  const { claimedBy, claimDate } = siblings[0] as Claim;
  const amount = (f: FigureLike) => ({ low: f.low, high: f.high, qualifier: f.qualifier });
  return {
    kind: 'killedExceedsCasualties',
    killed: amount(pair.k),
    casualties: amount(pair.c),
    claimant: claimantLabel(claimedBy),
    claimDate,
  };
}

function outside(figure: FigureLike, ctx: ClaimContext, { claimant, pivot }: FlagInput): Flag | null {
  const latestPerSource = new Map<string, Claim>();
  for (const e of ctx.prior) {
    if (claimant && sameClaimant(e.claim.claimedBy, claimant)) continue;
    const key = claimantLabel(e.claim.claimedBy);
    if (!latestPerSource.has(key)) latestPerSource.set(key, e.claim);
  }
  const others = [...latestPerSource.values()];
  if (others.length < 2) return null;
  const lo = Math.min(...others.map(lowerBound));
  const hi = Math.max(...others.map(upperBound));
  // the range as the reader sees it: the highest stated number, not an open bound's infinity
  const shown = { low: lo, high: Math.max(...others.map((c) => c.high ?? c.low ?? 0)), until: pivot };
  if (upperBound(figure) < lo) return { kind: 'outsideRange', direction: 'lower', ...shown };
  if (lowerBound(figure) > hi) return { kind: 'outsideRange', direction: 'higher', ...shown };
  return null;
}
