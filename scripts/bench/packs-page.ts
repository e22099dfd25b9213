// The in-browser half of the claim pack benchmark: bundled by scripts/bench/packs.ts (esbuild,
// iife, global `claimlinePacks`) and run in a page of headless Chromium, against its IndexedDB.

import { contextFor } from '../../background/context-for';
import { withPackSources } from '../../background/pack-sources';
import { filterClaims, groupBySubject, NO_FILTER } from '../../components/popup/filter-claims';
import type { Claim } from '../../lib/claims/claim';
import { addSubscription, applyPack, claimsInPages, historyFor, openDb } from '../../lib/db';
import { toBase64 } from '../../lib/io/pack-key';
import { readPack } from '../../lib/io/read-pack';
import { writePack } from '../../lib/io/write-pack';
import { SEED_CLAIMS } from '../../seeds';
import { generatedClaims } from './lookup-fill';
import { REQUEST } from './lookup-page';

const URL_ = 'https://desk.example/pack.json';

/** The longest main-thread task while `fn` runs (a long-task observer; 0 when none passed 50 ms). */
async function longestTask<T>(fn: () => Promise<T>): Promise<{ value: T; ms: number; longest: number }> {
  let longest = 0;
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longest = Math.max(longest, entry.duration);
  });
  observer.observe({ type: 'longtask', buffered: false });
  const start = performance.now();
  const value = await fn();
  const ms = performance.now() - start;
  await new Promise((ok) => setTimeout(ok, 50));
  observer.disconnect();
  return { value, ms, longest };
}

/**
 * A signed pack of `total` generated claims, checked by readPack and applied by applyPack into a
 * database holding the seeds; then a second issue of the same size applied over it (an update).
 */
export async function apply(name: string, total: number) {
  await openDb(name).delete();
  const db = openDb(name);
  await db.claims.bulkAdd(SEED_CLAIMS);
  const pair = (await crypto.subtle.generateKey('Ed25519', true, ['sign', 'verify'])) as CryptoKeyPair;
  const key = `ed25519:${toBase64(new Uint8Array(await crypto.subtle.exportKey('raw', pair.publicKey)))}`;
  await addSubscription(db, URL_, { publicKey: key, fingerprint: null }, new Date().toISOString());
  const claims = [...generatedClaims(0, total)];
  const issue = async (seq: number, keyId: string) => {
    const header = {
      id: 'bench-desk',
      publisher: 'Bench Desk',
      seq,
      issuedAt: '2026-12-01T08:00:00Z',
      keyId,
    };
    const bytes = new TextEncoder().encode(writePack(header, claims));
    const signature = toBase64(new Uint8Array(await crypto.subtle.sign('Ed25519', pair.privateKey, bytes)));
    return { bytes, signature };
  };
  const keyId = [
    ...new Uint8Array(
      await crypto.subtle.digest(
        'SHA-256',
        new Uint8Array(await crypto.subtle.exportKey('raw', pair.publicKey)),
      ),
    ),
  ]
    .slice(0, 16)
    .map((b) => b.toString(16).padStart(2, '0'))
    .join('');
  const rounds = [];
  for (const seq of [1, 2]) {
    const { bytes, signature } = await issue(seq, keyId);
    const read = await longestTask(() => readPack(bytes, signature, { publicKey: key }, seq - 1 || null));
    if (!read.value.ok) throw new Error(read.value.error);
    const verified = read.value;
    const applied = await longestTask(() => applyPack(db, URL_, verified, null, new Date().toISOString()));
    rounds.push({
      bytes: bytes.length,
      read,
      applied: { ms: applied.ms, longest: applied.longest, count: applied.value },
    });
  }
  // what the popup's claim list does after an update: read the whole history back, then filter
  // and group it for the virtualised list; before, in one toArray; now, a page at a time
  const listOf = (claims: Claim[]) => groupBySubject(filterClaims(claims, NO_FILTER)).length;
  const figures = (t: { ms: number; longest: number }) => ({ ms: t.ms, longest: t.longest });
  const oneRead = figures(await longestTask(async () => listOf(await db.claims.toArray())));
  const paged = figures(await longestTask(async () => listOf(await claimsInPages(db))));
  const pagedRead = figures(await longestTask(() => claimsInPages(db)));
  const all = await claimsInPages(db);
  const listing = figures(await longestTask(async () => listOf(all)));
  const stored = await db.claims.count();
  db.close();
  return { rounds, stored, oneRead, paged, pagedRead, listing };
}

/**
 * Times the popover's lookup as the background answers it (contextFor, then the pack sources):
 * now, with the history kept until the claims change; before, reading it from the indexes at every
 * lookup; and the first lookup after a write (one claim put again, as an edit would), which reads
 * anew (from the histories rows); the same after a write of the subject and metric looked up; and a
 * lookup with nothing kept in memory (a service worker's first), from the rows. Interleaved, so all
 * see the same load; fails if they give different answers.
 */
export async function lookup(name: string, runs: number) {
  const db = openDb(name);
  await db.open();
  const once = async () => withPackSources(db, await contextFor(db, REQUEST));
  const uncached = async () => withPackSources(db, await contextFor(db, REQUEST, (q) => historyFor(db, q)));
  const [some] = await db.claims.limit(1).toArray();
  if (!some) throw new Error('no claims to look up');
  // a claim of the subject and metric looked up, put again as an edit of it would be
  const own = (await once()).prior.findLast((e) => e.claim.metric === REQUEST.figure.metric);
  const mine = own && (await db.claims.get(own.claim.id));
  if (!mine) throw new Error('no claim of the looked-up subject');
  const fresh = async () =>
    withPackSources(db, await contextFor(db, REQUEST, (q) => historyFor(db, q, { fromRows: true })));
  for (let i = 0; i < 10; i++) await uncached();
  const ms: number[] = [];
  const before: number[] = [];
  const afterWrite: number[] = [];
  const afterOwnWrite: number[] = [];
  const nothingKept: number[] = [];
  const timed = async (into: number[], fn: () => Promise<unknown>) => {
    const t = performance.now();
    await fn();
    into.push(performance.now() - t);
  };
  for (let i = 0; i < runs; i++) {
    await timed(before, uncached);
    await db.claims.put(some);
    await timed(afterWrite, once);
    await timed(ms, once);
    await timed(nothingKept, fresh);
    await db.claims.put(mine);
    await timed(afterOwnWrite, once);
  }
  const answer = await once();
  if (JSON.stringify(answer) !== JSON.stringify(await uncached()))
    throw new Error('the kept history and a fresh read disagree');
  if (JSON.stringify(await fresh()) !== JSON.stringify(await uncached()))
    throw new Error('the histories rows and the indexes disagree');
  db.close();
  const entries = [...answer.prior, ...answer.later];
  return {
    ms: ms.sort((a, b) => a - b),
    before: before.sort((a, b) => a - b),
    afterWrite: afterWrite.sort((a, b) => a - b),
    afterOwnWrite: afterOwnWrite.sort((a, b) => a - b),
    nothingKept: nothingKept.sort((a, b) => a - b),
    entries: entries.length,
    fromPack: entries.filter((e) => e.pack).length,
  };
}
