import { msg } from '../claims/fields';
import type { RowError } from '../claims/validate';
import { FORBIDDEN_KEYS } from './columns';
import { EXPORT_FORMAT, EXPORT_VERSION } from './export-json';
import { failure, MAX_RECORDS, type RowsResult, tooMany } from './rows';

/** A claims file needs three levels (envelope, array, record); anything far deeper is hostile. */
export const MAX_DEPTH = 16;

/** Deepest nesting of [ and { outside strings, stopping early once past `limit`. */
export function jsonDepth(text: string, limit = MAX_DEPTH): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92)
        i++; // backslash: skip the escaped character
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 91 || c === 123) {
      depth++;
      if (depth > max) max = depth;
      if (max > limit) return max;
    } else if (c === 93 || c === 125) depth--;
  }
  return max;
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Errors for keys such as `__proto__` in one record. */
export function forbiddenKeys(row: unknown, line: number): RowError[] {
  if (!isObject(row)) return [];
  return Object.keys(row)
    .filter((k) => FORBIDDEN_KEYS.has(k))
    .map((k) => ({
      line,
      field: k,
      ...msg(`the key '${k}' is not allowed in a claim`, 'ioForbiddenKey', k),
    }));
}

const jsonError = (e: unknown) => (e instanceof Error ? e.message : String(e)).slice(0, 200);

/**
 * Reads a JSON file: the `claimline-claims` export, a JSON array of records (the seed format), or
 * JSON Lines (one record per line). Rejects deep nesting before parsing.
 */
export function parseJsonRows(text: string): RowsResult {
  const depth = jsonDepth(text);
  if (depth > MAX_DEPTH)
    return failure(
      msg(
        `The JSON is nested more than ${MAX_DEPTH} levels deep; a claims file never is.`,
        'ioTooDeep',
        MAX_DEPTH,
      ),
    );
  const start = text.trimStart();
  if (start.startsWith('{') || start.startsWith('[')) {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (e) {
      // JSON Lines when the first line is a whole record of its own; otherwise broken JSON.
      if (start.startsWith('{') && firstLineIsObject(start)) return parseJsonLines(text);
      return failure(msg(`The file is not valid JSON: ${jsonError(e)}`, 'ioNotValidJson', jsonError(e)));
    }
    if (Array.isArray(value)) return fromArray(value, 'json-array');
    if (isObject(value) && ('format' in value || 'claims' in value)) return rowsOfEnvelope(value);
    return parseJsonLines(text);
  }
  return failure(msg('The file is not JSON: it must start with { or [.', 'ioNotJson'));
}

/** The records of a parsed `claimline-claims` envelope (an export, or a claim pack's body). */
export function rowsOfEnvelope(env: Record<string, unknown>): RowsResult {
  if (env.format !== EXPORT_FORMAT)
    return failure(
      msg(
        `This JSON is not a Claimline export (its format is not '${EXPORT_FORMAT}').`,
        'ioNotExport',
        EXPORT_FORMAT,
      ),
    );
  if (env.version !== EXPORT_VERSION)
    return failure(
      msg(
        `This export has version ${String(env.version).slice(0, 20)}; this Claimline reads version ${EXPORT_VERSION}.`,
        'ioVersion',
        String(env.version).slice(0, 20),
        EXPORT_VERSION,
      ),
    );
  if (!Array.isArray(env.claims))
    return failure(msg("The export's 'claims' must be a list.", 'ioClaimsNotList'));
  return fromArray(env.claims, 'claimline-json');
}

function fromArray(rows: unknown[], format: 'claimline-json' | 'json-array'): RowsResult {
  if (rows.length > MAX_RECORDS) return failure(tooMany(rows.length));
  return { ok: true, format, unit: 'record', rows, lines: rows.map((_, i) => i + 1), errors: [] };
}

function firstLineIsObject(text: string): boolean {
  const end = text.indexOf('\n');
  try {
    return isObject(JSON.parse(end < 0 ? text : text.slice(0, end)));
  } catch {
    return false;
  }
}

function parseJsonLines(text: string): RowsResult {
  const rows: unknown[] = [];
  const lines: number[] = [];
  const errors: RowError[] = [];
  const all = text.split('\n');
  for (let i = 0; i < all.length; i++) {
    const line = (all[i] as string).trim();
    if (line === '') continue;
    if (rows.length + errors.length >= MAX_RECORDS) return failure(tooMany(all.length));
    try {
      rows.push(JSON.parse(line));
      lines.push(i + 1);
    } catch (e) {
      errors.push({
        line: i + 1,
        field: '(json)',
        ...msg(`not valid JSON: ${jsonError(e)}`, 'ioRowNotJson', jsonError(e)),
      });
    }
  }
  return { ok: true, format: 'jsonl', unit: 'line', rows, lines, errors };
}
