import { type Localisable, msg } from '../claims/fields';
import type { RowError } from '../claims/validate';
import type { ClaimColumn } from './columns';

/** Why a file cannot be read: `error` in English, `i18n` to show it in the reader's language. */
export type Failure = { ok: false; error: string; i18n?: Localisable };

/** A failure from an English message and its message key (see `msg`). */
export const failure = (m: { message: string; i18n?: Localisable }): Failure => ({
  ok: false,
  error: m.message,
  ...(m.i18n && { i18n: m.i18n }),
});

/** The supported import files. */
export type ImportFormat = 'claimline-json' | 'json-array' | 'jsonl' | 'csv' | 'ucdp-ged';

/** How a CSV file was read, for the reader to check before importing. */
export interface CsvReading {
  delimiter: string;
  /** Each column of the file: its header as written, and the field it fills (null: ignored). */
  columns: { header: string; field: ClaimColumn | null }[];
  /** The first rows as they were read (counts as numbers), with their lines. */
  preview: { line: number; record: Record<string, unknown> }[];
  /**
   * Not Claimline's own export: another delimiter than the comma, a header named by labels,
   * or columns ignored. The summary then shows the mapping and the first rows.
   */
  doubt: boolean;
}

/** Records read from a file before validation, each with the line (or record number) it came from. */
export type RowsResult =
  | Failure
  | {
      ok: true;
      format: ImportFormat;
      /** Whether `line` numbers count lines of the file or records of a JSON array. */
      unit: 'line' | 'record';
      rows: unknown[];
      lines: number[];
      /** Problems found while reading rows (bad JSON line, wrong cell count, forbidden key). */
      errors: RowError[];
      /** How a CSV file's columns were read (not for UCDP GED files, which have their mapping). */
      csv?: CsvReading;
    };

/** More records than this is not a claim history but a mistake or an attack. */
export const MAX_RECORDS = 250_000;

export const tooMany = (n: number) =>
  msg(
    `The file has ${n.toLocaleString('en')} records; Claimline imports at most ${MAX_RECORDS.toLocaleString('en')} at once.`,
    'ioTooMany',
    n.toLocaleString('en'),
    MAX_RECORDS.toLocaleString('en'),
  );
