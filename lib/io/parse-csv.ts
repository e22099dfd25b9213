import Papa from 'papaparse';
import { msg } from '../claims/fields';
import type { RowError } from '../claims/validate';
import { CLAIM_COLUMNS, type ClaimColumn, FORBIDDEN_KEYS } from './columns';
import { columnOfLabel } from './csv-labels';
import { unneutralise } from './export-csv';
import { type CsvReading, failure, MAX_RECORDS, type RowsResult, tooMany } from './rows';
import { gedRecord, isGedHeader } from './ucdp-ged';

type Message = ReturnType<typeof msg>;

const KNOWN: ReadonlySet<string> = new Set(CLAIM_COLUMNS);
const REQUIRED = ['metric', 'qualifier', 'claimedBy', 'claimDate'];
const NUMBERS = new Set(['low', 'high', 'best']);
/** Rows of a file shown before importing it. */
export const PREVIEW_ROWS = 5;

type Column = ClaimColumn | null;

/**
 * Checks the header row; returns each column's field (null for a column no field has, which is
 * ignored and shown as such), or the reason the file cannot be read.
 */
function readHeader(cells: string[]): { columns: Column[] } | { error: Message } {
  // a column may be named by the field or by its label in the form, in any UI language
  const names = cells.map((c) => c.trim());
  const bad = names.find((n) => FORBIDDEN_KEYS.has(n));
  if (bad) return { error: msg(`The CSV header names a forbidden column '${bad}'.`, 'ioCsvForbidden', bad) };
  const columns = names.map((n) => (KNOWN.has(n) ? (n as ClaimColumn) : (columnOfLabel(n) ?? null)));
  const missing = REQUIRED.filter((r) => !columns.includes(r as ClaimColumn));
  if (missing.length === REQUIRED.length)
    return {
      error: msg(
        `The CSV file has no header row: its first line must name the columns (${REQUIRED.join(', ')}, ...).`,
        'ioCsvNoHeader',
        REQUIRED.join(', '),
      ),
    };
  const twice = columns.find((n, i) => n !== null && columns.indexOf(n) !== i);
  if (twice) return { error: msg(`The CSV header names the column '${twice}' twice.`, 'ioCsvTwice', twice) };
  if (missing.length > 0)
    return {
      error: msg(
        `The CSV header lacks the column(s) ${missing.join(', ')}.`,
        'ioCsvMissing',
        missing.join(', '),
      ),
    };
  return { columns };
}

/**
 * A count as spreadsheets write it: "53977", "53,977", "53.977", "53 977" (digits grouped by
 * threes with the file's separator); anything else is passed on for the validator to name.
 */
function countOf(cell: string): number | string {
  const v = cell.trim();
  if (/^\d+(\.\d+)?$/.test(v) && !/^\d{1,3}\.\d{3}$/.test(v)) return Number(v);
  if (/^\d{1,3}([,.'\u00a0\u202f ]\d{3})+$/.test(v) && new Set(v.replace(/\d/g, '')).size === 1)
    return Number(v.replace(/\D/g, ''));
  return cell;
}

/** One CSV row as a record for the validator: empty cells left out, numbers and booleans typed. */
function toRecord(columns: Column[], cells: string[]): Record<string, unknown> {
  const record: Record<string, unknown> = Object.create(null);
  columns.forEach((col, i) => {
    if (col === null) return;
    const cell = unneutralise(cells[i] ?? '');
    if (cell.trim() === '') return;
    if (NUMBERS.has(col)) record[col] = countOf(cell);
    else if (col === 'cumulative')
      record[col] = /^(true|false)$/i.test(cell.trim()) ? /^true$/i.test(cell.trim()) : cell;
    else record[col] = cell;
  });
  return record;
}

/**
 * The delimiter, read from the header row alone: what spreadsheets write, commas, or semicolons
 * (and tabs) in locales whose decimal mark is a comma. Column names hold none of them, while the
 * data rows may hold any (papaparse's guess over the rows took `;` for a row of `;;` ids).
 */
function headerDelimiter(text: string): string {
  const end = text.indexOf('\n');
  const header = end < 0 ? text : text.slice(0, end);
  const count = (d: string) => header.split(d).length - 1;
  return [';', '\t'].reduce((best, d) => (count(d) > count(best) ? d : best), ',');
}

/** Reads CSV with a header row; line numbers are lines of the file (a quoted newline counts). */
export function parseCsvRows(text: string): RowsResult {
  const rows: unknown[] = [];
  const lines: number[] = [];
  const errors: RowError[] = [];
  let columns = null as Column[] | null;
  let header: string[] = [];
  const preview: CsvReading['preview'] = [];
  const delimiter = headerDelimiter(text);
  // UCDP GED's own columns, when the header is theirs: each row is mapped to a claim
  let ged = null as string[] | null;
  let fatal = null as Message | null;
  let line = 1;
  let cursor = 0;
  Papa.parse<string[]>(text, {
    delimiter,
    step: (result, parser) => {
      const rowLine = line;
      const end = result.meta.cursor;
      for (let i = cursor; i < end; i++) if (text.charCodeAt(i) === 10) line++;
      cursor = end;
      const cells = result.data;
      if (cells.length === 1 && cells[0] === '') return;
      if (!columns && !ged && isGedHeader(cells.map((c) => c.trim()))) {
        ged = cells.map((c) => c.trim());
        return;
      }
      if (!columns && !ged) {
        const read = readHeader(cells);
        if ('error' in read) {
          fatal = read.error;
          parser.abort();
        } else {
          columns = read.columns;
          header = cells.map((c) => c.trim());
        }
        return;
      }
      if (rows.length >= MAX_RECORDS) {
        fatal = tooMany(rows.length + 1);
        parser.abort();
        return;
      }
      for (const e of result.errors) errors.push({ line: rowLine, field: '(csv)', message: e.message });
      if (result.errors.length > 0) return;
      const width = (ged ?? columns ?? []).length;
      if (cells.length !== width) {
        errors.push({
          line: rowLine,
          field: '(row)',
          ...msg(`has ${cells.length} cells; the header has ${width}`, 'ioCsvCells', cells.length, width),
        });
        return;
      }
      const record = ged
        ? gedRecord(Object.fromEntries(ged.map((name, i) => [name, cells[i] ?? ''])))
        : toRecord(columns ?? [], cells);
      if (!ged && preview.length < PREVIEW_ROWS) preview.push({ line: rowLine, record: { ...record } });
      rows.push(record);
      lines.push(rowLine);
    },
  });
  if (fatal) return failure(fatal);
  if (!columns && !ged) return failure(msg('The CSV file is empty.', 'ioCsvEmpty'));
  if (ged) return { ok: true, format: 'ucdp-ged', unit: 'line', rows, lines, errors };
  const fields = columns ?? [];
  const csv: CsvReading = {
    delimiter,
    columns: header.map((h, i) => ({ header: h, field: fields[i] ?? null })),
    preview,
    doubt: delimiter !== ',' || header.some((h, i) => h !== fields[i]),
  };
  return { ok: true, format: 'csv', unit: 'line', rows, lines, errors, csv };
}
