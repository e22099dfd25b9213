import type Dexie from 'dexie';
import type { Claim } from '../claims/claim';
import { claimsOfRows, HISTORY_TABLE, type HistoryRow, pairParts, putRows, ROW_CHARS } from './history-rows';

/** Rows more than a pair's claims need before a read merges them (writes with no quiet between). */
const PILED = 8;

/**
 * A subject and metric's claims from its `histories` rows: what the `[subject+metric+claimDate]`
 * index holds of them, in no particular order. Read inside the caller's transaction, which must
 * cover the histories table.
 */
export async function claimsFromRows(db: Dexie, subject: string, metric: string): Promise<Claim[]> {
  const rows = (await db
    .table(HISTORY_TABLE)
    .where('[subject+metric]')
    .equals([subject, metric])
    .toArray()) as HistoryRow[];
  let chars = 0;
  for (const row of rows) chars += row.put?.length ?? 0;
  if (rows.length > Math.ceil(chars / ROW_CHARS) + PILED) {
    const pair = JSON.stringify([subject, metric]);
    setTimeout(() => compactHistoryRows(db, [pair]).catch(() => {}), 0);
  }
  return claimsOfRows(rows);
}

/**
 * Merges each pair's rows into as few as hold its claims, one pair per transaction (a write's
 * rows pile up; the answer is the same, only longer to read). Runs after a write, in the
 * background; a merge that fails leaves the rows as they were.
 */
export async function compactHistoryRows(db: Dexie, pairs: readonly string[]): Promise<void> {
  const table = db.table(HISTORY_TABLE);
  for (const pair of pairs) {
    const [subject, metric] = pairParts(pair);
    await db.transaction('rw', table, async () => {
      const rows = (await table
        .where('[subject+metric]')
        .equals([subject, metric])
        .toArray()) as HistoryRow[];
      const merged = putRows(subject, metric, claimsOfRows(rows));
      if (merged.length >= rows.length && rows.every((r) => !r.del)) return;
      await table.bulkDelete(rows.map((r) => r.seq as number));
      await table.bulkAdd(merged);
    });
  }
}
