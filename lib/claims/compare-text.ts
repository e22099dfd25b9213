import type { Metric, Qualifier } from '../extract/types';
import { type MessageKey, t } from '../i18n';
import type { Claim } from './claim';
import { claimantLabel } from './claimants';
import type { ClaimContext, FigureLike, HistoryEntry } from './context';
import { formatDate as englishDate, monthOf as englishMonth, formatNumber as englishNumber } from './format';
import { subjectLabel } from './subjects';
import { claimValue } from './value';

type Bounds = { low: number | null; high: number | null; qualifier: Qualifier };

const WORDS: Partial<Record<Qualifier, MessageKey>> = {
  approx: 'cmpAbout',
  atLeast: 'qualifierAtLeast',
  moreThan: 'qualifierMoreThan',
  atMost: 'qualifierAtMost',
  lessThan: 'qualifierLessThan',
  nearly: 'qualifierNearly',
};

/**
 * The language the sentences are written in: that of the messages (English wherever the browser
 * gives none, as in unit tests), so numbers and months always match the words around them.
 */
function sentenceLocale(): string {
  const tag = t('messageLocale');
  try {
    // without any messages (a page or worker with no extension i18n) t() answers with the key
    return Intl.getCanonicalLocales(tag)[0] ?? 'en';
  } catch {
    return 'en';
  }
}

/** 4700 -> "4,700" in English sentences, "4.700" in German ones; rounded as the history rounds. */
export function formatNumber(n: number): string {
  const locale = sentenceLocale();
  if (locale === 'en') return englishNumber(n);
  const rounded = Math.abs(n) >= 100 ? Math.round(n) : Math.round(n * 10) / 10;
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(rounded);
}

/** "January" / "January 2025" in the sentences' language ("Januar 2025", "январь 2025 г."). */
export function monthOf(isoDate: string, withYear = false): string {
  const locale = sentenceLocale();
  const d = new Date(`${isoDate.slice(0, 10)}T00:00:00Z`);
  if (locale === 'en' || Number.isNaN(d.getTime())) return englishMonth(isoDate, withYear);
  return new Intl.DateTimeFormat(locale, {
    month: 'long',
    ...(withYear ? { year: 'numeric' } : {}),
    timeZone: 'UTC',
  }).format(d);
}

/** "9 January 2025" in the sentences' language ("9. Januar 2025", "9 января 2025 г."). */
export function formatDate(isoDate: string): string {
  const locale = sentenceLocale();
  const d = new Date(`${isoDate.slice(0, 10)}T00:00:00Z`);
  if (locale === 'en' || Number.isNaN(d.getTime())) return englishDate(isoDate);
  return new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(d);
}

/** "about 2,000", "at least 300", "2,000 to 4,000". */
export function amount(f: Bounds, withApprox = true): string {
  if (f.low !== null && f.high !== null && f.low !== f.high)
    return t('amountRange', formatNumber(f.low), formatNumber(f.high));
  const n =
    f.qualifier === 'atMost' || f.qualifier === 'lessThan' || f.qualifier === 'nearly' ? f.high : f.low;
  const key = f.qualifier === 'approx' && !withApprox ? undefined : WORDS[f.qualifier];
  const text = formatNumber(n ?? f.low ?? f.high ?? 0);
  return key ? `${t(key)} ${text}` : text;
}

const possessive = (name: string) => (name.endsWith('s') ? `${name}'` : `${name}'s`);
const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
/** Approximate numbers are estimates; counts and stated bounds are figures. */
const kindOf = (c: Claim) =>
  c.qualifier === 'approx' || c.qualifier === 'range' || c.qualifier === 'vague' ? 'estimate' : 'figure';

/** "double <ref>", "the same as <ref>", "25% higher than <ref>", "about 3.5 times <ref>". */
function changePhrase(ratio: number, ref: string): string {
  const near = (x: number) => Math.abs(ratio - x) < 0.005;
  if (near(1)) return t('cmpSame', ref);
  if (near(2)) return t('cmpDouble', ref);
  if (near(3)) return t('cmpTriple', ref);
  if (near(0.5)) return t('cmpHalf', ref);
  if (ratio > 2) return t('cmpTimes', formatNumber(Math.round(ratio * 10) / 10), ref);
  const pct = Math.round(Math.abs(ratio - 1) * 100);
  return ratio > 1 ? t('cmpHigher', pct, ref) : t('cmpLower', pct, ref);
}

/** "South Korean intelligence's January estimate (300)", with the year when it differs from the figure's. */
function reference(e: HistoryEntry, asOf: string | null): string {
  const c = e.claim;
  const sameYear = asOf !== null && asOf.slice(0, 4) === c.claimDate.slice(0, 4);
  const who = claimantLabel(c.claimedBy);
  return t(
    kindOf(c) === 'estimate' ? 'cmpRefEstimate' : 'cmpRefFigure',
    possessive(who),
    who,
    monthOf(c.claimDate, !sameYear),
    amount(c, false),
  );
}

/** The one-sentence summary of a comparison as of the figure's date (`asOf`), in plain words. */
export function summarize(figure: FigureLike, ctx: ClaimContext, asOf: string | null): string {
  if (ctx.value === null) return t('cmpNoNumber');
  const ref = ctx.sameClaimantPrevious ?? ctx.latest;
  const newest = ctx.later[ctx.later.length - 1];
  if (!ref && !newest && !ctx.known) {
    return ctx.subject
      ? t(
          'cmpNoHistorySubject',
          subjectLabel(ctx.subject.id, ctx.subject.label).toLowerCase(),
          metricWord(figure.metric),
        )
      : t('cmpNoHistory');
  }
  let head: string;
  if (ref?.ratio != null) head = changePhrase(ref.ratio, reference(ref, asOf));
  else if (ctx.known)
    head = t('cmpKnown', claimantLabel(ctx.known.claimedBy), formatDate(ctx.known.claimDate));
  else head = t('cmpFirst');
  const tail = newest
    ? t(
        kindOf(newest.claim) === 'estimate' ? 'cmpLaterEstimate' : 'cmpLaterFigure',
        monthOf(newest.claim.claimDate, true),
        amount(newest.claim),
      )
    : '';
  return `${capitalize(head)}${tail}.`;
}

const METRIC_NAMES: Record<Metric, MessageKey> = {
  killed: 'cmpMetricKilled',
  wounded: 'cmpMetricWounded',
  casualties: 'cmpMetricCasualties',
  missing: 'cmpMetricMissing',
  captured: 'cmpMetricCaptured',
  deployed: 'cmpMetricDeployed',
  withdrawn: 'cmpMetricWithdrawn',
};

function metricWord(m: Metric): string {
  return t(METRIC_NAMES[m]);
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
  const compareSum = (sum: number, total: number, what: 'this' | 'its') => {
    const diff = formatNumber(Math.abs(sum - total));
    if (what === 'this')
      return sum === total ? t('sumSameThis') : t(sum > total ? 'sumMoreThis' : 'sumFewerThis', diff);
    return sum === total ? t('sumSameIts') : t(sum > total ? 'sumMoreIts' : 'sumFewerIts', diff);
  };
  if (figure.metric === 'casualties') {
    const [k, w] = [of('killed'), of('wounded')];
    if (k && w) {
      const sum = (claimValue(k) as number) + (claimValue(w) as number);
      out.push(
        capitalize(
          t(
            'derivedKilledWounded',
            possessive(label),
            label,
            amount(k),
            amount(w),
            formatNumber(sum),
            compareSum(sum, value, 'this'),
          ),
        ),
      );
    } else if (k) out.push(t('derivedOfThese', formatNumber(value), label, amount(k)));
  }
  if (figure.metric === 'killed' || figure.metric === 'wounded') {
    const other = of(figure.metric === 'killed' ? 'wounded' : 'killed');
    const total = of('casualties');
    if (total) {
      out.push(
        capitalize(
          t(
            figure.metric === 'killed' ? 'derivedIncludesKilled' : 'derivedIncludesWounded',
            possessive(label),
            label,
            amount(total),
            formatDate(total.claimDate),
            formatNumber(value),
          ),
        ),
      );
    }
    if (other) {
      const sum = value + (claimValue(other) as number);
      const rest = total ? `, ${compareSum(sum, claimValue(total) as number, 'its')}` : '';
      out.push(
        t(
          other.metric === 'wounded' ? 'derivedWithWounded' : 'derivedWithKilled',
          amount(other),
          formatNumber(sum),
          rest,
        ),
      );
    }
  }
  return out;
}
