import { type ClaimField, claimFields, type FieldKind } from '../../lib/claims/form-fields';
import { SUBJECTS, subjectLabel } from '../../lib/claims/subjects';
import { t } from '../../lib/i18n';
import { labelled } from '../../lib/wording/labels';

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
}

/** Every editable field of a claim, in the order the form shows them, worded when the form is shown. */
export function formFields(): readonly FormField[] {
  return claimFields().map((f) => ({
    name: f.name,
    label: t(f.label),
    kind: f.kind,
    required: f.required,
    hint: f.hint ? t(f.hint) : undefined,
    options:
      f.name === 'subject'
        ? [['', t('noSubject')], ...SUBJECTS.map((s) => [s.id, subjectLabel(s.id)] as const)]
        : f.options && f.labels
          ? labelled(f.labels, f.options)
          : undefined,
  }));
}

/** A validator message in the form's words: "claimedBy is required" -> "Claimant is required". */
export function humanise(message: string): string {
  let out = message;
  for (const f of formFields()) out = out.replace(new RegExp(`^${f.name}\\b`), f.label);
  return out;
}
