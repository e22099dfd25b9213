import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SEED_CLAIMS } from '../../seeds';
import type { Claim } from '../claims/claim';
import { makeClaim } from '../claims/test-claims';
import { type HistoryQuery, historyFor } from './claims-repo';
import { countReads } from './count-reads';
import { cachedHistoryFor } from './history-cache';
import { type ClaimlineDb, openDb } from './schema';

const NK = 'north-korean-troops-russia-ukraine';
const PAGE = 'https://news.example/kursk';
const QUERIES: HistoryQuery[] = [
  { subject: NK, party: 'north-korea', metric: 'killed', date: '2025-04-30', days: null },
  { subject: NK, party: 'north-korea', metric: 'killed', date: '2025-04-30', days: null, pageUrl: PAGE },
  { subject: NK, party: 'north-korea', metric: 'casualties', date: null },
  { subject: NK, party: 'north-korea', metric: 'killed' },
  {
    subject: NK,
    party: 'north-korea',
    metric: 'wounded',
    date: '2025-01-09',
    days: { first: '2025-01-01', last: '2025-01-31' },
  },
  { subject: null, party: 'palestinians', metric: 'killed' },
  { subject: null, party: null, metric: 'killed', pageUrl: PAGE },
];
/** A pack's records among the seeds: NK figures of every metric over a year, some from one page. */
const packRecords = (): Claim[] =>
  Array.from({ length: 600 }, (_, i) =>
    makeClaim({
      id: `pack:desk:r${i}`,
      origin: 'pack',
      subject: i % 5 === 0 ? 'gaza-war-casualties' : NK,
      party: i % 5 === 0 ? 'palestinians' : 'north-korea',
      metric: (['killed', 'wounded', 'casualties'] as const)[i % 3],
      low: 100 + i,
      high: 100 + i,
      claimDate: `2025-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`,
      sourceUrl: i % 50 === 0 ? PAGE : null,
    }),
  );

let n = 0;
let db: ClaimlineDb;
beforeEach(async () => {
  db = openDb(`history-cache-${n++}`);
  await db.claims.bulkAdd([...SEED_CLAIMS, ...packRecords()]);
});
afterEach(async () => {
  await db.delete();
});

/** Every query's kept answer against a fresh read of the indexes. */
async function expectSameAnswers(): Promise<void> {
  for (const query of QUERIES) expect(await cachedHistoryFor(db, query)).toEqual(await historyFor(db, query));
}

describe('cachedHistoryFor', () => {
  it('gives the answers of historyFor, and the same again without reading IndexedDB', async () => {
    await expectSameAnswers();
    const first = await cachedHistoryFor(db, QUERIES[0] as HistoryQuery);
    expect(first.length).toBeGreaterThan(100);
    const counter = countReads(db);
    for (const query of QUERIES) await cachedHistoryFor(db, query);
    expect(counter.reads).toBe(0);
    expect(await cachedHistoryFor(db, QUERIES[0] as HistoryQuery)).toBe(first);
  });

  it('reads anew after each kind of write, and gives what historyFor gives then', async () => {
    await expectSameAnswers();
    const added = makeClaim({ subject: NK, party: 'north-korea', claimDate: '2025-04-29', low: 777 });
    await db.claims.add(added);
    expect((await cachedHistoryFor(db, QUERIES[0] as HistoryQuery)).map((c) => c.id)).toContain(added.id);
    await expectSameAnswers();
    await db.claims.update(added.id, { low: 778, high: 778 });
    expect((await cachedHistoryFor(db, QUERIES[0] as HistoryQuery)).find((c) => c.id === added.id)?.low).toBe(
      778,
    );
    await expectSameAnswers();
    await db.claims.bulkDelete(packRecords().map((c) => c.id));
    expect((await cachedHistoryFor(db, QUERIES[3] as HistoryQuery)).some((c) => c.origin === 'pack')).toBe(
      false,
    );
    await expectSameAnswers();
    await db.transaction('rw', db.claims, async () => {
      await db.claims.bulkPut(
        packRecords().map((c) => ({ ...c, low: (c.low as number) * 2, high: (c.low as number) * 2 })),
      );
    });
    await expectSameAnswers();
    await db.claims.clear();
    expect(await cachedHistoryFor(db, QUERIES[0] as HistoryQuery)).toEqual([]);
  });

  it("reads anew after another context's write to the same database", async () => {
    await expectSameAnswers();
    const other = openDb(db.name);
    const added = makeClaim({ subject: NK, party: 'north-korea', claimDate: '2025-03-01', low: 4321 });
    await other.claims.add(added);
    expect((await cachedHistoryFor(db, QUERIES[3] as HistoryQuery)).map((c) => c.id)).toContain(added.id);
    await expectSameAnswers();
    other.close();
  });

  it('keeps the answers of another database apart, and writes to one do not touch the other', async () => {
    const second = openDb(`history-cache-${n++}`);
    await second.claims.bulkAdd(SEED_CLAIMS);
    const query = QUERIES[3] as HistoryQuery;
    const mine = await cachedHistoryFor(db, query);
    const theirs = await cachedHistoryFor(second, query);
    expect(theirs).toEqual(await historyFor(second, query));
    expect(theirs.length).toBeLessThan(mine.length);
    await second.claims.clear();
    expect(await cachedHistoryFor(db, query)).toBe(mine);
    await second.delete();
  });

  it('hands out frozen claims: a caller cannot change what the next lookup is given', async () => {
    const answer = await cachedHistoryFor(db, QUERIES[0] as HistoryQuery);
    const claim = answer[0] as Claim;
    expect(() => {
      claim.low = -1;
    }).toThrow(TypeError);
    expect(() => (answer as Claim[]).pop()).toThrow(TypeError);
    expect(await cachedHistoryFor(db, QUERIES[0] as HistoryQuery)).toEqual(
      await historyFor(db, QUERIES[0] as HistoryQuery),
    );
  });
});
