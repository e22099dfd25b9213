import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import type { Claim } from '../claims/claim';
import { makeClaim } from '../claims/test-claims';
import { localise } from '../i18n';
import { addClaim, countClaims, updateClaim } from './claims-repo';
import { describeDbError as words } from './describe-db-error';

/** What the reader is told of a database error, in English. */
const describeDbError = (error: unknown) => localise(words(error));

import { openOrExplain } from './open-or-explain';
import { type ClaimlineDb, openDb, VERSIONS } from './schema';
import { importSeeds } from './seeding';
import { UPGRADE_CLAIMS } from './upgrade-fixtures';
import { writeTransaction } from './write';

let n = 0;
const names: string[] = [];
const opened: Dexie[] = [];
function track<T extends Dexie>(db: T): T {
  opened.push(db);
  return db;
}
function freshName(): string {
  const name = `errors-${n++}`;
  names.push(name);
  return name;
}
afterEach(async () => {
  for (const db of opened.splice(0)) db.close();
  for (const name of names.splice(0)) await Dexie.delete(name);
});

async function failureOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the operation to fail');
}

describe('a closed or replaced database', () => {
  it('says the claim database is closed, and the stored claims are still there', async () => {
    const name = freshName();
    const db = track(openDb(name));
    await addClaim(db, makeClaim({ claimDate: '2025-01-01', id: 'kept' }));
    db.close();
    const error = await failureOf(addClaim(db, makeClaim({ claimDate: '2025-01-02', id: 'lost?' })));
    expect((error as Error).name).toBe('DatabaseClosedError');
    expect(describeDbError(error)).toMatch(/^The claim database is closed\b.*Reload/);
    const reopened = track(openDb(name));
    expect((await reopened.claims.toArray()).map((c) => c.id)).toEqual(['kept']);
  });

  it('lets a page left open from an older version keep writing after an upgrade, losing nothing', async () => {
    const name = freshName();
    const old = track(new Dexie(name) as ClaimlineDb);
    VERSIONS.slice(0, 1).forEach((v) => {
      v(old);
    });
    await old.claims.bulkAdd(structuredClone(UPGRADE_CLAIMS));
    const current = track(openDb(name));
    await current.open(); // the old connection gets "versionchange", lets go, and reopens when used
    await addClaim(old, makeClaim({ claimDate: '2025-01-02', id: 'late' }));
    expect(current.verno).toBe(VERSIONS.length);
    expect(await countClaims(current)).toBe(UPGRADE_CLAIMS.length + 1);
    expect(await current.claims.where('origin').equals('manual').primaryKeys()).toContain('late');
  });

  it('says another page blocks the upgrade, instead of waiting silently, and opens once it closes', async () => {
    const name = freshName();
    // an old connection that ignores "versionchange" (plain IndexedDB, schema version 1 = native 10)
    const old = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open(name, 10);
      req.onupgradeneeded = () => {
        req.result.createObjectStore('claims', { keyPath: 'id' }).put(UPGRADE_CLAIMS[0]);
        req.result.createObjectStore('seedLog', { keyPath: 'id' });
      };
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const db = track(openDb(name));
    const error = await failureOf(openOrExplain(db, 50));
    expect(describeDbError(error)).toMatch(/^The claim database is busy.*Close other Claimline pages/);
    old.close();
    await openOrExplain(db);
    expect(db.verno).toBe(VERSIONS.length);
    expect(await db.claims.get(UPGRADE_CLAIMS[0]?.id as string)).toEqual(UPGRADE_CLAIMS[0]);
  });

  it('tells a page whose database was upgraded away from under it to reload', () => {
    const error = new Dexie.VersionError(
      'The requested version (10) is less than the existing version (20).',
    );
    expect(describeDbError(new Dexie.OpenFailedError(error))).toMatch(/upgraded by a newer version.*Reload/);
  });
});

describe('describeDbError', () => {
  it('finds a full disk inside the abort Dexie wraps it in', () => {
    const quota = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    const aborted = new Dexie.AbortError('Transaction aborted', quota);
    expect(describeDbError(aborted)).toBe(
      'Your disk is full: nothing was saved. Free some space and try again; your saved claims are safe.',
    );
  });

  it("reads Chromium's full disk (an UnknownError, a BulkError of them) as a full disk", () => {
    const io = new DOMException('Internal error: FILE_ERROR_NO_SPACE', 'UnknownError');
    const bulk = new Dexie.BulkError('claims.bulkAdd(): 849 of 5000 operations failed', [io]);
    expect(describeDbError(bulk)).toMatch(/^Your disk is full: nothing was saved/);
  });

  it("finds a full disk in the transaction's own error when every request says only AbortError", async () => {
    const db = track(openDb(freshName()));
    const error = await failureOf(
      writeTransaction(db, [db.claims], async () => {
        // what Chromium does when the disk fills up: the transaction knows why, its requests do not
        const transaction = Dexie.currentTransaction?.idbtrans as IDBTransaction;
        Object.defineProperty(transaction, 'error', {
          value: new DOMException(
            'Connection is closing because of: IO error: 000003.log: FILE_ERROR_NO_SPACE',
            'UnknownError',
          ),
        });
        throw new Dexie.AbortError('The transaction was aborted, so the request cannot be fulfilled.');
      }),
    );
    expect(describeDbError(error)).toMatch(/^Your disk is full: nothing was saved/);
    expect(await countClaims(db)).toBe(0);
  });

  it('says the disk could not be written when the browser names no cause for its I/O failure', () => {
    const io = new DOMException('Internal error opening backing store for indexedDB.open.', 'UnknownError');
    expect(describeDbError(new Dexie.OpenFailedError(io))).toMatch(
      /^The disk could not be written \(it may be full\): nothing was saved/,
    );
  });

  it('names the failure it does not know, in one sentence', () => {
    expect(describeDbError(new Error('disk on fire'))).toBe(
      'The claim database failed: disk on fire. Nothing was saved; try again.',
    );
    expect(describeDbError('??')).toBe('The claim database failed. Nothing was saved; try again.');
  });

  it('writes nothing from a transaction that fails half-way', async () => {
    const db = track(openDb(freshName()));
    const error = await failureOf(
      db.transaction('rw', db.claims, async () => {
        await db.claims.add(makeClaim({ claimDate: '2025-01-01', id: 'first' }));
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      }),
    );
    expect(describeDbError(error)).toMatch(/^Your disk is full: nothing was saved/);
    expect(await countClaims(db)).toBe(0);
  });

  it('reports a duplicate id as such', async () => {
    const db = track(openDb(freshName()));
    await addClaim(db, makeClaim({ claimDate: '2025-01-01', id: 'same' }));
    const error = await failureOf(addClaim(db, makeClaim({ claimDate: '2025-01-01', id: 'same' })));
    expect(describeDbError(error)).toMatch(/already stored/);
  });
});

describe('two contexts writing at once (popup and background)', () => {
  it('keeps every write of both', async () => {
    const name = freshName();
    const popup = track(openDb(name));
    const background = track(openDb(name));
    const seeds = UPGRADE_CLAIMS.filter((c) => c.origin === 'seed');
    const fromPopup = Array.from({ length: 60 }, (_, i) =>
      makeClaim({ claimDate: '2025-02-01', id: `popup-${i}` }),
    );
    const fromBackground = Array.from({ length: 60 }, (_, i) =>
      makeClaim({ claimDate: '2025-03-01', id: `page-${i}`, origin: 'page' }),
    );
    await Promise.all([
      importSeeds(background, seeds),
      ...fromPopup.map((c) => addClaim(popup, c)),
      ...fromBackground.map((c) => addClaim(background, c)),
      popup.claims.bulkAdd(
        Array.from({ length: 200 }, (_, i) => makeClaim({ claimDate: '2025-04-01', id: `bulk-${i}` })),
      ),
    ]);
    const reader = track(openDb(name));
    expect(await countClaims(reader)).toBe(seeds.length + 60 + 60 + 200);
    const stored = await reader.claims.bulkGet([...fromPopup, ...fromBackground].map((c) => c.id));
    expect(stored).toEqual([...fromPopup, ...fromBackground]);
  });

  it('keeps both edits when each context corrects a different claim at once', async () => {
    const name = freshName();
    const popup = track(openDb(name));
    const background = track(openDb(name));
    const a = makeClaim({ claimDate: '2025-01-01', id: 'a' });
    const b = makeClaim({ claimDate: '2025-01-01', id: 'b' });
    await popup.claims.bulkAdd([a, b]);
    const edits: Claim[] = [
      { ...a, note: 'popup edit' },
      { ...b, note: 'background edit' },
    ];
    await Promise.all([updateClaim(popup, edits[0] as Claim), updateClaim(background, edits[1] as Claim)]);
    expect(await track(openDb(name)).claims.bulkGet(['a', 'b'])).toEqual(edits);
  });
});
