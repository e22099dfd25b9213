import Dexie from 'dexie';
import type { Claim, Origin } from '../claims/claim';
import type { Metric } from '../extract/types';
import type { ClaimlineDb } from './schema';

/** Number of claims in the database. */
export function countClaims(db: ClaimlineDb): Promise<number> {
  return db.claims.count();
}

/** Claims newest claim date first (ties: most recently updated first). */
export async function listClaims(db: ClaimlineDb, limit = Number.POSITIVE_INFINITY): Promise<Claim[]> {
  const all = await db.claims.orderBy('claimDate').reverse().limit(limit).toArray();
  return all;
}

/**
 * The history a figure is compared with: every claim of its subject when one matched, otherwise
 * every claim about the same party and metric. Uses the indexes, never a table scan: a subject's
 * claims come from `[subject+claimDate]`, oldest first, and nothing else is read.
 */
export async function historyFor(
  db: ClaimlineDb,
  query: { subject: string | null; party: string | null; metric: Metric },
): Promise<Claim[]> {
  if (query.subject) {
    return timelineFor(db, query.subject);
  }
  if (query.party) return db.claims.where('[party+metric]').equals([query.party, query.metric]).toArray();
  return [];
}

/** Adds a new claim; fails (and writes nothing) if its id already exists. */
export async function addClaim(db: ClaimlineDb, claim: Claim): Promise<void> {
  await db.claims.add(claim);
}

/** Replaces a stored claim with its corrected version. */
export async function updateClaim(db: ClaimlineDb, claim: Claim): Promise<void> {
  await db.claims.put(claim);
}

/** Deletes a claim and returns it, so the caller can offer undo. */
export async function deleteClaim(db: ClaimlineDb, id: string): Promise<Claim | undefined> {
  return db.transaction('rw', db.claims, async () => {
    const claim = await db.claims.get(id);
    if (claim) await db.claims.delete(id);
    return claim;
  });
}

/** A subject's claims in claim-date order, oldest first (the popup's per-subject timeline). */
export function timelineFor(db: ClaimlineDb, subject: string): Promise<Claim[]> {
  return db.claims
    .where('[subject+claimDate]')
    .between([subject, Dexie.minKey], [subject, Dexie.maxKey])
    .toArray();
}

/** Claims of one origin (seed, page, manual, import): the popup's filters and "Restore seed claims". */
export function claimsByOrigin(db: ClaimlineDb, origin: Origin): Promise<Claim[]> {
  return db.claims.where('origin').equals(origin).toArray();
}
