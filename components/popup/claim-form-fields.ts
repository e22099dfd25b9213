import type { Claim } from '../../lib/claims/claim';
import {
  type ClaimField,
  claimFields,
  type FieldKind,
  type FormValues,
  recordFromForm,
  valuesFromRecord,
} from '../../lib/claims/form-fields';
import { SUBJECTS, subjectLabel } from '../../lib/claims/subjects';
import { t } from '../../lib/i18n';
import { labelled } from '../../lib/wording/labels';
import { partyChoices, partySlug } from '../../lib/wording/party-choices';
import { partyLabel } from '../../lib/wording/party-label';

export type { FieldKind };

/** A field of the popup's form, worded for the reader. */
export interface FormField {
  name: ClaimField['name'];
  label: string;
  kind: FieldKind;
  /** [value, label] pairs of a select; '' is "none". */
  options?: readonly (readonly [string, string])[];
  required?: boolean;
  hint?: string;
  /** Names a text field offers as the reader types (the known parties), any other text allowed. */
  suggestions?: readonly string[];
}

/** Every editable field of a claim, in the order the form shows them, worded when the form is shown. */
export function formFields(): readonly FormField[] {
  return claimFields().map((f) => ({
    name: f.name,
    label: t(f.label),
    kind: f.kind,
    required: f.required,
    hint: f.hint ? t(f.hint) : undefined,
    suggestions: f.picksParty ? partyChoices().map((p) => p.name) : undefined,
    options:
      f.name === 'subject'
        ? [['', t('noSubject')], ...SUBJECTS.map((s) => [s.id, subjectLabel(s.id)] as const)]
        : f.options && f.labels
          ? labelled(f.labels, f.options)
          : undefined,
  }));
}

/** A claim as the form shows it: the party by its name in the reader's language, not its slug. */
export function formValues(claim: Partial<Claim>): FormValues {
  const values = valuesFromRecord(claim);
  for (const f of claimFields())
    if (f.picksParty && typeof values[f.name] === 'string' && values[f.name] !== '')
      values[f.name] = partyLabel(values[f.name] as string);
  return values;
}

/** The form's values as the validator's input: a party's name (picked or typed) as its slug. */
export function formRecord(values: FormValues): Record<string, unknown> {
  const named = { ...values };
  for (const f of claimFields())
    if (f.picksParty && typeof named[f.name] === 'string') named[f.name] = partySlug(named[f.name] as string);
  return recordFromForm(named);
}

/** A validator message in the form's words: "claimedBy is required" -> "Claimant is required". */
export function humanise(message: string): string {
  let out = message;
  for (const f of formFields()) out = out.replace(new RegExp(`^${f.name}\\b`), f.label);
  return out;
}
