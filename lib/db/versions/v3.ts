import type Dexie from 'dexie';

/**
 * Version 3 (2026-12-02): the reader's claim pack subscriptions, one per pack URL. Pack records
 * live in `claims` under `pack:<pack id>:<record id>`, found by the primary key's prefix, so the
 * claims table needs no new index. Only adds a table: no upgrade of records.
 */
export function v3(db: Dexie): void {
  db.version(3).stores({ subscriptions: 'url' });
}
