import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { claimFields } from '../../lib/claims/form-fields';
import { SUBJECTS, subjectLabel } from '../../lib/claims/subjects';
import type { FieldError } from '../../lib/claims/validate';
import { PARTY_LIST } from '../../lib/extract/lexicon/party-list';
import { localise, t } from '../../lib/i18n';
import { type LabelSet, optionLabel } from '../../lib/wording/labels';
import { partyLabel } from '../../lib/wording/party-label';

export type Draft = Record<string, string>;
export type SaveResult = { saved: boolean; errors: FieldError[] };

type Choice = readonly [value: string, label: string];

/**
 * What a select offers, by name, never by code: the subjects, the known parties (and the draft's
 * own party when it is not one of them), the labelled options of the field table.
 */
function choicesOf(
  name: string,
  options: readonly string[] | undefined,
  set: LabelSet | undefined,
  draft: Draft,
) {
  if (name === 'subject')
    return [['', t('noSubject')] as const, ...SUBJECTS.map((s): Choice => [s.id, subjectLabel(s.id)])];
  if (name === 'party') {
    const known = PARTY_LIST.map((p): Choice => [p.slug, partyLabel(p.slug)]);
    const own = draft.party;
    if (own && !known.some(([slug]) => slug === own)) known.push([own, partyLabel(own)]);
    return [['', t('notStated')] as const, ...known.sort((a, b) => a[1].localeCompare(b[1]))];
  }
  return options?.map((o): Choice => [o, set ? optionLabel(set, o) : o]);
}

/** The popover's fields: those of the one claim field table it shows, worded when the form is shown. */
const fields = (draft: Draft) =>
  claimFields()
    .filter((f) => f.inPopover)
    .map((f) => ({
      name: f.name,
      label: t(f.label),
      choices: choicesOf(f.name, f.options, f.labels, draft),
      long: f.kind === 'textarea',
      numeric: f.kind === 'number',
    }));

/**
 * The pre-filled, editable "Save to history" form; errors from the validator sit next to their
 * fields. It lives in a page, so nothing the page does counts as the reader: a value changes only
 * on the reader's own (trusted) input, and only the reader's own click on Save or Enter in a
 * one-line field saves. The fields are plain-text editable boxes and selects, not `<input>`s in a
 * `<form>`, so the browser's autofill neither reads nor reports them, and spell-checking is off.
 */
export function SaveForm(props: {
  initial: Draft;
  onSave: (draft: Draft) => Promise<SaveResult>;
  onCancel: () => void;
  /** Told once the claim is stored (the popover puts focus back on the figure). */
  onSaved?: () => void;
}) {
  const draft = useRef<Draft>({ ...props.initial });
  const form = useRef<HTMLFieldSetElement>(null);
  // the form opens with the keyboard in its first field, where the reader starts checking
  useEffect(() => {
    form.current?.querySelector<HTMLElement>('[data-field]')?.focus();
  }, []);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [status, setStatus] = useState<'editing' | 'saving' | 'saved' | 'failed'>('editing');
  const errorOf = (name: string) =>
    errors
      .filter((e) => e.field === name)
      .map(localise)
      .join('; ');

  const save = async () => {
    if (status === 'saving') return;
    setStatus('saving');
    try {
      const result = await props.onSave({ ...draft.current });
      setErrors(result.errors);
      setStatus(result.saved ? 'saved' : 'editing');
      if (result.saved) props.onSaved?.();
    } catch (error) {
      setErrors([{ field: '(record)', message: error instanceof Error ? error.message : String(error) }]);
      setStatus('failed');
    }
  };
  // A box's text is the reader's only when a trusted beforeinput announced the change (typing,
  // paste, drop, IME, undo all do); a change without one (document.execCommand from the page
  // while the reader's caret is in the box) is undone at once, so the reader never builds on it.
  const announced = useRef<EventTarget | null>(null);
  const onBeforeInput = (event: Event) => {
    announced.current = event.isTrusted ? event.currentTarget : null;
  };
  const onTrustedInput = (name: string) => (event: Event) => {
    const el = event.currentTarget as HTMLElement;
    const select = el instanceof HTMLSelectElement;
    const reader = event.isTrusted && (select || announced.current === el);
    announced.current = null;
    if (reader) draft.current[name] = select ? el.value : (el.textContent ?? '');
    else if (select) el.value = draft.current[name] ?? '';
    else el.textContent = draft.current[name] ?? '';
  };
  const onKey = (long: boolean) => (event: KeyboardEvent) => {
    if (event.key !== 'Enter' || long || event.isComposing) return;
    event.preventDefault(); // a one-line field: Enter saves, it never adds a line
    if (event.isTrusted) save();
  };

  if (status === 'saved')
    return (
      <p class="saved" role="status">
        {t('savedToHistory')}
      </p>
    );
  return (
    <fieldset class="save-form" aria-label={t('actionSave')} ref={form}>
      {fields(draft.current).map((f) => {
        const id = `claimline-save-${f.name}`;
        const error = errorOf(f.name);
        const common = {
          id,
          'data-field': f.name,
          'aria-labelledby': `${id}-label`,
          'aria-invalid': error ? true : undefined,
          'aria-describedby': error ? `${id}-error` : undefined,
          autocomplete: 'off',
          onInput: onTrustedInput(f.name),
        };
        return (
          <div class="field" key={f.name}>
            <span class="label" id={`${id}-label`}>
              {f.label}
            </span>
            {f.choices ? (
              <select {...common} value={draft.current[f.name] ?? ''}>
                {f.choices.map(([value, label]) => (
                  <option key={value} value={value}>
                    {label}
                  </option>
                ))}
              </select>
            ) : (
              <TextBox
                {...common}
                onBeforeInput={onBeforeInput}
                initial={draft.current[f.name] ?? ''}
                long={f.long}
                numeric={f.numeric}
                onKeyDown={onKey(f.long === true)}
              />
            )}
            {error && (
              <span class="field-error" id={`${id}-error`}>
                {error}
              </span>
            )}
          </div>
        );
      })}
      {errorOf('(record)') && (
        <p class="error" role="alert">
          {errorOf('(record)')}
        </p>
      )}
      <div class="actions">
        <button
          type="button"
          class="save"
          disabled={status === 'saving'}
          onClick={(e) => e.isTrusted && save()}
        >
          {t('save')}
        </button>
        <button type="button" onClick={props.onCancel}>
          {t('cancel')}
        </button>
      </div>
    </fieldset>
  );
}

/** A plain-text editable box: the text the reader typed, no markup, no autofill, no spell-check. */
function TextBox({
  initial,
  long,
  numeric,
  onBeforeInput,
  ...rest
}: {
  id: string;
  initial: string;
  long?: boolean;
  numeric?: boolean;
  onBeforeInput: (event: Event) => void;
  onInput: (event: Event) => void;
  onKeyDown: (event: KeyboardEvent) => void;
  [attribute: string]: unknown;
}) {
  const box = useRef<HTMLDivElement>(null);
  // the text is set once: afterwards it is the reader's, never re-rendered from state; the
  // attribute, not the property, so no runtime's idea of `spellcheck` can leave it on
  useLayoutEffect(() => {
    const el = box.current;
    if (!el) return;
    el.textContent = initial;
    el.setAttribute('spellcheck', 'false');
    // by name: Preact's onBeforeInput is not heard in Firefox, whose elements have no onbeforeinput
    el.addEventListener('beforeinput', onBeforeInput);
    return () => el.removeEventListener('beforeinput', onBeforeInput);
  }, []);
  return (
    // biome-ignore lint/a11y/useSemanticElements: the browser's autofill reads and reports every <input> and <textarea>
    <div
      {...rest}
      ref={box}
      class={long ? 'box long' : 'box'}
      role="textbox"
      aria-multiline={long ? true : undefined}
      contentEditable={'plaintext-only' as unknown as boolean}
      tabIndex={0}
      autocorrect="off"
      autocapitalize="off"
      inputMode={numeric ? 'numeric' : undefined}
    />
  );
}
