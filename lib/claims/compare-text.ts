import type { Metric, Qualifier } from '../extract/types';
import type { Claim } from './claim';
import { claimantLabel } from './claimants';
import type { ClaimContext, FigureLike, HistoryEntry } from './compare';
import { formatDate, formatNumber, monthOf } from './format';
import { claimValue } from './value';

type Bounds = { low: number | null; high: number | null; qualifier: Qualifier };

const WORDS: Partial<Record<Qualifier, string>> = {
  approx: 'about',
  atLeast: 'at least',
  moreThan: 'more than',
  atMost: 'up to',
  lessThan: 'fewer than',
  nearly: 'nearly',
};

/** "about 2,000", "at least 300", "2,000 to 4,000". */
export function amount(f: Bounds, withApprox = true): string {
  if (f.low !== null && f.high !== null && f.low !== f.high)
    return `${formatNumber(f.low)} to ${formatNumber(f.high)}`;
  const n =
    f.qualifier === 'atMost' || f.qualifier === 'lessThan' || f.qualifier === 'nearly' ? f.high : f.low;
  const words = f.qualifier === 'approx' && !withApprox ? undefined : WORDS[f.qualifier];
  const text = formatNumber(n ?? f.low ?? f.high ?? 0);
  return words ? `${words} ${text}` : text;
}

const possessive = (name: string) => (name.endsWith('s') ? `${name}'` : `${name}'s`);
const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
/** Approximate numbers are estimates; counts and stated bounds are figures. */
const kindOf = (c: Claim) =>
  c.qualifier === 'approx' || c.qualifier === 'range' || c.qualifier === 'vague' ? 'estimate' : 'figure';

/** "Double", "The same as", "25% higher than", "About 3.5 times". */
function changePhrase(ratio: number): string {
  const near = (x: number) => Math.abs(ratio - x) < 0.005;
  if (near(1)) return 'the same as';
  if (near(2)) return 'double';
  if (near(3)) return 'triple';
  if (near(0.5)) return 'half';
  if (ratio > 2) return `about ${formatNumber(Math.round(ratio * 10) / 10)} times`;
  const pct = Math.round(Math.abs(ratio - 1) * 100);
  return ratio > 1 ? `${pct}% higher than` : `${pct}% lower than`;
}

/** "South Korean intelligence's January estimate (300)", with the year when it differs. */
function reference(e: HistoryEntry, articleDate: string | null): string {
  const c = e.claim;
  const sameYear = articleDate !== null && articleDate.slice(0, 4) === c.claimDate.slice(0, 4);
  return `${possessive(claimantLabel(c.claimedBy))} ${monthOf(c.claimDate, !sameYear)} ${kindOf(c)} (${amount(c, false)})`;
}

/** The one-sentence summary of a comparison, in plain words. */
export function summarize(figure: FigureLike, ctx: ClaimContext, articleDate: string | null): string {
  if (ctx.value === null) return 'This figure gives no number to compare.';
  const ref = ctx.sameClaimantPrevious ?? ctx.latest;
  const newest = ctx.later[ctx.later.length - 1];
  if (!ref && !newest && !ctx.known) {
    return ctx.subject
      ? `There is no history yet for ${ctx.subject.label.toLowerCase()} (${metricWord(figure.metric)}).`
      : 'There is no history yet for this figure.';
  }
  let head: string;
  if (ref?.ratio != null) head = `${changePhrase(ref.ratio)} ${reference(ref, articleDate)}`;
  else if (ctx.known)
    head = `as ${claimantLabel(ctx.known.claimedBy)} stated on ${formatDate(ctx.known.claimDate)}, the first such claim`;
  else head = 'the first such figure on record';
  const tail = newest
    ? `; a later ${kindOf(newest.claim)} (${monthOf(newest.claim.claimDate, true)}) puts it at ${amount(newest.claim)}`
    : '';
  return `${capitalize(head)}${tail}.`;
}

function metricWord(m: Metric): string {
  return m === 'deployed' ? 'troops deployed' : m === 'withdrawn' ? 'troops withdrawn' : m;
}

/**
 * Relations with what the same claimant said the same day: killed plus wounded against a
 * casualties total, and "X casualties, including Y killed".
 */
export function derivedSentences(
  figure: FigureLike,
  value: number | null,
  siblings: readonly Claim[],
): string[] {
  if (value === null || siblings.length === 0) return [];
  const of = (m: Metric) => siblings.find((c) => c.metric === m && claimValue(c) !== null);
  const label = claimantLabel((siblings[0] as Claim).claimedBy);
  const out: string[] = [];
  const compareSum = (sum: number, total: number, what: string) =>
    sum === total
      ? `the same as ${what}`
      : `${formatNumber(Math.abs(sum - total))} ${sum > total ? 'more' : 'fewer'} than ${what}`;
  if (figure.metric === 'casualties') {
    const [k, w] = [of('killed'), of('wounded')];
    if (k && w) {
      const sum = (claimValue(k) as number) + (claimValue(w) as number);
      out.push(
        `${capitalize(possessive(label))} killed (${amount(k)}) and wounded (${amount(w)}) add up to ${formatNumber(sum)}, ${compareSum(sum, value, 'this casualties figure')}.`,
      );
    } else if (k)
      out.push(`Of these ${formatNumber(value)} casualties, ${label} counts ${amount(k)} killed.`);
  }
  if (figure.metric === 'killed' || figure.metric === 'wounded') {
    const other = of(figure.metric === 'killed' ? 'wounded' : 'killed');
    const total = of('casualties');
    if (total) {
      out.push(
        `${capitalize(possessive(label))} figure of ${amount(total)} casualties (${formatDate(total.claimDate)}) includes these ${formatNumber(value)} ${figure.metric}.`,
      );
    }
    if (other) {
      const sum = value + (claimValue(other) as number);
      const rest = total ? `, ${compareSum(sum, claimValue(total) as number, 'its casualties figure')}` : '';
      out.push(
        `With ${amount(other)} ${other.metric}, killed and wounded come to ${formatNumber(sum)}${rest}.`,
      );
    }
  }
  return out;
}
