import { type Amount, isEstimate, type Said } from '../claims/amount';
import type { Derived, Flag, Summary } from '../claims/context';
import { subjectLabel } from '../claims/subjects';
import { t } from '../i18n';
import { formatDate, formatNumber, monthName } from './format';
import { labelOrNull, optionLabel } from './labels';

/** "about 2,000", "at least 300", "2,000 to 4,000": an amount as a sentence says it. */
export function amount(f: Amount, withApprox = true): string {
  if (f.low !== null && f.high !== null && f.low !== f.high)
    return t('amountRange', formatNumber(f.low), formatNumber(f.high));
  const n =
    f.qualifier === 'atMost' || f.qualifier === 'lessThan' || f.qualifier === 'nearly' ? f.high : f.low;
  const text = formatNumber(n ?? f.low ?? f.high ?? 0);
  // "approximately" in a figure's statement, "about" in a sentence
  const words =
    f.qualifier === 'approx' ? (withApprox ? t('cmpAbout') : null) : labelOrNull('qualifier', f.qualifier);
  return words ? `${words} ${text}` : text;
}

const possessive = (name: string) => (name.endsWith('s') ? `${name}'` : `${name}'s`);
const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

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
function reference(c: Said, asOf: string | null): string {
  const sameYear = asOf !== null && asOf.slice(0, 4) === c.claimDate.slice(0, 4);
  const who = c.claimant;
  return t(
    isEstimate(c) ? 'cmpRefEstimate' : 'cmpRefFigure',
    possessive(who),
    who,
    monthName(c.claimDate, !sameYear),
    amount(c, false),
  );
}

/** The one-sentence summary of a comparison, in the reader's words. */
export function summarySentence(summary: Summary): string {
  if (summary.kind === 'noNumber') return t('cmpNoNumber');
  if (summary.kind === 'noHistory') {
    const { subject, metric } = summary;
    return subject
      ? t('cmpNoHistorySubject', subjectLabel(subject.id, subject.label), optionLabel('cmpMetric', metric))
      : t('cmpNoHistory');
  }
  const { head, later } = summary;
  const opening =
    head.kind === 'change'
      ? changePhrase(head.ratio, reference(head.reference, head.asOf))
      : head.kind === 'known'
        ? t('cmpKnown', head.claimant, formatDate(head.claimDate))
        : t('cmpFirst');
  const tail = later
    ? t(
        isEstimate(later) ? 'cmpLaterEstimate' : 'cmpLaterFigure',
        monthName(later.claimDate, true),
        amount(later),
      )
    : '';
  return `${capitalize(opening)}${tail}.`;
}

/** "… this total (its total) by 300", or "matches" it. */
function compareSum(sum: number, total: number, what: 'this' | 'its'): string {
  const diff = formatNumber(Math.abs(sum - total));
  if (what === 'this')
    return sum === total ? t('sumSameThis') : t(sum > total ? 'sumMoreThis' : 'sumFewerThis', diff);
  return sum === total ? t('sumSameIts') : t(sum > total ? 'sumMoreIts' : 'sumFewerIts', diff);
}

/** One relation with the claimant's other figures of the day, as a sentence. */
export function derivedSentence(d: Derived): string {
  switch (d.kind) {
    case 'killedWounded':
      return capitalize(
        t(
          'derivedKilledWounded',
          possessive(d.claimant),
          d.claimant,
          amount(d.killed),
          amount(d.wounded),
          formatNumber(d.sum),
          compareSum(d.sum, d.total, 'this'),
        ),
      );
    case 'ofThese':
      return t('derivedOfThese', formatNumber(d.value), d.claimant, amount(d.killed));
    case 'includes':
      return capitalize(
        t(
          d.metric === 'killed' ? 'derivedIncludesKilled' : 'derivedIncludesWounded',
          possessive(d.claimant),
          d.claimant,
          amount(d.total),
          formatDate(d.total.claimDate),
          formatNumber(d.value),
        ),
      );
    case 'with':
      return t(
        d.other.metric === 'wounded' ? 'derivedWithWounded' : 'derivedWithKilled',
        amount(d.other),
        formatNumber(d.sum),
        d.total === null ? '' : `, ${compareSum(d.sum, d.total, 'its')}`,
      );
  }
}

/** One consistency warning, as a sentence. */
export function flagSentence(f: Flag): string {
  switch (f.kind) {
    case 'runningTotalDecreased':
      return t('flagRunningTotal', f.earlier.claimant, amount(f.earlier), formatDate(f.earlier.claimDate));
    case 'killedExceedsCasualties':
      return t(
        'flagKilledExceeds',
        amount(f.killed),
        amount(f.casualties),
        f.claimant,
        formatDate(f.claimDate),
      );
    case 'outsideRange': {
      const shown = t('flagShown', formatNumber(f.low), formatNumber(f.high));
      const lower = f.direction === 'lower';
      if (!f.until) return t(lower ? 'flagLower' : 'flagHigher', shown);
      return t(lower ? 'flagLowerUntil' : 'flagHigherUntil', formatDate(f.until), shown);
    }
  }
}
