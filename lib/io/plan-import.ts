import type { Claim } from '../claims/claim';
import type { RowError } from '../claims/validate';
import { allClaims, type ClaimlineDb, writeImport } from '../db';
import type { ParsedImport } from './parse-import';
import type { CsvReading, ImportFormat } from './rows';

/** What an import would do; computed before anything is written. */
export interface ImportPlan {
  /** Records the database does not have yet. */
  new: Claim[];
  /** Records the database already has (same id, or same claim under another id), paired with it. */
  duplicates: { incoming: Claim; existing: Claim }[];
  errors: RowError[];
  errorCount: number;
  errorRows: number;
  unit: 'line' | 'record';
  total: number;
  /** The file's format: a UCDP GED file shows the reader how its columns became claims. */
  format?: ImportFormat;
  /** How a CSV file's columns were read: shown before importing when it is not Claimline's export. */
  csv?: CsvReading;
}

/** The same published claim, whatever id it got: a CSV typed by hand or a seed file imported twice. */
export function claimKey(c: Claim): string {
  return JSON.stringify([
    c.subject,
    c.party,
    c.metric,
    c.qualifier,
    c.low,
    c.high,
    c.claimedBy,
    c.claimDate,
    c.sourceUrl,
  ]);
}

/** Sorts the parsed records of a file into new ones and duplicates of stored claims. */
export async function planImport(
  db: ClaimlineDb,
  parsed: Extract<ParsedImport, { ok: true }>,
): Promise<ImportPlan> {
  const existing = await allClaims(db);
  const byId = new Map(existing.map((c) => [c.id, c]));
  const byKey = new Map(existing.map((c) => [claimKey(c), c]));
  const plan: ImportPlan = {
    new: [],
    duplicates: [],
    errors: parsed.errors,
    errorCount: parsed.errorCount,
    errorRows: parsed.errorRows,
    unit: parsed.unit,
    total: parsed.total,
    format: parsed.format,
    ...(parsed.csv && { csv: parsed.csv }),
  };
  // Records of the file are matched against the database only: two records of one file with
  // different ids are two claims (two seeds may share a day, a claimant and a number).
  for (const incoming of parsed.records) {
    const match = byId.get(incoming.id) ?? byKey.get(claimKey(incoming));
    if (match) plan.duplicates.push({ incoming, existing: match });
    else plan.new.push(incoming);
  }
  return plan;
}

export interface ImportResult {
  added: number;
  updated: number;
}

/**
 * Writes a plan in one transaction: all of it or, on any failure, nothing. Existing records are
 * changed only with `updateDuplicates` (keeping their id and creation time). A record added by
 * someone else since the plan was made makes `add` fail, so nothing is overwritten by surprise.
 */
export async function applyImport(
  db: ClaimlineDb,
  plan: ImportPlan,
  options: {
    updateDuplicates?: boolean;
    now?: () => string;
    onProgress?: (written: number, total: number) => void;
  } = {},
): Promise<ImportResult> {
  const now = options.now ?? (() => new Date().toISOString());
  const progress = options.onProgress ?? (() => {});
  const at = now();
  const changed = options.updateDuplicates
    ? plan.duplicates
        .filter(({ incoming, existing }) => !sameFacts(incoming, existing))
        .map(({ incoming, existing }) => ({
          ...incoming,
          id: existing.id,
          createdAt: existing.createdAt,
          updatedAt: at,
        }))
    : [];
  await writeImport(db, { add: plan.new, put: changed }, progress);
  return { added: plan.new.length, updated: changed.length };
}

const BOOKKEEPING = new Set(['id', 'createdAt', 'updatedAt']);

/** Same claim field by field, whatever its id and timestamps. */
export function sameFacts(a: Claim, b: Claim): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]) as Set<keyof Claim>;
  for (const k of keys) if (!BOOKKEEPING.has(k) && a[k] !== b[k]) return false;
  return true;
}
