import { useState } from 'preact/hooks';
import type { ClaimlineDb } from '../../lib/db';
import { downloadText, exportFilename } from '../../lib/io/download';
import { exportCsv } from '../../lib/io/export-csv';
import { exportJson } from '../../lib/io/export-json';
import { type ParseFile, parseFile as parseInWorker } from '../../lib/io/parse-file';
import { applyImport, type ImportPlan, planImport } from '../../lib/io/plan-import';
import { describeDbError } from './db-error';
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
    const claims = await db.claims.orderBy('claimDate').toArray();
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
    if (!parsed.ok) return setState({ step: 'error', fileName, message: parsed.error });
    try {
      setState({ step: 'plan', fileName, plan: await planImport(db, parsed), busy: false });
    } catch (error) {
      setState({
        step: 'error',
        fileName,
        message: `The claim database could not be read: ${String(error)}`,
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
        message: `Imported ${added} new claims${updated ? `, updated ${updated}` : ''}.`,
      });
    } catch (error) {
      setState({ step: 'error', fileName, message: `The import failed: ${describeDbError(error)}.` });
    }
  }

  return (
    <section class="import-export" aria-labelledby="io-heading">
      <h2 id="io-heading">Export</h2>
      <p class="muted">Save a copy of every claim. JSON imports back exactly; CSV opens in spreadsheets.</p>
      <div class="actions">
        <button type="button" onClick={() => exportAs('json')}>
          Export JSON
        </button>
        <button type="button" onClick={() => exportAs('csv')}>
          Export CSV
        </button>
      </div>
      <h2>Import</h2>
      {inPopup && (
        <p class="muted">
          Some browsers close the popup while a file is chosen:{' '}
          <a href="popup.html#io" target="_blank" rel="noopener">
            open Claimline in a tab
          </a>
          .
        </p>
      )}
      <p class="muted">
        A Claimline JSON export, CSV with a header row, or seed records (JSON or JSON Lines).
      </p>
      <label class="file">
        Import a file
        <input
          type="file"
          accept=".json,.jsonl,.ndjson,.csv,application/json,text/csv"
          onChange={choose}
          disabled={state.step === 'reading' || (state.step === 'plan' && state.busy)}
        />
      </label>
      {state.step === 'reading' && (
        <p role="status">
          Reading {state.fileName}… <progress max={100} value={state.percent} aria-label="Reading the file" />
        </p>
      )}
      {state.step === 'error' && (
        <p class="error" role="alert">
          {state.fileName}: {state.message} Nothing was imported.
        </p>
      )}
      {state.step === 'idle' && state.message && <p role="status">{state.message}</p>}
      {state.step === 'plan' && state.busy && (
        <p role="status">
          Writing {state.written ?? 0} of {state.plan.new.length} new claims (all or nothing)…{' '}
          <progress
            max={state.plan.new.length || 1}
            value={state.written ?? 0}
            aria-label="Writing the claims"
          />
        </p>
      )}
      {state.step === 'plan' && (
        <ImportSummary
          fileName={state.fileName}
          plan={state.plan}
          busy={state.busy}
          onCancel={() => setState({ step: 'idle', message: 'Import cancelled; nothing was written.' })}
          onConfirm={(o) => confirm(state.plan, state.fileName, o)}
        />
      )}
    </section>
  );
}
