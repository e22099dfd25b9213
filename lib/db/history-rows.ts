import type { DBCore, DBCoreMutateRequest, DBCoreTable, DBCoreTransaction, Middleware } from 'dexie';
import type { Claim } from '../claims/claim';

/**
 * One row of the `histories` table: claims of one subject and metric, written as JSON, or ids
 * deleted from it. A subject and metric's claims are its rows applied in `seq` order (puts replace
 * by id, `del` removes): what the `[subject+metric+claimDate]` index holds of them, read as a few
 * strings instead of ~500 records. Every write to the claims table adds its rows in its own
 * transaction (the middleware below); `compactHistoryRows` merges a pair's rows into fewer.
 */
export interface HistoryRow {
  seq?: number;
  subject: string;
  metric: string;
  /** Claims as JSON: a `Claim[]`. */
  put?: string;
  /** Ids no longer of this subject and metric. */
  del?: string[];
}

export const HISTORY_TABLE = 'histories';
const CLAIMS = 'claims';
/** Characters of JSON per row: under Chromium's 64 KB, above which a value is kept as a file. */
export const ROW_CHARS = 30_000;

/** IndexedDB indexes only records whose key is valid: numbers, strings, dates and arrays of them. */
function isValidKey(value: unknown): boolean {
  if (typeof value === 'number') return !Number.isNaN(value);
  if (typeof value === 'string' || value instanceof Date) return true;
  return Array.isArray(value) && value.every(isValidKey);
}

/** The pair a claim is indexed under in `[subject+metric+claimDate]`, or null when it is not. */
function pairOf(claim: Claim | undefined): string | null {
  if (!claim) return null;
  const { subject, metric, claimDate } = claim as unknown as Record<string, unknown>;
  if (!isValidKey(subject) || !isValidKey(metric) || !isValidKey(claimDate)) return null;
  if (typeof subject !== 'string' || typeof metric !== 'string') return null;
  return JSON.stringify([subject, metric]);
}

/** The rows that add `claims` to a pair, each under ROW_CHARS of JSON. */
export function putRows(subject: string, metric: string, claims: readonly Claim[]): HistoryRow[] {
  const rows: HistoryRow[] = [];
  let part: string[] = [];
  let size = 0;
  const flush = () => {
    if (part.length > 0) rows.push({ subject, metric, put: `[${part.join(',')}]` });
    part = [];
    size = 0;
  };
  for (const claim of claims) {
    const json = JSON.stringify(claim);
    if (size + json.length > ROW_CHARS) flush();
    part.push(json);
    size += json.length + 1;
  }
  flush();
  return rows;
}

/** The rows of every pair of `claims` (the upgrade that makes the table, and compaction). */
export function rowsOf(claims: Iterable<Claim>): HistoryRow[] {
  const byPair = new Map<string, Claim[]>();
  for (const claim of claims) {
    const pair = pairOf(claim);
    if (!pair) continue;
    const list = byPair.get(pair) ?? [];
    list.push(claim);
    byPair.set(pair, list);
  }
  return [...byPair].flatMap(([pair, list]) => {
    const [subject, metric] = JSON.parse(pair) as [string, string];
    return putRows(subject, metric, list);
  });
}

/** A pair's claims from its rows, applied in `seq` order. */
export function claimsOfRows(rows: readonly HistoryRow[]): Claim[] {
  const byId = new Map<string, Claim>();
  for (const row of rows) {
    if (row.del) for (const id of row.del) byId.delete(id);
    if (row.put) for (const claim of JSON.parse(row.put) as Claim[]) byId.set(claim.id, claim);
  }
  return [...byId.values()];
}

/** What a write changes, per pair: claims put and ids gone. */
type Changes = Map<string, { put: Claim[]; del: string[] }>;

function changesOf(before: readonly (Claim | undefined)[], after: readonly (Claim | undefined)[]): Changes {
  const changes: Changes = new Map();
  const of = (pair: string) => {
    let change = changes.get(pair);
    if (!change) {
      change = { put: [], del: [] };
      changes.set(pair, change);
    }
    return change;
  };
  before.forEach((old, i) => {
    const pair = pairOf(old);
    const now = after[i];
    if (old && pair && pair !== pairOf(now)) of(pair).del.push(old.id);
  });
  for (const now of after) {
    const pair = pairOf(now);
    if (now && pair) of(pair).put.push(now);
  }
  return changes;
}

async function writeChanges(rows: DBCoreTable, trans: DBCoreTransaction, changes: Changes): Promise<void> {
  const values: HistoryRow[] = [];
  for (const [pair, { put, del }] of changes) {
    const [subject, metric] = JSON.parse(pair) as [string, string];
    // deletions first: a claim that left a pair and came back in one write is kept
    if (del.length > 0) values.push({ subject, metric, del });
    values.push(...putRows(subject, metric, put));
  }
  if (values.length === 0) return;
  const res = await rows.mutate({ type: 'add', trans, values });
  if (res.numFailures > 0) throw Object.values(res.failures)[0];
}

/** Pairs written since their last compaction, per database name: compacted after the write. */
const toCompact = new Map<string, Set<string>>();

/**
 * The DBCore middleware that keeps `histories` in step with `claims`: a read-write transaction
 * over the claims also covers the histories, and each write of claims (add, put, delete, a range
 * deleted, a clear) adds the rows that say what it changed, in the same transaction: both commit
 * or neither does, whatever connection wrote. Claims a failed request did not write add nothing.
 */
export function historyRowsMiddleware(
  dbName: string,
  compact: (pairs: string[]) => void,
): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'historyRows',
    create: (down) => ({
      ...down,
      transaction: (stores, mode, options) =>
        down.transaction(
          mode === 'readwrite' && stores.includes(CLAIMS) && !stores.includes(HISTORY_TABLE)
            ? [...stores, HISTORY_TABLE]
            : stores,
          mode,
          options,
        ),
      table: (name) => {
        const table = down.table(name);
        if (name !== CLAIMS) return table;
        // asked when written: a database opened at an older version has no such table yet
        const rows = () => down.table(HISTORY_TABLE);
        return {
          ...table,
          mutate: async (req: DBCoreMutateRequest) => {
            const { trans } = req;
            if (req.type === 'deleteRange' && req.range.type === 3 /* Any: a clear */) {
              const res = await table.mutate(req);
              await rows().mutate({ type: 'deleteRange', trans, range: req.range });
              return res;
            }
            const keys =
              req.type === 'deleteRange'
                ? ((
                    await table.query({
                      trans,
                      values: false,
                      query: { index: table.schema.primaryKey, range: req.range },
                    })
                  ).result as string[])
                : req.type === 'delete'
                  ? (req.keys as string[])
                  : (req.keys ?? req.values.map((v) => (v as Claim).id));
            // an add that succeeds had no record before it
            const before = (
              req.type === 'add' ? keys.map(() => undefined) : await table.getMany({ trans, keys })
            ) as (Claim | undefined)[];
            const res = await table.mutate(req);
            const written = (i: number) => !(i in res.failures);
            const after =
              req.type === 'add' || req.type === 'put'
                ? (req.values as Claim[]).map((v, i) => (written(i) ? v : before[i]))
                : keys.map((_, i) => (written(i) ? undefined : before[i]));
            // a put that failed leaves the record as it was: no change of pair
            const changes = changesOf(
              before.map((old, i) => (written(i) ? old : undefined)),
              after.map((now, i) => (written(i) ? now : undefined)),
            );
            await writeChanges(rows(), trans, changes);
            if (changes.size > 0) {
              const pending = toCompact.get(dbName) ?? new Set();
              toCompact.set(dbName, pending);
              for (const pair of changes.keys()) pending.add(pair);
              const idb = trans as unknown as IDBTransaction;
              if (typeof idb.addEventListener === 'function')
                idb.addEventListener('complete', () => {
                  const pairs = [...(toCompact.get(dbName) ?? [])];
                  toCompact.delete(dbName);
                  if (pairs.length > 0) compact(pairs);
                });
            }
            return res;
          },
        };
      },
    }),
  };
}

/** Parses a pair key given to the middleware's `compact`. */
export function pairParts(pair: string): [string, string] {
  return JSON.parse(pair) as [string, string];
}
