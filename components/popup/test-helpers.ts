import 'fake-indexeddb/auto';
import type { Claim } from '../../lib/claims/claim';
import { makeClaim } from '../../lib/claims/test-claims';
import { type ClaimlineDb, openDb } from '../../lib/db';
import type { ParseFile } from '../../lib/io/parse-file';
import { parseImport } from '../../lib/io/parse-import';
import type { SettingsArea } from './SettingsSection';

let n = 0;
const dbs: ClaimlineDb[] = [];

/** A fresh database holding `claims`. */
export async function dbWith(claims: Claim[]): Promise<ClaimlineDb> {
  const db = openDb(`popup-test-${n++}`);
  dbs.push(db);
  await db.claims.bulkAdd(claims);
  return db;
}

export async function deleteDbs(): Promise<void> {
  for (const db of dbs.splice(0)) await db.delete();
}

/** An in-memory browser.storage area. */
export function fakeArea(
  initial: Record<string, unknown> = {},
): SettingsArea & { data: Record<string, unknown> } {
  const data = { ...initial };
  return {
    data,
    get: async (key: string) => ({ [key]: data[key] }),
    set: async (items: Record<string, unknown>) => void Object.assign(data, items),
  };
}

/** Parses in place (no worker in tests), like the real worker does. */
export const parseHere: ParseFile = async (file, onProgress) =>
  parseImport(new Uint8Array(await file.arrayBuffer()), file.name, { onProgress });

/** A few claims of two subjects and three claimants. */
export const CLAIMS: Claim[] = [
  makeClaim({
    id: 'k1',
    claimDate: '2025-01-13',
    claimedBy: 'South Korea NIS',
    subject: 'north-korean-troops-russia-ukraine',
    party: 'north-korea',
    low: 300,
    high: 300,
  }),
  makeClaim({
    id: 'k2',
    claimDate: '2025-02-20',
    claimedBy: 'Ukraine GUR',
    subject: 'north-korean-troops-russia-ukraine',
    party: 'north-korea',
    low: 4000,
    high: 4000,
    note: 'Kursk region',
  }),
  makeClaim({
    id: 'g1',
    claimDate: '2024-05-01',
    claimedBy: 'Gaza Health Ministry',
    subject: 'gaza-war-casualties',
    party: 'palestinians',
    low: 35000,
    high: 35000,
    metric: 'killed',
  }),
];
