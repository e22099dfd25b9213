import type { RowError } from '../claims/validate';

/** The supported import files. */
export type ImportFormat = 'claimline-json' | 'json-array' | 'jsonl' | 'csv';

/** Records read from a file before validation, each with the line (or record number) it came from. */
export type RowsResult =
  | { ok: false; error: string }
  | {
      ok: true;
      format: ImportFormat;
      /** Whether `line` numbers count lines of the file or records of a JSON array. */
      unit: 'line' | 'record';
      rows: unknown[];
      lines: number[];
      /** Problems found while reading rows (bad JSON line, wrong cell count, forbidden key). */
      errors: RowError[];
    };

/** More records than this is not a claim history but a mistake or an attack. */
export const MAX_RECORDS = 250_000;

export const tooMany = (n: number) =>
  `The file has ${n.toLocaleString('en')} records; Claimline imports at most ${MAX_RECORDS.toLocaleString('en')} at once.`;
