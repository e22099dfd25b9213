import { METRICS, QUALIFIERS } from '../extract/types';
import type { MessageKey } from '../i18n';
import { CLAIMANT_TYPES, type Claim, POPULATIONS } from './claim';

export type FieldKind = 'text' | 'number' | 'date' | 'url' | 'select' | 'checkbox' | 'textarea';

/** One editable field of a claim, as both forms (the popover's and the popup's) show it. */
export interface ClaimField {
  name: keyof Claim;
  kind: FieldKind;
  /** The message key of its label, and of its hint. */
  label: MessageKey;
  hint?: MessageKey;
  /** The values of a select, and the label set (lib/wording/labels) that names them. */
  options?: readonly string[];
  labels?: 'optMetric' | 'optQualifier' | 'optPopulation' | 'optClaimant';
  required?: boolean;
  /** Free text offered the known parties by name; the text stored is the slug the name stands for. */
  picksParty?: boolean;
  /** Also in the popover's short "Save to history" form. */
  inPopover?: boolean;
}

/** Every editable field of a claim, in the order the forms show them (made when a form is shown). */
export function claimFields(): readonly ClaimField[] {
  return [
    {
      name: 'claimedBy',
      kind: 'text',
      label: 'fieldClaimant',
      hint: 'hintClaimant',
      required: true,
      inPopover: true,
    },
    { name: 'claimDate', kind: 'date', label: 'fieldClaimDate', required: true, inPopover: true },
    {
      name: 'metric',
      kind: 'select',
      label: 'fieldMetric',
      options: METRICS,
      labels: 'optMetric',
      required: true,
      inPopover: true,
    },
    {
      name: 'qualifier',
      kind: 'select',
      label: 'fieldQualifier',
      options: QUALIFIERS,
      labels: 'optQualifier',
      required: true,
      inPopover: true,
    },
    { name: 'low', kind: 'number', label: 'fieldLow', hint: 'hintLow', inPopover: true },
    { name: 'high', kind: 'number', label: 'fieldHigh', hint: 'hintHigh', inPopover: true },
    { name: 'subject', kind: 'select', label: 'fieldSubject', inPopover: true },
    {
      name: 'party',
      kind: 'text',
      label: 'fieldParty',
      hint: 'hintParty',
      picksParty: true,
      inPopover: true,
    },
    {
      name: 'population',
      kind: 'select',
      label: 'fieldPopulation',
      options: POPULATIONS,
      labels: 'optPopulation',
    },
    {
      name: 'claimantType',
      kind: 'select',
      label: 'fieldClaimantType',
      options: CLAIMANT_TYPES,
      labels: 'optClaimant',
    },
    { name: 'via', kind: 'text', label: 'fieldVia' },
    { name: 'periodStart', kind: 'date', label: 'fieldPeriodStart' },
    { name: 'periodEnd', kind: 'date', label: 'fieldPeriodEnd' },
    { name: 'cumulative', kind: 'checkbox', label: 'fieldCumulative' },
    { name: 'place', kind: 'text', label: 'fieldPlace' },
    { name: 'sourceUrl', kind: 'url', label: 'fieldSourceUrl', inPopover: true },
    { name: 'sourceName', kind: 'text', label: 'fieldSourceName', inPopover: true },
    { name: 'quote', kind: 'textarea', label: 'fieldQuote', inPopover: true },
    { name: 'note', kind: 'textarea', label: 'fieldNote', inPopover: true },
    { name: 'reviewedBy', kind: 'text', label: 'fieldReviewedBy' },
    { name: 'reviewRating', kind: 'text', label: 'fieldReviewRating' },
    { name: 'reviewUrl', kind: 'url', label: 'fieldReviewUrl' },
  ];
}

/** A form's values: text as typed, a checkbox as true or false. */
export type FormValues = Record<string, string | boolean>;

/** A claim (or a partial draft) as a form's values: null shows as an empty field. */
export function valuesFromRecord(draft: Partial<Claim>): FormValues {
  const values: FormValues = {};
  for (const f of claimFields()) {
    const v = draft[f.name];
    values[f.name] = f.kind === 'checkbox' ? v === true : v === null || v === undefined ? '' : String(v);
  }
  values.metric ||= 'killed';
  values.qualifier ||= 'exact';
  values.population ||= 'unknown';
  values.claimantType ||= 'unknown';
  return values;
}

/** A count as people type it: "4700", "4,700", "4.700" (German), "4 700"; a decimal only when not grouped. */
function readCount(typed: string): number | null {
  const plain = typed.trim();
  if (/^\d{1,3}([,.\s\u00a0\u202f']\d{3})+$/.test(plain)) return Number(plain.replace(/\D/g, ''));
  return /^\d+(\.\d+)?$/.test(plain) ? Number(plain) : null;
}

/**
 * A form's values as input for the shared validator, the one converter of the popover's form,
 * the popup's form and the background's save: empty fields are left out (so required ones are
 * reported as required), counts typed with separators ("4,700") read as numbers, and anything
 * else is passed on for the validator to reject with its own message.
 */
export function recordFromForm(values: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  for (const f of claimFields()) {
    const v = values[f.name];
    if (typeof v === 'boolean') input[f.name] = v;
    else if (typeof v !== 'string') {
      if (v !== undefined && v !== null) input[f.name] = v;
    } else if (v.trim() === '') continue;
    else input[f.name] = f.kind === 'number' ? (readCount(v) ?? v) : v;
  }
  return input;
}
