import 'fake-indexeddb/auto';
import { afterEach, describe, expect, test } from 'vitest';
import { makeClaim } from '../claims/test-claims';
import { claimsInPages, onClaimWrites } from './claims-in-pages';
import { openDb } from './schema';

const dbs: ReturnType<typeof openDb>[] = [];
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});

async function dbWith(count: number) {
  const db = openDb(`claims-in-pages-${dbs.length}`);
  dbs.push(db);
  const claims = Array.from({ length: count }, (_, i) =>
    makeClaim({
      id: `c-${String(i).padStart(4, '0')}`,
      low: i + 1,
      high: i + 1,
      // a few claims share each day: pages must neither skip nor repeat a tie
      claimDate: `2026-11-${String(10 + (i % 7)).padStart(2, '0')}`,
    }),
  );
  await db.claims.bulkAdd(claims);
  return db;
}

describe('reading the history a page at a time', () => {
  test('every claim comes back once, newest claim date first, a page per read', async () => {
    const db = await dbWith(23);
    const progress: number[] = [];
    const claims = await claimsInPages(db, (read) => progress.push(read), 5);
    expect(claims.map((c) => c.low ?? 0).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 23 }, (_, i) => i + 1),
    );
    const dates = claims.map((c) => c.claimDate);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(progress.length).toBeGreaterThan(2);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    expect(progress.at(-1)).toBe(23);
  });

  test('a history of exactly whole pages, and an empty one, end without a missing or doubled claim', async () => {
    const db = await dbWith(10);
    const ids = (await claimsInPages(db, () => {}, 5)).map((c) => c.id);
    expect(ids.sort()).toEqual((await db.claims.toArray()).map((c) => c.id).sort());
    // one day holding more than a page
    await db.claims.bulkPut((await db.claims.toArray()).map((c) => ({ ...c, claimDate: '2026-11-30' })));
    expect((await claimsInPages(db, () => {}, 4)).map((c) => c.id).sort()).toEqual(ids);
    await db.claims.clear();
    expect(await claimsInPages(db, () => {}, 5)).toEqual([]);
  });

  test('a burst of writes to the claims is one refresh, and writes elsewhere none', async () => {
    const db = await dbWith(1);
    let refreshes = 0;
    const stop = onClaimWrites(db, () => refreshes++, 30);
    for (let i = 0; i < 5; i++) await db.claims.put(makeClaim({ id: `w-${i}`, claimDate: '2026-11-21' }));
    await db.subscriptions.put({ url: 'https://desk.example/pack.json' } as never);
    await new Promise((resolve) => setTimeout(resolve, 80));
    expect(refreshes).toBe(1);
    await db.subscriptions.put({ url: 'https://other.example/pack.json' } as never);
    await new Promise((resolve) => setTimeout(resolve, 80));
    expect(refreshes).toBe(1);
    stop();
  });
});
