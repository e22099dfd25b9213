import 'fake-indexeddb/auto';
import { afterEach, describe, expect, test } from 'vitest';
import { compareFigure } from '../lib/claims/compare';
import { makeClaim } from '../lib/claims/test-claims';
import { addNewClaim, addSubscription, applyPack, openDb } from '../lib/db';
import { readPack } from '../lib/io/read-pack';
import { packClaim, testPublisher } from '../lib/io/test-packs';
import { describePackSource } from '../lib/wording/format';
import { withPackSources } from './pack-sources';

const URL_ = 'https://desk.example/pack.json';
const dbs: ReturnType<typeof openDb>[] = [];
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});

/** A database subscribed to the Example Desk pack, applied with one claim (120 killed). */
async function subscribedToOneClaim() {
  const db = openDb(`pack-sources-${dbs.length}`);
  dbs.push(db);
  const desk = await testPublisher();
  await addSubscription(db, URL_, { publicKey: desk.key, fingerprint: null }, '2026-12-01T00:00:00Z');
  const { bytes, signature } = desk.issue(1, [packClaim('a', 120)]);
  const read = await readPack(bytes, signature, { publicKey: desk.key }, null);
  if (!read.ok) throw new Error(read.error);
  await applyPack(db, URL_, read, null, '2026-12-02T09:00:00Z');
  return db;
}

describe('where a claim of the history came from', () => {
  test("a pack's claim says its publisher and issue date; the reader's own claim says nothing", async () => {
    const db = await subscribedToOneClaim();
    await addNewClaim(db, makeClaim({ claimDate: '2026-11-21', low: 150, origin: 'manual' }));
    const context = compareFigure(
      { low: 200, high: 200, qualifier: 'exact', metric: 'killed', party: 'northland' },
      { articleDate: '2026-11-30', history: await db.claims.toArray(), subject: null },
    );
    const marked = await withPackSources(db, context);
    const said = marked.prior.map((e) => [e.claim.low, e.pack ? describePackSource(e.pack) : null]);
    expect(said).toEqual([
      [150, null],
      [120, 'from the Example Desk pack, updated 1 Dec 2026'],
    ]);
    expect(marked.latest?.pack).toBeUndefined();
  });

  test('a subscription changed after a lookup is named anew at the next lookup', async () => {
    const db = await subscribedToOneClaim();
    const lookup = async () => {
      const context = compareFigure(
        { low: 200, high: 200, qualifier: 'exact', metric: 'killed', party: 'northland' },
        { articleDate: '2026-11-30', history: await db.claims.toArray(), subject: null },
      );
      const marked = await withPackSources(db, context);
      return marked.prior.map((e) => (e.pack ? describePackSource(e.pack) : null));
    };
    expect(await lookup()).toEqual(['from the Example Desk pack, updated 1 Dec 2026']);
    await db.subscriptions.update(URL_, { publisher: 'Example Wire', issuedAt: '2026-12-03T08:00:00Z' });
    expect(await lookup()).toEqual(['from the Example Wire pack, updated 3 Dec 2026']);
    // unsubscribing (the reader's copy of the record stays): the pack is no longer named
    await db.claims.put({ ...packClaim('a', 120), id: 'pack:example-desk:a', origin: 'pack' });
    await db.subscriptions.delete(URL_);
    expect(await lookup()).toEqual([null]);
  });
});
