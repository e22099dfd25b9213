import { releaseHostAccess } from '../lib/browser/host-access';
import { msg } from '../lib/claims/fields';
import {
  addSubscription,
  applyPack,
  type ClaimlineDb,
  listSubscriptions,
  noteFailure,
  noteUnchanged,
  PackIdTakenError,
  type Subscription,
  unsubscribe,
} from '../lib/db';
import { MAX_BYTES } from '../lib/io/parse-import';
import { readPack } from '../lib/io/read-pack';
import type { PackUpdate } from '../lib/messages/contract';

/**
 * How a pack is fetched: a plain GET that carries nothing of the reader (no cookies, no referrer)
 * and follows no redirect, so no host but the subscribed one is ever contacted.
 */
export const PACK_REQUEST: RequestInit = {
  method: 'GET',
  credentials: 'omit',
  referrerPolicy: 'no-referrer',
  redirect: 'error',
  cache: 'no-cache',
};

export type UpdateResult = PackUpdate;

type Failed = { message: string; i18n?: ReturnType<typeof msg>['i18n'] };

/** The body of a response, read only up to `limit` bytes; null beyond it. */
async function readLimited(response: Response, limit: number): Promise<Uint8Array | null> {
  const declared = Number(response.headers.get('content-length'));
  if (declared > limit) return null;
  if (!response.body) return new Uint8Array(await response.arrayBuffer());
  const reader = response.body.getReader();
  const parts: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > limit) {
      await reader.cancel();
      return null;
    }
    parts.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/** GETs one file of the pack; a Failed in words when the host cannot be reached or says no. */
async function get(fetcher: typeof fetch, url: string, headers: Record<string, string> = {}) {
  const host = new URL(url).host;
  try {
    const response = await fetcher(url, { ...PACK_REQUEST, headers });
    if (response.status === 304 || response.ok) return response;
    return msg(
      `${host} answered ${response.status}; the last good pack stays.`,
      'packHttp',
      host,
      response.status,
    );
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    return msg(`Could not reach ${host} (${why}); the last good pack stays.`, 'packUnreachable', host, why);
  }
}

const tooLarge = () =>
  msg('The pack is larger than 100 MB; Claimline takes packs up to 100 MB.', 'packTooLarge', '100+');

/**
 * Fetches, checks and applies the pack of one subscription: with the ETag of the last good pack
 * (a 304 changes nothing), the pack and its `.sig`, `readPack`'s checks, then one transaction.
 * On any failure the records of the last good pack stay, and the subscription says why.
 */
export async function updatePack(
  db: ClaimlineDb,
  url: string,
  fetcher: typeof fetch = fetch,
  now: () => string = () => new Date().toISOString(),
): Promise<UpdateResult> {
  const sub = await db.subscriptions.get(url);
  if (!sub) return { ok: false, error: `You are not subscribed to ${url}.` };
  const fail = async (failed: Failed): Promise<UpdateResult> => {
    await noteFailure(db, url, failed, now());
    return { ok: false, error: failed.message, ...(failed.i18n && { i18n: failed.i18n }) };
  };
  const pack = await get(fetcher, url, sub.etag && sub.seq !== null ? { 'If-None-Match': sub.etag } : {});
  if (!(pack instanceof Response)) return fail(pack);
  if (pack.status === 304) {
    await noteUnchanged(db, url, now());
    return { ok: true, changed: false, claimCount: sub.claimCount };
  }
  const bytes = await readLimited(pack, MAX_BYTES);
  if (!bytes) return fail(tooLarge());
  const signature = await get(fetcher, `${url}.sig`);
  if (!(signature instanceof Response)) return fail(signature);
  const read = await readPack(bytes, await signature.text(), trustOf(sub), sub.seq);
  if (!read.ok) return fail({ message: read.error, i18n: read.i18n });
  try {
    const claimCount = await applyPack(db, url, read, pack.headers.get('etag'), now());
    return { ok: true, changed: true, claimCount };
  } catch (error) {
    if (error instanceof PackIdTakenError)
      return fail(msg(error.message, 'packIdTaken', error.packId, error.url));
    throw error;
  }
}

const trustOf = (sub: Subscription) => ({
  publicKey: sub.publicKey ?? undefined,
  fingerprint: sub.fingerprint ?? undefined,
});

/** Between two updates of a pack: 6 hours; after failures, 15 minutes doubling up to 6 hours. */
export function nextUpdateAt(sub: Subscription): number {
  const HOUR = 3_600_000;
  const last = Date.parse(sub.lastAttemptAt ?? sub.subscribedAt);
  const wait = sub.failures === 0 ? 6 * HOUR : Math.min(6 * HOUR, (HOUR / 4) * 2 ** (sub.failures - 1));
  return last + wait;
}

/** Subscribes to a pack the reader granted the host of, and applies it at once. */
export async function subscribePack(
  db: ClaimlineDb,
  request: { url: string; publicKey?: string; fingerprint?: string },
  fetcher: typeof fetch = fetch,
): Promise<UpdateResult> {
  const now = new Date().toISOString();
  await addSubscription(
    db,
    request.url,
    { publicKey: request.publicKey ?? null, fingerprint: request.fingerprint ?? null },
    now,
  );
  return updatePack(db, request.url, fetcher);
}

/** Removes a subscription and its records, and gives back its host when no other pack is there. */
export async function unsubscribePack(db: ClaimlineDb, url: string): Promise<number> {
  const removed = await unsubscribe(db, url);
  const host = new URL(url).host;
  if (!(await listSubscriptions(db)).some((s) => new URL(s.url).host === host)) await releaseHostAccess(url);
  return removed;
}

/** Updates every subscription that is due (see `nextUpdateAt`), one after another. */
export async function updateDuePacks(db: ClaimlineDb, fetcher: typeof fetch = fetch): Promise<void> {
  const now = Date.now();
  for (const sub of await listSubscriptions(db))
    if (nextUpdateAt(sub) <= now) await updatePack(db, sub.url, fetcher).catch(() => {});
}
