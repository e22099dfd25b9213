import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { Claim } from '../claims/claim';
import { makeClaim } from '../claims/test-claims';
import { type ClaimlineDb, openDb } from '../db';
import { exportJson } from './export-json';
import { parseImport } from './parse-import';
import { applyImport, planImport } from './plan-import';

let n = 0;
const dbs: ClaimlineDb[] = [];
function freshDb(): ClaimlineDb {
  const db = openDb(`io-test-${n++}`);
  dbs.push(db);
  return db;
}
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});

const bytes = (s: string) => new TextEncoder().encode(s);
async function plan(db: ClaimlineDb, text: string, name = 'x.json') {
  const parsed = parseImport(bytes(text), name);
  if (!parsed.ok) throw new Error(parsed.error);
  return planImport(db, parsed);
}
const sorted = (cs: Claim[]) => [...cs].sort((a, b) => a.id.localeCompare(b.id));

const a = makeClaim({ claimDate: '2025-01-01', id: 'a' });
const b = makeClaim({ claimDate: '2025-02-01', id: 'b', low: 200, high: 200 });
const c = makeClaim({ claimDate: '2025-03-01', id: 'c', low: 300, high: 300 });

describe('planning and applying an import', () => {
  it('writes nothing while planning; adds new records and skips duplicates', async () => {
    const db = freshDb();
    await db.claims.bulkAdd([a, { ...b, note: 'my correction' }]);
    const p = await plan(db, exportJson([a, b, c]));
    expect(p.new.map((x) => x.id)).toEqual(['c']);
    expect(p.duplicates.map((d) => d.existing.id)).toEqual(['a', 'b']);
    expect(await db.claims.count()).toBe(2);
    expect(await applyImport(db, p)).toEqual({ added: 1, updated: 0 });
    expect((await db.claims.get('b'))?.note).toBe('my correction');
    expect(sorted(await db.claims.toArray())).toEqual([a, { ...b, note: 'my correction' }, c]);
  });

  it('recognises the same claim under another id (a CSV without ids imported twice)', async () => {
    const db = freshDb();
    await db.claims.add(a);
    const csv = `metric,qualifier,claimedBy,claimDate,low,high,subject,party\nkilled,approx,${a.claimedBy},2025-01-01,100,100,test-war,northland\n`;
    const p = await plan(db, csv, 'x.csv');
    expect(p.new).toEqual([]);
    expect(p.duplicates[0]?.existing.id).toBe('a');
  });

  it('keeps two records of one file that differ only by id (the database decides duplicates)', async () => {
    const db = freshDb();
    const p = await plan(db, exportJson([a, { ...a, id: 'a2' }]));
    expect(p.new.map((x) => x.id)).toEqual(['a', 'a2']);
  });

  it('updates duplicates only when asked, keeping their id and creation time', async () => {
    const db = freshDb();
    await db.claims.add(a);
    const incoming = { ...a, note: 'from the file', createdAt: '2025-05-01T00:00:00.000Z' };
    const p = await plan(db, exportJson([incoming]));
    expect(await applyImport(db, p)).toEqual({ added: 0, updated: 0 });
    expect(await db.claims.get('a')).toEqual(a);
    expect(
      await applyImport(db, p, { updateDuplicates: true, now: () => '2026-11-27T00:00:00.000Z' }),
    ).toEqual({
      added: 0,
      updated: 1,
    });
    expect(await db.claims.get('a')).toEqual({
      ...a,
      note: 'from the file',
      updatedAt: '2026-11-27T00:00:00.000Z',
    });
  });

  it('is all or nothing: a clash inside the transaction writes nothing', async () => {
    const db = freshDb();
    const p = await plan(db, exportJson([a, b, c]));
    await db.claims.add({ ...b, note: 'added meanwhile' });
    await expect(applyImport(db, p)).rejects.toThrow();
    expect(await db.claims.toArray()).toEqual([{ ...b, note: 'added meanwhile' }]);
  });

  it('round-trips a database into a fresh one exactly', async () => {
    const from = freshDb();
    await from.claims.bulkAdd([a, b, c]);
    const to = freshDb();
    await applyImport(to, await plan(to, exportJson(await from.claims.toArray())));
    expect(sorted(await to.claims.toArray())).toEqual(sorted(await from.claims.toArray()));
  });
});
