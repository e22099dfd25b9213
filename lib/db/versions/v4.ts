import type Dexie from 'dexie';
import type { Claim } from '../../claims/claim';
import { historyRowsMiddleware, rowsOf } from '../history-rows';
import { compactHistoryRows } from '../history-rows-read';

/**
 * Version 4 (2026-12-03): `histories`, each subject and metric's claims as a few JSON rows, so a
 * popover's first lookup (after a write, or a service worker start) reads a few strings instead of
 * ~500 records. Filled from every claim by the upgrade; kept in step by a middleware that every
 * connection declaring this version installs, in each write's own transaction. Only adds a table.
 */
export function v4(db: Dexie): void {
  db.version(4)
    .stores({ histories: '++seq, [subject+metric]' })
    .upgrade(async (tx) => {
      const claims = (await tx.table('claims').toArray()) as Claim[];
      await tx.table('histories').bulkAdd(rowsOf(claims));
    });
  // the rows of a burst of writes are merged once it has been quiet for a second
  const pending = new Set<string>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  db.use(
    historyRowsMiddleware(db.name, (pairs) => {
      for (const pair of pairs) pending.add(pair);
      clearTimeout(timer);
      timer = setTimeout(() => {
        const now = [...pending];
        pending.clear();
        if (db.isOpen()) compactHistoryRows(db, now).catch(() => {});
      }, 1_000);
    }),
  );
}
