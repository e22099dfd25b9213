import type { Claim } from '../claims/claim';
import { msg } from '../claims/fields';
import { type RowError, type ValidateOptions, validateClaims } from '../claims/validate';
import { decodeUtf8 } from './decode';
import { parseCsvRows } from './parse-csv';
import { forbiddenKeys, parseJsonRows } from './parse-json';
import { type CsvReading, type Failure, failure, type ImportFormat, type RowsResult } from './rows';
import { brokenTextFields } from './well-formed';

/** Files larger than this are refused before reading (a 50 MB history is already huge). */
export const MAX_BYTES = 100 * 1024 * 1024;
/** Row errors kept for the summary; the count is always exact. */
export const MAX_ERRORS_SHOWN = 200;

/** A whole file read and validated, or the reason it cannot be. Nothing has been written. */
export type ParsedImport =
  | Failure
  | {
      ok: true;
      format: ImportFormat;
      unit: 'line' | 'record';
      /** Records read from the file, valid or not. */
      total: number;
      records: Claim[];
      errors: RowError[];
      errorCount: number;
      /** Records with at least one error. */
      errorRows: number;
      /** How a CSV file's columns were read. */
      csv?: CsvReading;
    };

export type Progress = (stage: 'reading' | 'parsing' | 'validating', fraction: number) => void;

const isJsonName = (name: string) => /\.(json|jsonl|ndjson)$/i.test(name);
const isCsvName = (name: string) => /\.csv$/i.test(name);

function readRows(text: string, name: string): RowsResult {
  if (isCsvName(name)) return parseCsvRows(text);
  if (isJsonName(name)) return parseJsonRows(text);
  const first = text.trimStart()[0];
  return first === '{' || first === '[' ? parseJsonRows(text) : parseCsvRows(text);
}

/** Errors for text no export could write back (a lone surrogate from a JSON `\ud800` escape). */
function brokenText(row: unknown, line: number): RowError[] {
  return brokenTextFields(row).map((field) => ({
    line,
    field,
    ...msg(
      `${field} holds a broken character (half of a UTF-16 surrogate pair), which no export could keep: fix the file`,
      'ioBrokenCharacter',
      field,
    ),
  }));
}

/**
 * Reads an import file from its bytes: strict UTF-8 (byte-order mark dropped), the format from
 * the name or the content, every record validated by the shared validator. Records without an
 * origin are marked 'import'.
 */
export function parseImport(
  bytes: Uint8Array,
  name: string,
  options: ValidateOptions & { onProgress?: Progress } = {},
): ParsedImport {
  const progress = options.onProgress ?? (() => {});
  if (bytes.length > MAX_BYTES)
    return failure(
      msg(
        `The file is ${(bytes.length / 1048576).toFixed(0)} MB; Claimline imports files up to 100 MB.`,
        'ioTooLarge',
        (bytes.length / 1048576).toFixed(0),
      ),
    );
  if (bytes.length === 0) return failure(msg('The file is empty.', 'ioEmpty'));
  progress('reading', 0);
  const decoded = decodeUtf8(bytes);
  if (!decoded.ok) return decoded;
  // TextDecoder drops one byte-order mark; a second, or one in a string passed on, goes too.
  const text = decoded.text.replace(/^\uFEFF/, '');
  if (text.trim() === '') return failure(msg('The file is empty.', 'ioEmpty'));
  progress('parsing', 0.2);
  const read = readRows(text, name);
  if (!read.ok) return read;
  progress('validating', 0.5);
  const checked = validateRows(read, options);
  progress('validating', 1);
  return checked;
}

/**
 * Checks rows already read (from a file, or from a claim pack's parsed envelope) with the shared
 * validator: forbidden keys, broken characters, every field. Records without an origin get
 * `options.origin`, else 'import'.
 */
export function validateRows(read: RowsResult & { ok: true }, options: ValidateOptions = {}): ParsedImport {
  const errors: RowError[] = [...read.errors];
  const rows: unknown[] = [];
  const lines: number[] = [];
  read.rows.forEach((row, i) => {
    const line = read.lines[i] as number;
    const bad = [...forbiddenKeys(row, line), ...brokenText(row, line)];
    if (bad.length > 0) errors.push(...bad);
    else {
      rows.push(row);
      lines.push(line);
    }
  });
  const { records, errors: invalid } = validateClaims(rows, { origin: 'import', ...options });
  for (const e of invalid) errors.push({ ...e, line: lines[e.line - 1] ?? e.line });
  errors.sort((a, b) => a.line - b.line);
  return {
    ok: true,
    format: read.format,
    unit: read.unit,
    total: read.rows.length + read.errors.length,
    records,
    errors: errors.slice(0, MAX_ERRORS_SHOWN),
    errorCount: errors.length,
    errorRows: new Set(errors.map((e) => e.line)).size,
    ...(read.csv && { csv: read.csv }),
  };
}
