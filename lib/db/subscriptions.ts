import type { Claim } from '../claims/claim';
import type { PackSource } from '../claims/context';
import type { Localisable } from '../claims/fields';
import type { VerifiedPack } from '../claims/pack';
import type { ClaimlineDb } from './schema';
import type { Subscription } from './subscription';
import { writeTransaction } from './write';

export type { Subscription } from './subscription';

/** The key prefix of a pack's records in the claims table. */
export const packPrefix = (packId: string): string => `pack:${packId}:`;

/** The publisher and issue date of every applied pack, by pack id. */
export function packSources(subs: readonly Subscription[]): Map<string, PackSource> {
  const sources = new Map<string, PackSource>();
  for (const sub of subs) {
    const updatedAt = sub.issuedAt ?? sub.lastSuccessAt;
    if (sub.packId && sub.publisher && updatedAt)
      sources.set(sub.packId, { publisher: sub.publisher, updatedAt });
  }
  return sources;
}

/** Where a claim came from when it is a pack's record (the reader's copies are the reader's). */
export function packSourceOf(claim: Claim, sources: ReadonlyMap<string, PackSource>): PackSource | null {
  if (claim.origin !== 'pack') return null;
  const packId = /^pack:([^:]+):/.exec(claim.id)?.[1];
  return (packId && sources.get(packId)) || null;
}

/** Every subscription, oldest first. */
export async function listSubscriptions(db: ClaimlineDb): Promise<Subscription[]> {
  const all = await db.subscriptions.toArray();
  return all.sort((a, b) => a.subscribedAt.localeCompare(b.subscribedAt));
}

/** Adds a subscription (no records yet); an existing one for the URL is kept as it is. */
export async function addSubscription(
  db: ClaimlineDb,
  url: string,
  trust: { publicKey: string | null; fingerprint: string | null },
  now: string,
): Promise<Subscription> {
  return writeTransaction(db, [db.subscriptions], async () => {
    const existing = await db.subscriptions.get(url);
    if (existing) return existing;
    const sub: Subscription = {
      url,
      ...trust,
      packId: null,
      publisher: null,
      seq: null,
      issuedAt: null,
      etag: null,
      claimCount: 0,
      subscribedAt: now,
      lastSuccessAt: null,
      lastAttemptAt: null,
      lastError: null,
      failures: 0,
    };
    await db.subscriptions.add(sub);
    return sub;
  });
}

/** Thrown when a pack's id is already another subscription's namespace. */
export class PackIdTakenError extends Error {
  constructor(
    readonly packId: string,
    readonly url: string,
  ) {
    super(`The pack id '${packId}' is already the pack at ${url}.`);
  }
}

/**
 * Applies a verified pack in one transaction: its records replace the pack's earlier ones, its
 * deletions go, and the subscription records the new `seq`. A pack record the reader edited is
 * the reader's copy (its origin is no longer 'pack'): it is never overwritten or deleted.
 * Returns how many records the pack now has in the history.
 */
export async function applyPack(
  db: ClaimlineDb,
  url: string,
  pack: VerifiedPack,
  etag: string | null,
  now: string,
): Promise<number> {
  return writeTransaction(db, [db.claims, db.subscriptions], async () => {
    const sub = await db.subscriptions.get(url);
    if (!sub) throw new Error(`No subscription for ${url}`);
    const others = await db.subscriptions.filter((s) => s.url !== url && s.packId === pack.header.id).first();
    if (others) throw new PackIdTakenError(pack.header.id, others.url);
    const stored = await db.claims.where('id').startsWith(packPrefix(pack.header.id)).toArray();
    const readers = new Set(stored.filter((c) => c.origin !== 'pack').map((c) => c.id));
    const incoming: Claim[] = pack.claims.filter((c) => !readers.has(c.id));
    const keep = new Set(incoming.map((c) => c.id));
    const gone = stored.filter((c) => c.origin === 'pack' && !keep.has(c.id)).map((c) => c.id);
    await db.claims.bulkDelete(gone);
    await db.claims.bulkPut(incoming);
    await db.subscriptions.put({
      ...sub,
      fingerprint: sub.fingerprint ?? pack.fingerprint,
      packId: pack.header.id,
      publisher: pack.header.publisher,
      seq: pack.header.seq,
      issuedAt: pack.header.issuedAt,
      etag,
      claimCount: incoming.length,
      lastSuccessAt: now,
      lastAttemptAt: now,
      lastError: null,
      failures: 0,
    });
    return incoming.length;
  });
}

/** Notes an update that changed nothing: the server said the pack is unchanged (304). */
export async function noteUnchanged(db: ClaimlineDb, url: string, now: string): Promise<void> {
  await db.subscriptions.update(url, {
    lastSuccessAt: now,
    lastAttemptAt: now,
    lastError: null,
    failures: 0,
  });
}

/** Notes a failed update; the records of the last good pack stay as they are. */
export async function noteFailure(
  db: ClaimlineDb,
  url: string,
  error: { message: string; i18n?: Localisable },
  now: string,
): Promise<void> {
  await writeTransaction(db, [db.subscriptions], async () => {
    const sub = await db.subscriptions.get(url);
    if (sub)
      await db.subscriptions.put({
        ...sub,
        lastAttemptAt: now,
        lastError: error,
        failures: sub.failures + 1,
      });
  });
}

/** How many records unsubscribing from `url` would remove (the reader's copies stay). */
export async function packClaimCount(db: ClaimlineDb, url: string): Promise<number> {
  const sub = await db.subscriptions.get(url);
  if (!sub?.packId) return 0;
  return db.claims
    .where('id')
    .startsWith(packPrefix(sub.packId))
    .filter((c) => c.origin === 'pack')
    .count();
}

/** Removes a subscription and its pack's records, keeping the reader's copies; returns how many went. */
export async function unsubscribe(db: ClaimlineDb, url: string): Promise<number> {
  return writeTransaction(db, [db.claims, db.subscriptions], async () => {
    const sub = await db.subscriptions.get(url);
    if (!sub) return 0;
    let removed = 0;
    if (sub.packId) {
      const ids = await db.claims
        .where('id')
        .startsWith(packPrefix(sub.packId))
        .filter((c) => c.origin === 'pack')
        .primaryKeys();
      await db.claims.bulkDelete(ids);
      removed = ids.length;
    }
    await db.subscriptions.delete(url);
    return removed;
  });
}
