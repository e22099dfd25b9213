// Column names a person may give a CSV: Claimline's own field names, or the form's labels in any
// of the six UI languages ("Claim date", "Datum der Angabe", "Fecha de la declaración"...), as
// spreadsheets made from the popup's table have them.
import * as de from '../../public/_locales/de/messages.json';
import * as en from '../../public/_locales/en/messages.json';
import * as es from '../../public/_locales/es/messages.json';
import * as fr from '../../public/_locales/fr/messages.json';
import * as ru from '../../public/_locales/ru/messages.json';
import * as uk from '../../public/_locales/uk/messages.json';
import type { ClaimColumn } from './columns';

const LABELS = {
  claimedBy: ['fieldClaimant'],
  claimDate: ['fieldClaimDate'],
  metric: ['fieldMetric'],
  qualifier: ['fieldQualifier'],
  low: ['fieldLow'],
  high: ['fieldHigh'],
  subject: ['fieldSubject'],
  party: ['fieldParty'],
  population: ['fieldPopulation'],
  claimantType: ['fieldClaimantType'],
  via: ['fieldVia'],
  periodStart: ['fieldPeriodStart'],
  periodEnd: ['fieldPeriodEnd'],
  cumulative: ['fieldCumulative'],
  place: ['fieldPlace'],
  sourceUrl: ['fieldSourceUrl'],
  sourceName: ['fieldSourceName'],
  quote: ['fieldQuote'],
  note: ['fieldNote'],
  reviewedBy: ['fieldReviewedBy'],
  reviewRating: ['fieldReviewRating'],
  reviewUrl: ['fieldReviewUrl'],
} as const satisfies Partial<Record<ClaimColumn, readonly (keyof typeof en)[]>>;

/** A header cell as compared: case, spaces and a trailing asterisk or colon do not matter. */
export const headerKey = (name: string): string =>
  name
    .normalize('NFC')
    .toLocaleLowerCase('und')
    .replace(/[\s*:]+$/u, '')
    .replace(/\s+/gu, ' ')
    .trim();

let byLabel: Map<string, ClaimColumn> | null = null;

/** The claim column a form label names, in any UI language; undefined for other names. */
export function columnOfLabel(name: string): ClaimColumn | undefined {
  if (!byLabel) {
    byLabel = new Map();
    for (const messages of [en, de, es, fr, ru, uk])
      for (const [column, keys] of Object.entries(LABELS))
        for (const key of keys) {
          const label = (messages as Record<string, { message: string } | undefined>)[key]?.message;
          if (label) byLabel.set(headerKey(label), column as ClaimColumn);
        }
  }
  return byLabel.get(headerKey(name));
}

/** The message key of a column's label in the form, or undefined for columns the form lacks (id, best...). */
export function labelKeyOf(column: string): (typeof LABELS)[keyof typeof LABELS][number] | undefined {
  return (LABELS as Record<string, readonly (keyof typeof en)[] | undefined>)[column]?.[0] as
    | (typeof LABELS)[keyof typeof LABELS][number]
    | undefined;
}
