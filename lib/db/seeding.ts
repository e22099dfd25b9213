import type { Claim } from '../claims/claim';
import type { ClaimlineDb } from './schema';

export interface SeedResult {
  added: number;
  skipped: number;
}

/**
 * Imports the seed claims that were never imported before, in one transaction. Idempotent: a
 * second run or an update adds nothing twice, never touches an existing record (a user may have
 * corrected a seed), and does not bring back a seed the user deleted. `restore` re-adds deleted
 * seeds (the popup's "Restore seed claims"), still without changing any existing record.
 */
export async function importSeeds(
  db: ClaimlineDb,
  seeds: readonly Claim[],
  options: { restore?: boolean; now?: () => string } = {},
): Promise<SeedResult> {
  const now = options.now ?? (() => new Date().toISOString());
  return db.transaction('rw', db.claims, db.seedLog, async () => {
    const ids = seeds.map((s) => s.id);
    const [logged, existing] = await Promise.all([db.seedLog.bulkGet(ids), db.claims.bulkGet(ids)]);
    const toAdd: Claim[] = [];
    seeds.forEach((seed, i) => {
      if (existing[i]) return;
      if (logged[i] && !options.restore) return;
      toAdd.push(seed);
    });
    const at = now();
    await db.claims.bulkAdd(toAdd);
    await db.seedLog.bulkPut(seeds.filter((_, i) => !logged[i]).map((s) => ({ id: s.id, importedAt: at })));
    return { added: toAdd.length, skipped: seeds.length - toAdd.length };
  });
}
