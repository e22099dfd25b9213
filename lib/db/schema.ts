import Dexie, { type EntityTable } from 'dexie';
import type { Claim } from '../claims/claim';
import type { HistoryRow } from './history-rows';
import type { Subscription } from './subscription';
import { v1 } from './versions/v1';
import { v2 } from './versions/v2';
import { v3 } from './versions/v3';
import { v4 } from './versions/v4';

/** A seed record that was once imported; kept so a seed the user deleted is not brought back. */
export interface SeedLogEntry {
  id: string;
  importedAt: string;
}

export type ClaimlineDb = Dexie & {
  claims: EntityTable<Claim, 'id'>;
  seedLog: EntityTable<SeedLogEntry, 'id'>;
  subscriptions: EntityTable<Subscription, 'url'>;
  histories: EntityTable<HistoryRow, 'seq'>;
};

/** Versions are append-only: each file adds one, with a one-line reason. */
export const VERSIONS: readonly ((db: Dexie) => void)[] = [v1, v2, v3, v4];

export const DEFAULT_DB_NAME = 'claimline';

/** Opens (lazily) the claim database; tests pass their own name to get a fresh one. */
export function openDb(name: string = DEFAULT_DB_NAME): ClaimlineDb {
  const db = new Dexie(name) as ClaimlineDb;
  for (const version of VERSIONS) version(db);
  return db;
}
