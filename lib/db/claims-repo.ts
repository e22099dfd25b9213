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
 * The history a figure is compared with, from the indexes, never a table scan: with a subject,
 * every claim of it, oldest first; without one, every claim about the same party and metric.
 * Given `date` (the article's date, null when unknown), only what `compareFigure` reads: the
 * subject's claims of this metric plus the subject's claims of that date (the claimant's other
 * figures that day), so a subject with thousands of claims costs only one metric's.
 */
export async function historyFor(
  db: ClaimlineDb,
  query: { subject: string | null; party: string | null; metric: Metric; date?: string | null },
): Promise<Claim[]> {
  const { subject, party, metric, date } = query;
  if (subject && date !== undefined) {
    const [ofMetric, ofDay] = await db.transaction('r', db.claims, () =>
      Promise.all([
        db.claims
          .where('[subject+metric+claimDate]')
          .between([subject, metric, Dexie.minKey], [subject, metric, Dexie.maxKey])
          .toArray(),
        date ? db.claims.where('[subject+claimDate]').equals([subject, date]).toArray() : [],
      ]),
    );
    const byId = new Map([...ofMetric, ...ofDay].map((c) => [c.id, c]));
    // the order of the whole subject's read: claim date, then id
    return [...byId.values()].sort((a, b) => byKey(a.claimDate, b.claimDate) || byKey(a.id, b.id));
  }
  if (subject) return timelineFor(db, subject);
  if (party) return db.claims.where('[party+metric]').equals([party, metric]).toArray();
  return [];
}

const byKey = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

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
