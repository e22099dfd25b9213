import type { Claim } from './claim';
import { claimantLabel, saidOf } from './claimants';
import type { ClaimContext, Derived, FigureLike, Summary } from './context';
import { claimValue } from './value';

/** What the one-sentence summary of a comparison as of the figure's date (`asOf`) says. */
export function summaryOf(figure: FigureLike, ctx: ClaimContext, asOf: string | null): Summary {
  if (ctx.value === null) return { kind: 'noNumber' };
  const ref = ctx.sameClaimantPrevious ?? ctx.latest;
  const newest = ctx.later[ctx.later.length - 1];
  if (!ref && !newest && !ctx.known)
    return { kind: 'noHistory', subject: ctx.subject, metric: figure.metric };
  const head: Extract<Summary, { kind: 'compared' }>['head'] =
    ref?.ratio != null
      ? { kind: 'change', ratio: ref.ratio, reference: saidOf(ref.claim), asOf }
      : ctx.known
        ? { kind: 'known', claimant: claimantLabel(ctx.known.claimedBy), claimDate: ctx.known.claimDate }
        : { kind: 'first' };
  return { kind: 'compared', head, later: newest ? saidOf(newest.claim) : null };
}

const amountOf = (c: Claim) => ({ low: c.low, high: c.high, qualifier: c.qualifier });

/**
 * Relations with what the same claimant said the same day: killed plus wounded against a
 * casualties total, and "X casualties, including Y killed".
 */
export function derivedOf(figure: FigureLike, value: number | null, siblings: readonly Claim[]): Derived[] {
  if (value === null || siblings.length === 0) return [];
  const of = (m: Claim['metric']) => siblings.find((c) => c.metric === m && claimValue(c) !== null);
  const claimant = claimantLabel((siblings[0] as Claim).claimedBy);
  const out: Derived[] = [];
  if (figure.metric === 'casualties') {
    const [k, w] = [of('killed'), of('wounded')];
    if (k && w) {
      const sum = (claimValue(k) as number) + (claimValue(w) as number);
      out.push({
        kind: 'killedWounded',
        claimant,
        killed: amountOf(k),
        wounded: amountOf(w),
        sum,
        total: value,
      });
    } else if (k) out.push({ kind: 'ofThese', claimant, value, killed: amountOf(k) });
  }
  if (figure.metric === 'killed' || figure.metric === 'wounded') {
    const other = of(figure.metric === 'killed' ? 'wounded' : 'killed');
    const total = of('casualties');
    if (total) out.push({ kind: 'includes', metric: figure.metric, claimant, total: saidOf(total), value });
    if (other) {
      out.push({
        kind: 'with',
        other: { ...amountOf(other), metric: other.metric },
        sum: value + (claimValue(other) as number),
        total: total ? (claimValue(total) as number) : null,
      });
    }
  }
  return out;
}
