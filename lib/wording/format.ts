import type { Amount } from '../claims/amount';
import { isTroopMetric, type Metric } from '../extract/types';
import { readerLocale, t } from '../i18n';
import { labelOrNull, optionLabel } from './labels';

/** The metric in the reader's words: "killed", "troops deployed", "getötet". */
export function metricWords(metric: Metric): string {
  return optionLabel('metric', metric);
}

/**
 * 4700 -> "4,700" in English, "4.700" in German: grouped for the reader's locale, whole from 100
 * up and to one decimal below (a ratio "3.5 times"), as the history rounds.
 */
export function formatNumber(n: number, locale = readerLocale()): string {
  const rounded = Math.abs(n) >= 100 ? Math.round(n) : Math.round(n * 10) / 10;
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(rounded);
}

/** The bounds and qualifier in words: "approximately 600", "10,000 to 12,000", "at least 300". */
export function describeAmount(f: Amount): string {
  const { low, high, qualifier } = f;
  if ((qualifier === 'range' || qualifier === 'vague') && low !== null && high !== null && low !== high)
    return t('amountRange', formatNumber(low), formatNumber(high));
  const n = low ?? high;
  if (n === null) return t('amountUnstated');
  const words = labelOrNull('qualifier', qualifier);
  return words ? `${words} ${formatNumber(n)}` : formatNumber(n);
}

/**
 * The bounds as the popover states them, with the qualifier's name: "600 (approximate)",
 * "10,000 to 12,000 (range)", "from 300, no upper bound (at least)".
 */
export function describeBounds(
  f: { low: number | null; high: number | null },
  qualifierName: string,
): string {
  const { low, high } = f;
  if (low !== null && high !== null)
    return low === high
      ? t('factBoundsOne', formatNumber(low), qualifierName)
      : t('factBoundsText', formatNumber(low), formatNumber(high), qualifierName);
  if (low !== null) return t('factBoundsFrom', formatNumber(low), qualifierName);
  if (high !== null) return t('factBoundsTo', formatNumber(high), qualifierName);
  return t('amountUnstated');
}

/** "approximately 600 killed". */
export function describeFigure(f: Amount & { metric: Metric }): string {
  return t('figureText', describeAmount(f), metricWords(f.metric));
}

/** The kind of figure a screen reader announces. */
export function figureKind(metric: Metric): string {
  return isTroopMetric(metric) ? t('kindTroop') : t('kindCasualty');
}

/** "2025-01-13" -> "13 Jan 2025". */
export function formatDate(iso: string | null): string {
  if (!iso) return t('undated');
  return readerDate(iso, { day: 'numeric', month: 'short', year: 'numeric' });
}

/**
 * The days a claim was made in: one day ("9 Jan 2025"), a whole month ("Jan 2025") or a span
 * ("6 Jan 2025 – 12 Jan 2025").
 */
export function formatPeriod(period: { first: string; last: string }): string {
  const { first, last } = period;
  if (first === last) return formatDate(first);
  const next = new Date(Date.parse(`${last}T00:00:00Z`) + 86_400_000).toISOString();
  const wholeMonth =
    first.endsWith('-01') && next.slice(8, 10) === '01' && first.slice(0, 7) === last.slice(0, 7);
  return wholeMonth ? formatMonth(first) : `${formatDate(first)} – ${formatDate(last)}`;
}

/** "2025-01-01" -> "Jan 2025" (a chart's month tick), in the reader's locale ("März 2025"). */
export function formatMonth(iso: string): string {
  return readerDate(iso, { month: 'short', year: 'numeric' });
}

/** "January", with `withYear` "January 2025", as a sentence names a month ("Januar 2025"). */
export function monthName(iso: string, withYear = false): string {
  return readerDate(iso, { month: 'long', ...(withYear ? { year: 'numeric' } : {}) });
}

/** An ISO date's day in the reader's locale, or the text as it is when it is no date. */
function readerDate(iso: string, options: Intl.DateTimeFormatOptions): string {
  const d = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return iso;
  // English readers get the news style "13 Jan 2025" whatever their region; others their own
  const locale = readerLocale();
  return new Intl.DateTimeFormat(locale.startsWith('en') ? 'en-GB' : locale, {
    ...options,
    timeZone: 'UTC',
  }).format(d);
}

/** "+4,100" / "−300" / "same". */
export function formatChange(change: number | null): string {
  if (change === null) return '';
  if (change === 0) return t('changeSame');
  return `${change > 0 ? '+' : '−'}${formatNumber(Math.abs(change))}`;
}

/** Where a pack claim came from: "from the Example Desk pack, updated 2 Dec 2026". */
export function describePackSource(source: { publisher: string; updatedAt: string }): string {
  return t('claimFromPack', source.publisher, formatDate(source.updatedAt.slice(0, 10)));
}

/** A fact-checker and its verdict, in words: "rated “False” by Example Check"; null without one. */
export function reviewWords(by: string | null | undefined, rating?: string | null): string | null {
  if (!by) return null;
  return rating ? t('reviewRated', by, rating) : t('reviewChecked', by);
}
