import { useState } from 'preact/hooks';
import type { ImportPlan } from '../../lib/io/plan-import';

export interface ImportSummaryProps {
  fileName: string;
  plan: ImportPlan;
  onConfirm: (options: { updateDuplicates: boolean }) => void;
  onCancel: () => void;
  busy: boolean;
}

const plural = (n: number, one: string, many = `${one}s`) =>
  `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

/** "120 new, 3 duplicates skipped, 2 rows with errors: …" and the choice to go ahead. */
export function ImportSummary({ fileName, plan, onConfirm, onCancel, busy }: ImportSummaryProps) {
  const [updateDuplicates, setUpdate] = useState(false);
  const [skipErrors, setSkipErrors] = useState(false);
  const dupes = plan.duplicates.length;
  const unit = plan.unit === 'line' ? 'row' : 'record';
  const summary = [
    `${plural(plan.new.length, 'new claim')}`,
    `${plural(dupes, 'duplicate')} ${updateDuplicates ? 'to update' : 'skipped'}`,
    `${plural(plan.errorRows, `${unit} with errors`, `${unit}s with errors`)}`,
  ].join(', ');
  const writes = plan.new.length + (updateDuplicates ? dupes : 0);
  const blocked = plan.errorRows > 0 && !skipErrors;
  return (
    <section class="import-summary" aria-label="Import summary">
      <h3>{fileName}</h3>
      <p class="summary" role="status">
        {summary}
      </p>
      {plan.errors.length > 0 && (
        <ul class="import-errors" aria-label="Errors in the file">
          {plan.errors.slice(0, 50).map((e, i) => (
            <li key={`${e.line}:${e.field}:${i}`}>
              {plan.unit} {e.line}: {e.message}
            </li>
          ))}
          {plan.errorCount > 50 && <li>and {plural(plan.errorCount - 50, 'more error')}</li>}
        </ul>
      )}
      {dupes > 0 && (
        <label class="check">
          <input
            type="checkbox"
            checked={updateDuplicates}
            onChange={(e) => setUpdate(e.currentTarget.checked)}
          />
          Update duplicates (replace my {plural(dupes, 'stored claim')} with the file's version)
        </label>
      )}
      {plan.errorRows > 0 && (
        <label class="check">
          <input
            type="checkbox"
            checked={skipErrors}
            onChange={(e) => setSkipErrors(e.currentTarget.checked)}
          />
          Leave out the {plural(plan.errorRows, `${unit} with errors`, `${unit}s with errors`)} and import the
          rest
        </label>
      )}
      <div class="actions">
        <button
          type="button"
          class="primary"
          disabled={busy || blocked || writes === 0}
          onClick={() => onConfirm({ updateDuplicates })}
        >
          Import {plural(writes, 'claim')}
        </button>
        <button type="button" onClick={onCancel} disabled={busy}>
          Cancel
        </button>
      </div>
    </section>
  );
}
