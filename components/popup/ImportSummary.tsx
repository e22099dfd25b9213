import { useState } from 'preact/hooks';
import { localise, plural, t } from '../../lib/i18n';
import type { ImportPlan } from '../../lib/io/plan-import';
import { GED_MAPPING } from '../../lib/io/ucdp-ged';
import { formatNumber } from '../../lib/wording/format';
import { CsvPreview, errorWords } from './CsvPreview';

export interface ImportSummaryProps {
  fileName: string;
  plan: ImportPlan;
  onConfirm: (options: { updateDuplicates: boolean }) => void;
  onCancel: () => void;
  busy: boolean;
}

const count = (n: number, base: Parameters<typeof plural>[1]) => plural(n, base, formatNumber(n));

/** "120 new, 3 duplicates skipped, 2 rows with errors: …" and the choice to go ahead. */
export function ImportSummary({ fileName, plan, onConfirm, onCancel, busy }: ImportSummaryProps) {
  const [updateDuplicates, setUpdate] = useState(false);
  const [skipErrors, setSkipErrors] = useState(false);
  const dupes = plan.duplicates.length;
  const rows = plan.unit === 'line';
  const summary = [
    count(plan.new.length, 'newClaims'),
    count(dupes, updateDuplicates ? 'duplicatesToUpdate' : 'duplicatesSkipped'),
    count(plan.errorRows, rows ? 'rowsWithErrors' : 'recordsWithErrors'),
  ].join(', ');
  const writes = plan.new.length + (updateDuplicates ? dupes : 0);
  const blocked = plan.errorRows > 0 && !skipErrors;
  // a spreadsheet's file names its columns as the form does: so do its errors
  const words = plan.format === 'csv' || plan.format === 'ucdp-ged' ? errorWords : localise;
  return (
    <section class="import-summary" aria-label={t('importSummary')}>
      <h3>{fileName}</h3>
      <p class="summary" role="status">
        {summary}
      </p>
      {plan.format === 'ucdp-ged' && (
        <table class="import-mapping" aria-label={t('gedMapping')}>
          <caption>{t('gedMapping')}</caption>
          <tbody>
            {GED_MAPPING.map((m) => (
              <tr key={m.field}>
                <th scope="row">{t(m.field)}</th>
                <td>
                  <code>{m.from}</code>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {plan.csv?.doubt && <CsvPreview csv={plan.csv} />}
      {plan.errors.length > 0 && (
        <ul class="import-errors" aria-label={t('errorsInFile')}>
          {plan.errors.slice(0, 50).map((e, i) => (
            <li key={`${e.line}:${e.field}:${i}`}>
              {t(rows ? 'errorAtLine' : 'errorAtRecord', e.line, words(e))}
            </li>
          ))}
          {plan.errorCount > 50 && <li>{count(plan.errorCount - 50, 'moreErrors')}</li>}
        </ul>
      )}
      {dupes > 0 && (
        <label class="check">
          <input
            type="checkbox"
            checked={updateDuplicates}
            onChange={(e) => setUpdate(e.currentTarget.checked)}
          />
          {count(dupes, 'updateDuplicates')}
        </label>
      )}
      {plan.errorRows > 0 && (
        <label class="check">
          <input
            type="checkbox"
            checked={skipErrors}
            onChange={(e) => setSkipErrors(e.currentTarget.checked)}
          />
          {count(plan.errorRows, rows ? 'skipErrorRows' : 'skipErrorRecords')}
        </label>
      )}
      <div class="actions">
        <button
          type="button"
          class="primary"
          disabled={busy || blocked || writes === 0}
          onClick={() => onConfirm({ updateDuplicates })}
        >
          {count(writes, 'importClaims')}
        </button>
        <button type="button" onClick={onCancel} disabled={busy}>
          {t('cancel')}
        </button>
      </div>
    </section>
  );
}
