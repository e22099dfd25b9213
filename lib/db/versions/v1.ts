import type Dexie from 'dexie';

/**
 * Version 1 (2026-11-27): the claims table and the log of seed records ever imported.
 * Indexes only what the popover and popup query: subject, party+metric, claim date, claimant, source URL.
 */
export function v1(db: Dexie): void {
  db.version(1).stores({
    claims: 'id, subject, [party+metric], claimDate, claimedBy, sourceUrl, updatedAt',
    seedLog: 'id',
  });
}
