import type { Claim } from '../../lib/claims/claim';
import { t } from '../../lib/i18n';
import { type FormField, formFields, formValues } from './claim-form-fields';

/** Another window saved or deleted the claim being edited: what the reader's edit met. */
export type Conflict =
  | { kind: 'changed'; current: Claim; mine: Claim | null }
  | { kind: 'gone'; mine: Claim };

/**
 * Tells the reader that their edit was not saved because the claim changed (or went) in another
 * window, shows both versions field by field where they differ, and lets the reader choose: save
 * theirs over the other, edit the saved one, or keep theirs as a new claim. Nothing is chosen for them.
 */
export function ClaimConflict({
  conflict,
  onKeepMine,
  onUseSaved,
  onSaveAsNew,
}: {
  conflict: Conflict;
  onKeepMine: (mine: Claim, current: Claim) => void;
  onUseSaved: (current: Claim) => void;
  onSaveAsNew: (mine: Claim) => void;
}) {
  const mine = conflict.mine ? formValues(conflict.mine) : null;
  const saved = conflict.kind === 'changed' ? formValues(conflict.current) : null;
  const differing = formFields().filter(
    (f) => mine && saved && String(mine[f.name]) !== String(saved[f.name]),
  );
  // a select's value by its option's words, never its code
  const shown = (f: FormField, v: string | boolean | undefined) =>
    v === true
      ? '✓'
      : v === false || v === ''
        ? '—'
        : (f.options?.find(([value]) => value === v)?.[1] ?? String(v));
  return (
    <div class="conflict" role="alert">
      <p class="error">{conflict.kind === 'changed' ? t('claimChanged') : t('claimGone')}</p>
      {differing.length > 0 && (
        <table class="versions">
          <thead>
            <tr>
              <th scope="col" />
              <th scope="col">{t('versionYours')}</th>
              <th scope="col">{t('versionSaved')}</th>
            </tr>
          </thead>
          <tbody>
            {differing.map((f) => (
              <tr key={f.name}>
                <th scope="row">{f.label}</th>
                <td>{shown(f, mine?.[f.name])}</td>
                <td>{shown(f, saved?.[f.name])}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div class="actions">
        {conflict.kind === 'changed' && conflict.mine && (
          <button
            type="button"
            class="primary"
            onClick={() => onKeepMine(conflict.mine as Claim, conflict.current)}
          >
            {t('keepMine')}
          </button>
        )}
        {conflict.kind === 'changed' && (
          <button type="button" onClick={() => onUseSaved(conflict.current)}>
            {t('useSaved')}
          </button>
        )}
        {conflict.kind === 'gone' && (
          <button type="button" class="primary" onClick={() => onSaveAsNew(conflict.mine)}>
            {t('saveAsNew')}
          </button>
        )}
      </div>
    </div>
  );
}
