import { useState } from 'preact/hooks';
import { type ClaimlineDb, claimsByDate, describeDbError, reopenAfter } from '../../lib/db';
import { localise, t } from '../../lib/i18n';
import { downloadText, exportFilename } from '../../lib/io/download';
import { exportCsv } from '../../lib/io/export-csv';
import { exportJson } from '../../lib/io/export-json';
import { type ParseFile, parseFile as parseInWorker } from '../../lib/io/parse-file';
import { applyImport, type ImportPlan, planImport } from '../../lib/io/plan-import';
import { formatNumber } from '../../lib/wording/format';
import { ImportSummary } from './ImportSummary';

export type Download = (text: string, filename: string, type: string) => void;

export interface ImportExportProps {
  db: ClaimlineDb;
  /** Whether this runs in the toolbar popup (not in a tab), to offer opening a tab. */
  inPopup?: boolean;
  parseFile?: ParseFile;
  download?: Download;
}

type State =
  | { step: 'idle'; message?: string }
  | { step: 'reading'; fileName: string; percent: number }
  | { step: 'error'; fileName: string; message: string }
  | { step: 'plan'; fileName: string; plan: ImportPlan; busy: boolean; written?: number };

/** Export the history (JSON, CSV) and import a file after a summary the user confirms. */
export function ImportExport({
  db,
  inPopup = false,
  parseFile = parseInWorker,
  download = downloadText,
}: ImportExportProps) {
  const [state, setState] = useState<State>({ step: 'idle' });

  async function exportAs(kind: 'json' | 'csv') {
    const claims = await claimsByDate(db);
    if (kind === 'json') download(exportJson(claims), exportFilename('json'), 'application/json');
    else download(exportCsv(claims), exportFilename('csv'), 'text/csv;charset=utf-8');
  }

  async function choose(e: Event) {
    const input = e.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const fileName = file.name;
    setState({ step: 'reading', fileName, percent: 0 });
    const parsed = await parseFile(file, (_stage, fraction) =>
      setState({ step: 'reading', fileName, percent: Math.round(fraction * 100) }),
    );
    if (!parsed.ok)
      return setState({
        step: 'error',
        fileName,
        message: localise({ message: parsed.error, i18n: parsed.i18n }),
      });
    try {
      setState({ step: 'plan', fileName, plan: await planImport(db, parsed), busy: false });
    } catch (error) {
      setState({
        step: 'error',
        fileName,
        message: t('dbUnreadable', String(error)),
      });
    }
  }

  async function confirm(plan: ImportPlan, fileName: string, options: { updateDuplicates: boolean }) {
    setState({ step: 'plan', fileName, plan, busy: true });
    try {
      const { added, updated } = await applyImport(db, plan, {
        ...options,
        onProgress: (written) => setState({ step: 'plan', fileName, plan, busy: true, written }),
      });
      setState({
        step: 'idle',
        message: updated ? t('importedUpdated', added, updated) : t('imported', added),
      });
    } catch (error) {
      await reopenAfter(db, error); // after a full disk, the next try gets a fresh connection
      setState({ step: 'error', fileName, message: localise(describeDbError(error)) });
    }
  }

  return (
    <section class="import-export" aria-labelledby="io-heading">
      <h2 id="io-heading">{t('exportHeading')}</h2>
      <p class="muted">{t('exportHelp')}</p>
      <div class="actions">
        <button type="button" onClick={() => exportAs('json')}>
          {t('exportJson')}
        </button>
        <button type="button" onClick={() => exportAs('csv')}>
          {t('exportCsv')}
        </button>
      </div>
      <h2>{t('importHeading')}</h2>
      {inPopup && (
        <p class="muted">
          {t('popupClosesHint')}{' '}
          <a href="popup.html#io" target="_blank" rel="noopener">
            {t('openInTab')}
          </a>
          .
        </p>
      )}
      <p class="muted">{t('importFormats')}</p>
      <label class="file">
        {t('importFile')}
        <input
          type="file"
          accept=".json,.jsonl,.ndjson,.csv,application/json,text/csv"
          onChange={choose}
          disabled={state.step === 'reading' || (state.step === 'plan' && state.busy)}
        />
      </label>
      {state.step === 'reading' && (
        <p role="status">
          {t('readingFile', state.fileName)}{' '}
          <progress max={100} value={state.percent} aria-label={t('readingTheFile')} />
        </p>
      )}
      {state.step === 'error' && (
        <p class="error" role="alert">
          {t('fileError', state.fileName, state.message)}
        </p>
      )}
      {state.step === 'idle' && state.message && <p role="status">{state.message}</p>}
      {state.step === 'plan' && state.busy && (
        <p role="status">
          {t('writingClaims', formatNumber(state.written ?? 0), formatNumber(state.plan.new.length))}{' '}
          <progress
            max={state.plan.new.length || 1}
            value={state.written ?? 0}
            aria-label={t('writingTheClaims')}
          />
        </p>
      )}
      {state.step === 'plan' && (
        <ImportSummary
          fileName={state.fileName}
          plan={state.plan}
          busy={state.busy}
          onCancel={() => setState({ step: 'idle', message: t('importCancelled') })}
          onConfirm={(o) => confirm(state.plan, state.fileName, o)}
        />
      )}
    </section>
  );
}
