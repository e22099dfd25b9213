import type { Claim } from '../../lib/claims/claim';
import { SUBJECTS, subjectLabel } from '../../lib/claims/subjects';
import { METRICS, QUALIFIERS } from '../../lib/extract/types';
import { t } from '../../lib/i18n';
import { labelled } from '../../lib/wording/labels';

export type FieldKind = 'text' | 'number' | 'date' | 'url' | 'select' | 'checkbox' | 'textarea';

export interface FormField {
  name: keyof Claim;
  label: string;
  kind: FieldKind;
  /** [value, label] pairs of a select; '' is "none". */
  options?: readonly (readonly [string, string])[];
  required?: boolean;
  hint?: string;
}

/** Every editable field of a claim, in the order the form shows them. */
export const FORM_FIELDS: readonly FormField[] = [
  { name: 'claimedBy', label: t('fieldClaimant'), kind: 'text', required: true, hint: t('hintClaimant') },
  { name: 'claimDate', label: t('fieldClaimDate'), kind: 'date', required: true },
  {
    name: 'metric',
    label: t('fieldMetric'),
    kind: 'select',
    options: labelled('optMetric', METRICS),
    required: true,
  },
  {
    name: 'qualifier',
    label: t('fieldQualifier'),
    kind: 'select',
    options: labelled('optQualifier', QUALIFIERS),
    required: true,
  },
  { name: 'low', label: t('fieldLow'), kind: 'number', hint: t('hintLow') },
  { name: 'high', label: t('fieldHigh'), kind: 'number', hint: t('hintHigh') },
  {
    name: 'subject',
    label: t('fieldSubject'),
    kind: 'select',
    options: [['', t('noSubject')], ...SUBJECTS.map((s) => [s.id, subjectLabel(s.id)] as const)],
  },
  {
    name: 'party',
    label: t('fieldParty'),
    kind: 'text',
    hint: t('hintParty'),
  },
  {
    name: 'population',
    label: t('fieldPopulation'),
    kind: 'select',
    options: labelled('optPopulation', ['military', 'civilian', 'unknown']),
  },
  {
    name: 'claimantType',
    label: t('fieldClaimantType'),
    kind: 'select',
    options: labelled('optClaimant', [
      'own-side',
      'adversary',
      'third-government',
      'un-ngo',
      'independent',
      'media',
      'unknown',
    ]),
  },
  { name: 'via', label: t('fieldVia'), kind: 'text' },
  { name: 'periodStart', label: t('fieldPeriodStart'), kind: 'date' },
  { name: 'periodEnd', label: t('fieldPeriodEnd'), kind: 'date' },
  { name: 'cumulative', label: t('fieldCumulative'), kind: 'checkbox' },
  { name: 'place', label: t('fieldPlace'), kind: 'text' },
  { name: 'sourceUrl', label: t('fieldSourceUrl'), kind: 'url' },
  { name: 'sourceName', label: t('fieldSourceName'), kind: 'text' },
  { name: 'quote', label: t('fieldQuote'), kind: 'textarea' },
  { name: 'note', label: t('fieldNote'), kind: 'textarea' },
];

export type FormValues = Record<string, string | boolean>;

/** A claim (or a partial draft) as the form's input values: null shows as an empty field. */
export function toValues(draft: Partial<Claim>): FormValues {
  const values: FormValues = {};
  for (const f of FORM_FIELDS) {
    const v = draft[f.name];
    values[f.name] = f.kind === 'checkbox' ? v === true : v === null || v === undefined ? '' : String(v);
  }
  values.metric ||= 'killed';
  values.qualifier ||= 'exact';
  values.population ||= 'unknown';
  values.claimantType ||= 'unknown';
  return values;
}

/**
 * The form's values as input for the shared validator: empty fields are left out (so required
 * ones are reported as required), numbers typed with separators ("4,700") read as numbers, and
 * anything else is passed on for the validator to reject with its own message.
 */
export function fromValues(values: FormValues): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  for (const f of FORM_FIELDS) {
    const v = values[f.name];
    if (typeof v === 'boolean') input[f.name] = v;
    else if (v === undefined || v.trim() === '') continue;
    else if (f.kind === 'number') {
      const plain = v.replace(/[,\s\u202f]/g, '');
      input[f.name] = /^\d+(\.\d+)?$/.test(plain) ? Number(plain) : v;
    } else input[f.name] = v;
  }
  return input;
}

/** A validator message in the form's words: "claimedBy is required" -> "Claimant is required". */
export function humanise(message: string): string {
  let out = message;
  for (const f of FORM_FIELDS) out = out.replace(new RegExp(`^${f.name}\\b`), f.label);
  return out;
}
