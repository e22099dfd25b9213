import Papa from 'papaparse';
import type { Claim } from '../claims/claim';
import { CLAIM_COLUMNS } from './columns';

/**
 * A cell a spreadsheet could run as a formula (= + - @, or a leading tab or carriage return), or
 * one that already starts with the apostrophe we add, so the CSV importer can undo it exactly.
 */
export const NEEDS_NEUTRALISING = /^[=+\-@\t\r']/;

/**
 * Claims as CSV with a header row (RFC 4180: quotes, commas and newlines quoted by papaparse).
 * Text cells that a spreadsheet would read as a formula get a leading apostrophe.
 */
export function exportCsv(claims: readonly Claim[]): string {
  const data = claims.map((c) =>
    CLAIM_COLUMNS.map((k) => {
      const v = c[k];
      return v === null || v === undefined ? '' : typeof v === 'string' ? v : String(v);
    }),
  );
  return `${Papa.unparse(
    { fields: [...CLAIM_COLUMNS], data },
    { escapeFormulae: NEEDS_NEUTRALISING, newline: '\r\n' },
  )}\r\n`;
}

/** Undoes `exportCsv`'s neutralising of one cell. */
export function unneutralise(cell: string): string {
  return cell.length > 1 && cell[0] === "'" && NEEDS_NEUTRALISING.test(cell.slice(1)) ? cell.slice(1) : cell;
}
