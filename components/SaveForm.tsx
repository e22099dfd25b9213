import { useState } from 'preact/hooks';
import type { FieldError } from '../lib/claims/validate';
import { METRICS, QUALIFIERS } from '../lib/extract/types';
import { localise, t } from '../lib/i18n';
import { type OptionSet, optionLabel } from './option-labels';

export type Draft = Record<string, string>;
export type SaveResult = { saved: boolean; errors: FieldError[] };

const FIELDS: {
  name: string;
  label: string;
  type?: string;
  options?: readonly string[];
  set?: OptionSet;
  long?: boolean;
}[] = [
  { name: 'claimedBy', label: t('fieldClaimedBy') },
  { name: 'claimDate', label: t('fieldClaimDate'), type: 'date' },
  { name: 'metric', label: t('fieldMetric'), options: METRICS, set: 'optMetric' },
  { name: 'qualifier', label: t('fieldQualifier'), options: QUALIFIERS, set: 'optQualifier' },
  { name: 'low', label: t('fieldLow'), type: 'number' },
  { name: 'high', label: t('fieldHigh'), type: 'number' },
  { name: 'party', label: t('fieldParty') },
  { name: 'sourceName', label: t('fieldSource') },
  { name: 'sourceUrl', label: t('fieldSourceUrl'), type: 'url' },
  { name: 'quote', label: t('fieldQuote'), long: true },
  { name: 'note', label: t('fieldNote'), long: true },
];

/** Turns the form's strings into a claim draft for the shared validator. */
export function draftToRecord(draft: Draft): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(draft)) {
    if (k === 'low' || k === 'high') out[k] = v.trim() === '' ? null : Number(v);
    else out[k] = v;
  }
  return out;
}

/** The pre-filled, editable "Save to history" form; errors from the validator sit next to their fields. */
export function SaveForm(props: {
  initial: Draft;
  onSave: (draft: Draft) => Promise<SaveResult>;
  onCancel: () => void;
}) {
  const [draft, setDraft] = useState<Draft>(props.initial);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [status, setStatus] = useState<'editing' | 'saving' | 'saved' | 'failed'>('editing');
  const set = (name: string, value: string) => setDraft({ ...draft, [name]: value });
  const errorOf = (name: string) =>
    errors
      .filter((e) => e.field === name)
      .map(localise)
      .join('; ');

  // The page can reach this open shadow root and call requestSubmit(): only a form the reader
  // actually typed in or clicked (trusted events, which page scripts cannot make) is saved.
  const [touched, setTouched] = useState(false);
  const onTrusted = (event: Event) => {
    if (event.isTrusted && !touched) setTouched(true);
  };

  const submit = async (event: Event) => {
    event.preventDefault();
    if (!touched) return;
    setStatus('saving');
    try {
      const result = await props.onSave(draft);
      setErrors(result.errors);
      setStatus(result.saved ? 'saved' : 'editing');
    } catch (error) {
      setErrors([{ field: '(record)', message: error instanceof Error ? error.message : String(error) }]);
      setStatus('failed');
    }
  };

  if (status === 'saved')
    return (
      <p class="saved" role="status">
        {t('savedToHistory')}
      </p>
    );
  return (
    <form
      class="save-form"
      onSubmit={submit}
      onKeyDownCapture={onTrusted}
      onPointerDownCapture={onTrusted}
      aria-label={t('actionSave')}
    >
      {FIELDS.map((f) => {
        const id = `claimline-field-${f.name}`;
        const error = errorOf(f.name);
        const common = {
          id,
          name: f.name,
          value: draft[f.name] ?? '',
          'aria-invalid': error ? true : undefined,
          'aria-describedby': error ? `${id}-error` : undefined,
          onInput: (e: Event) => set(f.name, (e.currentTarget as HTMLInputElement).value),
        };
        return (
          <div class="field" key={f.name}>
            <label for={id}>{f.label}</label>
            {f.options ? (
              <select {...common}>
                {f.options.map((o) => (
                  <option key={o} value={o}>
                    {f.set ? optionLabel(f.set, o) : o}
                  </option>
                ))}
              </select>
            ) : f.long ? (
              <textarea {...common} rows={2} />
            ) : (
              <input {...common} type={f.type ?? 'text'} />
            )}
            {error && (
              <span class="field-error" id={`${id}-error`}>
                {error}
              </span>
            )}
          </div>
        );
      })}
      {errorOf('(record)') && <p class="error">{errorOf('(record)')}</p>}
      <div class="actions">
        <button type="submit" disabled={status === 'saving'}>
          {t('save')}
        </button>
        <button type="button" onClick={props.onCancel}>
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}
