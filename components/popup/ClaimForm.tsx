import { useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Claim, Origin } from '../../lib/claims/claim';
import type { FormValues } from '../../lib/claims/form-fields';
import { validateClaim } from '../../lib/claims/validate';
import { ClaimChangedError, ClaimGoneError, describeDbError } from '../../lib/db';
import { localise, t } from '../../lib/i18n';
import { ClaimConflict, type Conflict } from './ClaimConflict';
import { type FormField, formFields, formRecord, formValues, humanise } from './claim-form-fields';

export interface ClaimFormProps {
  /** The stored claim being edited, or a draft (no id) for a new one. */
  claim: Partial<Claim>;
  /**
   * Stores the claim: with `base` (the stored version the edit started from) only if the stored
   * claim is still that version; fails with ClaimChangedError or ClaimGoneError otherwise.
   */
  onSave: (claim: Claim, base: Claim | null) => Promise<void>;
  onCancel: () => void;
  /** Deletes `base`, the stored version the reader sees, unless it changed since. */
  onDelete?: (base: Claim) => Promise<void>;
  now?: () => string;
}

/**
 * One claim in a form: every field labelled, checked by the shared validator on save, each
 * message next to its field. Nothing is written while any field is wrong.
 */
export function ClaimForm({
  claim,
  onSave,
  onCancel,
  onDelete,
  now = () => new Date().toISOString(),
}: ClaimFormProps) {
  const fields = useMemo(formFields, []);
  const [values, setValues] = useState<FormValues>(() => formValues(claim));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState(false);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  /** The stored version this edit started from (a second window may have saved another since). */
  const [base, setBase] = useState<Claim | null>(claim.id !== undefined ? (claim as Claim) : null);
  const stored = base;
  // Focus the first field as soon as the form is in the document, so a reader who opened the
  // claim from the keyboard can type at once (a plain effect runs a frame later).
  useLayoutEffect(() => formRef.current?.querySelector<HTMLElement>('input, select, textarea')?.focus(), []);

  async function submit(e: Event) {
    e.preventDefault();
    const stamp = now();
    const input = {
      ...formRecord(values),
      ...(stored ? { id: stored.id, createdAt: stored.createdAt } : {}),
      origin: (claim.origin ?? 'manual') satisfies Origin,
      updatedAt: stamp,
    };
    const result = validateClaim(input, { now: () => stamp });
    if (!result.claim) {
      const byField: Record<string, string> = {};
      for (const err of result.errors) byField[err.field] ??= humanise(localise(err));
      setErrors(byField);
      const first = fields.find((f) => byField[f.name]);
      if (first) formRef.current?.querySelector<HTMLElement>(`[name="${first.name}"]`)?.focus();
      return;
    }
    setErrors({});
    await store(result.claim, base);
  }

  /** Saves, or tells the reader why not: another window's version, a deleted claim, a database failure. */
  async function store(edited: Claim, from: Claim | null) {
    setSaving(true);
    try {
      await onSave(edited, from);
      setConflict(null);
    } catch (error) {
      if (error instanceof ClaimChangedError)
        setConflict({ kind: 'changed', current: error.current, mine: edited });
      else if (error instanceof ClaimGoneError) setConflict({ kind: 'gone', mine: edited });
      else setErrors({ '(form)': localise(describeDbError(error)) });
    } finally {
      setSaving(false);
    }
  }

  async function remove(shown: Claim) {
    try {
      await onDelete?.(shown);
    } catch (error) {
      if (error instanceof ClaimChangedError)
        setConflict({ kind: 'changed', current: error.current, mine: null });
      else setErrors({ '(form)': localise(describeDbError(error)) });
    }
  }

  /** Takes up the version saved in the other window, to edit it instead. */
  function useSaved(current: Claim) {
    setValues(formValues(current));
    setBase(current);
    setConflict(null);
  }

  const formErrors = Object.entries(errors).filter(([f]) => !fields.some((d) => d.name === f));
  return (
    <form
      onKeyDown={(e) => e.key === 'Escape' && onCancel()}
      class="claim-form"
      ref={formRef}
      onSubmit={submit}
      noValidate
      aria-label={stored ? t('editClaim') : t('addClaim')}
    >
      <h2>{stored ? t('editClaim') : t('addClaim')}</h2>
      {conflict && (
        <ClaimConflict
          conflict={conflict}
          onKeepMine={(mine, current) => {
            setBase(current);
            store(mine, current);
          }}
          onUseSaved={useSaved}
          onSaveAsNew={(mine) => {
            const stamp = now();
            store({ ...mine, id: crypto.randomUUID(), createdAt: stamp, updatedAt: stamp }, null);
          }}
        />
      )}
      {formErrors.length > 0 && (
        <p class="error" role="alert">
          {formErrors.map(([, m]) => m).join(' ')}
        </p>
      )}
      {fields.map((f) => (
        <Field
          key={f.name}
          field={f}
          value={values[f.name] ?? ''}
          error={errors[f.name]}
          onChange={(v) => setValues((old) => ({ ...old, [f.name]: v }))}
        />
      ))}
      <div class="actions">
        <button type="submit" class="primary" disabled={saving}>
          {t('save')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('cancel')}
        </button>
        {stored && onDelete && (
          <button type="button" class="danger" onClick={() => remove(stored)}>
            {t('delete')}
          </button>
        )}
      </div>
    </form>
  );
}

/** The options, plus the stored value when it is not one of them (a subject this version does not know). */
function withCurrent(options: readonly (readonly [string, string])[], value: string) {
  return options.some(([v]) => v === value) ? options : [...options, [value, value] as const];
}

interface FieldProps {
  field: FormField;
  value: string | boolean;
  error: string | undefined;
  onChange: (v: string | boolean) => void;
}

function Field({ field: f, value, error, onChange }: FieldProps) {
  const id = `field-${f.name}`;
  const described =
    [error ? `${id}-error` : '', f.hint ? `${id}-hint` : ''].filter(Boolean).join(' ') || undefined;
  const common = {
    id,
    name: f.name,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': described,
  };
  const text = (e: Event) => onChange((e.currentTarget as HTMLInputElement).value);
  let control: preact.JSX.Element;
  if (f.kind === 'checkbox')
    control = (
      <input
        {...common}
        type="checkbox"
        checked={value === true}
        onChange={(e) => onChange(e.currentTarget.checked)}
      />
    );
  else if (f.kind === 'select')
    control = (
      <select {...common} value={String(value)} onChange={text}>
        {withCurrent(f.options ?? [], String(value)).map(([v, label]) => (
          <option key={v} value={v}>
            {label}
          </option>
        ))}
      </select>
    );
  else if (f.kind === 'textarea')
    control = <textarea {...common} rows={2} value={String(value)} onInput={text} />;
  else if (f.suggestions)
    // a native combobox: type to narrow the names, arrows and Enter to pick one, or any other text
    control = (
      <>
        <input
          {...common}
          type="text"
          list={`${id}-names`}
          autocomplete="off"
          value={String(value)}
          onInput={text}
        />
        <datalist id={`${id}-names`}>
          {f.suggestions.map((name) => (
            <option key={name} value={name} />
          ))}
        </datalist>
      </>
    );
  else
    control = (
      <input
        {...common}
        type={f.kind === 'number' ? 'text' : f.kind}
        inputMode={f.kind === 'number' ? 'numeric' : undefined}
        required={f.required}
        value={String(value)}
        onInput={text}
      />
    );
  return (
    <div class={`field field-${f.kind}${error ? ' invalid' : ''}`}>
      <label for={id}>
        {f.label}
        {f.required && <span aria-hidden="true"> *</span>}
      </label>
      {control}
      {f.hint && (
        <small id={`${id}-hint`} class="hint">
          {f.hint}
        </small>
      )}
      {error && (
        <small id={`${id}-error`} class="field-error">
          {error}
        </small>
      )}
    </div>
  );
}
