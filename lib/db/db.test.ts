import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { Claim } from '../claims/claim';
import { makeClaim } from '../claims/test-claims';
import { countClaims, deleteClaim, historyFor, listClaims, updateClaim } from './claims-repo';
import { type ClaimlineDb, openDb } from './schema';
import { importSeeds } from './seeding';

let n = 0;
const dbs: ClaimlineDb[] = [];
function freshDb(): ClaimlineDb {
  const db = openDb(`test-${n++}`);
  dbs.push(db);
  return db;
}
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});

/** A claim of the North Korean subject with this id (the seeding tests care only about ids). */
function claim(id: string, over: Partial<Claim> = {}): Claim {
  return makeClaim({
    id,
    subject: 'north-korean-troops-russia-ukraine',
    party: 'north-korea',
    claimDate: '2025-01-01',
    origin: 'seed',
    ...over,
  });
}

const seeds = [claim('seed:a:1'), claim('seed:a:2', { claimDate: '2025-03-01', low: 300, high: 300 })];

describe('seeding', () => {
  it('imports every seed on the first run', async () => {
    const db = freshDb();
    expect(await importSeeds(db, seeds)).toEqual({ added: 2, skipped: 0 });
    expect(await countClaims(db)).toBe(2);
  });

  it('never duplicates a seed on a second run or an update', async () => {
    const db = freshDb();
    await importSeeds(db, seeds);
    await importSeeds(db, seeds);
    expect(await countClaims(db)).toBe(2);
  });

  it("never changes a user's correction of a seed", async () => {
    const db = freshDb();
    await importSeeds(db, seeds);
    await updateClaim(db, { ...(seeds[0] as Claim), low: 999, high: 999, note: 'corrected' });
    await importSeeds(db, seeds);
    expect((await db.claims.get('seed:a:1'))?.low).toBe(999);
  });

  it('does not bring back a seed the user deleted, unless asked to restore', async () => {
    const db = freshDb();
    await importSeeds(db, seeds);
    await deleteClaim(db, 'seed:a:1');
    await importSeeds(db, seeds);
    expect(await countClaims(db)).toBe(1);
    expect(await importSeeds(db, seeds, { restore: true })).toEqual({ added: 1, skipped: 1 });
    expect(await countClaims(db)).toBe(2);
  });

  it('keeps user records and adds only new seeds from a newer version', async () => {
    const db = freshDb();
    await importSeeds(db, seeds);
    await db.claims.add(claim('user-1', { origin: 'manual' }));
    await importSeeds(db, [...seeds, claim('seed:a:3')]);
    expect(await countClaims(db)).toBe(4);
    expect(await db.claims.get('user-1')).toBeTruthy();
  });
});

describe('queries', () => {
  it('lists claims newest claim date first', async () => {
    const db = freshDb();
    await importSeeds(db, seeds);
    expect((await listClaims(db)).map((c) => c.id)).toEqual(['seed:a:2', 'seed:a:1']);
  });

  it('finds history by subject, or by party and metric without one', async () => {
    const db = freshDb();
    await importSeeds(db, [
      ...seeds,
      claim('seed:gaza:1', { subject: 'gaza-war-casualties', party: 'palestinians' }),
    ]);
    const nk = await historyFor(db, {
      subject: 'north-korean-troops-russia-ukraine',
      party: null,
      metric: 'killed',
    });
    expect(nk.map((c) => c.id).sort()).toEqual(['seed:a:1', 'seed:a:2']);
    const gaza = await historyFor(db, { subject: null, party: 'palestinians', metric: 'killed' });
    expect(gaza.map((c) => c.id)).toEqual(['seed:gaza:1']);
    expect(await historyFor(db, { subject: null, party: null, metric: 'killed' })).toEqual([]);
  });
});
