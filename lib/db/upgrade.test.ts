import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import type { Claim } from '../claims/claim';
import { claimsByOrigin, historyFor } from './claims-repo';
import { type ClaimlineDb, openDb, VERSIONS } from './schema';
import { UPGRADE_CLAIMS, UPGRADE_SEED_LOG } from './upgrade-fixtures';

let n = 0;
const names: string[] = [];
afterEach(async () => {
  for (const name of names.splice(0)) await Dexie.delete(name);
});

/** A database declared with only the first `count` versions, as an older Claimline shipped it. */
function openAtVersion(name: string, count: number): ClaimlineDb {
  const db = new Dexie(name) as ClaimlineDb;
  for (const version of VERSIONS.slice(0, count)) version(db);
  return db;
}

/** IndexedDB indexes only records whose key is valid: numbers, strings, dates and arrays of them. */
function isValidKey(value: unknown): boolean {
  if (typeof value === 'number') return !Number.isNaN(value);
  if (typeof value === 'string' || value instanceof Date) return true;
  return Array.isArray(value) && value.every(isValidKey);
}

function keyOf(claim: Claim, keyPath: string | string[]): unknown {
  const record = claim as unknown as Record<string, unknown>;
  return Array.isArray(keyPath) ? keyPath.map((p) => record[p]) : record[keyPath];
}

const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
const earlier = VERSIONS.slice(0, -1).map((_, i) => i + 1);

describe.each(earlier)('upgrade from schema version %i to the latest', (from) => {
  async function upgraded(): Promise<ClaimlineDb> {
    const name = `upgrade-${from}-${n++}`;
    names.push(name);
    const old = openAtVersion(name, from);
    await old.claims.bulkAdd(structuredClone(UPGRADE_CLAIMS));
    await old.seedLog.bulkAdd(structuredClone(UPGRADE_SEED_LOG));
    expect(old.verno).toBe(from);
    old.close();
    const db = openDb(name);
    await db.open();
    return db;
  }

  it('keeps every record deep-equal, seeds and user records alike', async () => {
    const db = await upgraded();
    expect(db.verno).toBe(VERSIONS.length);
    expect((await db.claims.toArray()).sort(byId)).toEqual([...UPGRADE_CLAIMS].sort(byId));
    expect((await db.seedLog.toArray()).sort(byId)).toEqual([...UPGRADE_SEED_LOG].sort(byId));
    db.close();
  });

  it('fills every index of the latest schema from the old records', async () => {
    const db = await upgraded();
    const indexes = db.claims.schema.indexes;
    expect(indexes.length).toBeGreaterThan(0);
    for (const index of indexes) {
      const ids = (await db.claims.orderBy(index.name).primaryKeys()).sort();
      const expected = UPGRADE_CLAIMS.filter((c) => isValidKey(keyOf(c, index.keyPath as string | string[])))
        .map((c) => c.id)
        .sort();
      expect({ index: index.name, ids }).toEqual({ index: index.name, ids: expected });
    }
    db.close();
  });

  it("answers the popover's history and the popup's origin filter from the old records", async () => {
    const db = await upgraded();
    const history = await historyFor(db, {
      subject: 'north-korean-troops-russia-ukraine',
      party: 'north-korea',
      metric: 'killed',
    });
    const nk = UPGRADE_CLAIMS.filter((c) => c.subject === 'north-korean-troops-russia-ukraine');
    expect(history.map((c) => c.id).sort()).toEqual(nk.map((c) => c.id).sort());
    const dates = history.map((c) => c.claimDate);
    expect(dates).toEqual([...dates].sort());
    expect((await claimsByOrigin(db, 'manual')).map((c) => c.id)).toEqual(['manual-nulls']);
    expect((await claimsByOrigin(db, 'seed')).length).toBe(5);
    db.close();
  });

  it("gives every subject and metric's claims from its histories rows as the index does", async () => {
    const db = await upgraded();
    const pairs = new Set(UPGRADE_CLAIMS.map((c) => JSON.stringify([c.subject, c.metric])));
    expect(pairs.size).toBeGreaterThan(2);
    for (const pair of pairs) {
      const [subject, metric] = JSON.parse(pair) as [string | null, Claim['metric']];
      const query = { subject, party: null, metric, date: null };
      const fromRows = await historyFor(db, query, { fromRows: true });
      expect({ pair, fromRows }).toEqual({ pair, fromRows: await historyFor(db, query) });
    }
    expect(await db.histories.count()).toBeGreaterThan(0);
    // and keeps them in step with the writes that follow
    await db.claims.bulkDelete(UPGRADE_CLAIMS.slice(0, 2).map((c) => c.id));
    const query = {
      subject: 'north-korean-troops-russia-ukraine',
      party: null,
      metric: 'killed' as const,
      date: null,
    };
    expect(await historyFor(db, query, { fromRows: true })).toEqual(await historyFor(db, query));
    db.close();
  });
});

describe('versions', () => {
  it('each version file declares the next schema version number', () => {
    VERSIONS.forEach((_, i) => {
      expect(openAtVersion(`declared-${i}`, i + 1).verno).toBe(i + 1);
    });
  });
});
