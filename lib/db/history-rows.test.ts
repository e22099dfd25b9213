import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SEED_CLAIMS } from '../../seeds';
import type { Claim } from '../claims/claim';
import type { VerifiedPack } from '../claims/pack';
import { makeClaim } from '../claims/test-claims';
import { clearClaims, type HistoryQuery, historyFor, writeImport } from './claims-repo';
import { countReads } from './count-reads';
import { compactHistoryRows } from './history-rows-read';
import { type ClaimlineDb, openDb } from './schema';
import { addSubscription, applyPack, unsubscribe } from './subscriptions';

const NK = 'north-korean-troops-russia-ukraine';
const GAZA = 'gaza-war-casualties';
const PAGE = 'https://news.example/kursk';
const URL_ = 'https://desk.example/pack.json';
const QUERIES: HistoryQuery[] = [
  { subject: NK, party: 'north-korea', metric: 'killed', date: '2025-04-30', days: null },
  { subject: NK, party: 'north-korea', metric: 'killed', date: '2025-04-30', days: null, pageUrl: PAGE },
  { subject: NK, party: 'north-korea', metric: 'casualties', date: null },
  {
    subject: NK,
    party: 'north-korea',
    metric: 'wounded',
    date: '2025-01-09',
    days: { first: '2025-01-01', last: '2025-01-31' },
  },
  { subject: GAZA, party: 'palestinians', metric: 'killed', date: '2024-06-01', days: null },
];

/** NK and Gaza figures of three metrics over a year, as a pack's records; some from one page. */
const packClaims = (count: number, low = 100): Claim[] =>
  Array.from({ length: count }, (_, i) =>
    makeClaim({
      id: `pack:desk:r${i}`,
      origin: 'pack',
      subject: i % 5 === 0 ? GAZA : NK,
      party: i % 5 === 0 ? 'palestinians' : 'north-korea',
      metric: (['killed', 'wounded', 'casualties'] as const)[i % 3],
      low: low + i,
      high: low + i,
      claimDate: `2025-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`,
      sourceUrl: i % 50 === 0 ? PAGE : null,
    }),
  );

const pack = (seq: number, claims: Claim[]): VerifiedPack => ({
  ok: true,
  header: { id: 'desk', publisher: 'Example Desk', seq, issuedAt: '2026-12-01T08:00:00Z', keyId: 'k' },
  claims,
  deleted: [],
  fingerprint: 'f',
});

let n = 0;
let db: ClaimlineDb;
beforeEach(async () => {
  db = openDb(`history-rows-${n++}`);
  await db.claims.bulkAdd(SEED_CLAIMS);
});
afterEach(async () => {
  await db.delete();
});

const ids = (claims: readonly Claim[]) => claims.map((c) => c.id).sort();

/**
 * Every subject and metric of the claims table read from its rows against the index, claim for
 * claim, and every query's history both ways.
 */
async function expectRowsMatchIndex(on: ClaimlineDb = db): Promise<void> {
  const pairs = new Set((await on.claims.toArray()).map((c) => JSON.stringify([c.subject, c.metric])));
  pairs.add(JSON.stringify([NK, 'killed']));
  for (const pair of pairs) {
    const [subject, metric] = JSON.parse(pair) as [string | null, Claim['metric']];
    const query = { subject, party: null, metric, date: null };
    const fromIndex = await historyFor(on, query);
    expect({ pair, claims: await historyFor(on, query, { fromRows: true }) }).toEqual({
      pair,
      claims: fromIndex,
    });
  }
  for (const query of QUERIES)
    expect(await historyFor(on, query, { fromRows: true })).toEqual(await historyFor(on, query));
}

// each test compares every subject and metric after each write: seconds on a loaded machine
describe('the histories rows', { timeout: 30_000 }, () => {
  it('give what the index gives after adds, edits, moves, deletes and a clear', async () => {
    await expectRowsMatchIndex();
    const added = makeClaim({ subject: NK, party: 'north-korea', claimDate: '2025-04-29', low: 777 });
    await db.claims.add(added);
    await db.claims.bulkAdd(packClaims(300));
    await expectRowsMatchIndex();
    await db.claims.update(added.id, { low: 778, high: 778 });
    await expectRowsMatchIndex();
    // moved to another subject, then to another metric, then out of the index (no subject)
    await db.claims.update(added.id, { subject: GAZA });
    await expectRowsMatchIndex();
    await db.claims.update(added.id, { metric: 'wounded' });
    await expectRowsMatchIndex();
    await db.claims.update(added.id, { subject: null });
    await expectRowsMatchIndex();
    await db.claims.update(added.id, { subject: NK, metric: 'killed' });
    await expectRowsMatchIndex();
    await db.claims.where('claimDate').below('2025-03-01').modify({ low: 1, high: 1 });
    await expectRowsMatchIndex();
    await db.claims.where('id').startsWith('pack:desk:r1').delete();
    await db.claims.bulkDelete([added.id, 'pack:desk:r2', 'no-such-claim']);
    await db.claims.delete('pack:desk:r3');
    await expectRowsMatchIndex();
    await db.claims.where('claimDate').above('2025-06-01').delete();
    await expectRowsMatchIndex();
    await clearClaims(db);
    expect(await db.histories.count()).toBe(0);
    await db.claims.bulkAdd(SEED_CLAIMS);
    await expectRowsMatchIndex();
  });

  it('follow a pack applied, updated over itself and unsubscribed, keeping the reader’s copy', async () => {
    await addSubscription(db, URL_, { publicKey: 'ed25519:x', fingerprint: null }, '2026-12-01T09:00:00Z');
    await applyPack(db, URL_, pack(1, packClaims(400)), null, '2026-12-01T09:00:00Z');
    await expectRowsMatchIndex();
    // the reader edits one record: it becomes the reader's copy
    await db.claims.update('pack:desk:r1', { origin: 'manual', low: 5, high: 5 });
    await applyPack(db, URL_, pack(2, packClaims(250, 900)), null, '2026-12-02T09:00:00Z');
    await expectRowsMatchIndex();
    const nk = await historyFor(db, QUERIES[0] as HistoryQuery, { fromRows: true });
    expect(nk.some((c) => c.low === 900 + 6)).toBe(true);
    expect(nk.some((c) => c.id === 'pack:desk:r300')).toBe(false);
    await unsubscribe(db, URL_);
    await expectRowsMatchIndex();
    const left = await historyFor(
      db,
      { subject: NK, party: null, metric: 'wounded', date: null },
      { fromRows: true },
    );
    expect(left.filter((c) => c.id.startsWith('pack:')).map((c) => c.id)).toEqual(['pack:desk:r1']);
  });

  it('follow an import, a transaction of several writes, and a write from a second connection', async () => {
    await writeImport(
      db,
      { add: packClaims(120), put: [{ ...(SEED_CLAIMS[0] as Claim), low: 3, high: 3 }] },
      () => {},
      50,
    );
    await expectRowsMatchIndex();
    await db.transaction('rw', db.claims, async () => {
      await db.claims.bulkPut(packClaims(120, 5_000));
      await db.claims.bulkDelete(['pack:desk:r7', 'pack:desk:r8']);
      await db.claims.add(makeClaim({ id: 'late', subject: NK, metric: 'killed', claimDate: '2025-05-05' }));
    });
    await expectRowsMatchIndex();
    const other = openDb(db.name);
    await other.claims.put({ ...(packClaims(1)[0] as Claim), low: 42, high: 42 });
    await other.claims.delete('late');
    await expectRowsMatchIndex();
    await expectRowsMatchIndex(other);
    other.close();
  });

  it('keep nothing of a write that failed: an aborted transaction, a refused add', async () => {
    await db.claims.bulkAdd(packClaims(60));
    await expect(
      db.transaction('rw', db.claims, async () => {
        await db.claims.bulkPut(packClaims(60, 1_000));
        await db.claims.delete('pack:desk:r0');
        throw new Error('the reader cancelled');
      }),
    ).rejects.toThrow('the reader cancelled');
    await expectRowsMatchIndex();
    expect((await db.claims.get('pack:desk:r5'))?.low).toBe(105);
    // an add of an id already there fails alone; the others are written, and so are their rows
    const fresh = makeClaim({ id: 'fresh', subject: NK, metric: 'killed', claimDate: '2025-02-02' });
    await db.transaction('rw', db.claims, async () => {
      await db.claims
        .bulkAdd([{ ...(packClaims(1)[0] as Claim), subject: GAZA, low: 9, high: 9 }, fresh])
        .catch((error) => expect(error).toBeInstanceOf(Dexie.BulkError));
    });
    expect(await db.claims.get('fresh')).toBeDefined();
    await expectRowsMatchIndex();
  });

  it('merged into fewer rows give the same claims, and a first lookup reads few records', async () => {
    await db.claims.bulkAdd(packClaims(600));
    for (let i = 0; i < 20; i++) await db.claims.put({ ...(packClaims(i + 1)[i] as Claim), low: i, high: i });
    await db.claims.bulkDelete(['pack:desk:r30', 'pack:desk:r33']);
    const rows = await db.histories.count();
    const pairs = new Set((await db.claims.toArray()).map((c) => JSON.stringify([c.subject, c.metric])));
    await compactHistoryRows(db, [...pairs]);
    expect(await db.histories.count()).toBeLessThan(rows);
    await expectRowsMatchIndex();
    // the index read hands over every claim of the subject and metric; the rows only the others
    const query = QUERIES[0] as HistoryQuery;
    const counter = countReads(db);
    const fromRows = await historyFor(db, query, { fromRows: true });
    const rowReads = counter.reads;
    counter.reads = 0;
    const fromIndex = await historyFor(db, query);
    expect(ids(fromRows)).toEqual(ids(fromIndex));
    expect(fromRows.length).toBeGreaterThan(150);
    expect(rowReads).toBeLessThan(fromIndex.length / 10);
  });
});
