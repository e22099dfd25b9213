import 'fake-indexeddb/auto';
import { afterAll, describe, expect, it } from 'vitest';
import type { Claim } from '../lib/claims/claim';
import type { Localisable } from '../lib/claims/fields';
import { openDb } from '../lib/db';
import { exportCsv } from '../lib/io/export-csv';
import { parseImport } from '../lib/io/parse-import';
import { MessageRefused } from '../lib/messages/send';
import { CONTENT_SCRIPT, SAVE_DRAFT, SELF } from './handler.fixture';
import { createHandler } from './handlers';

// "Save to history" from a page: stored once whatever happens to the answer, and a failed
// connection does not make every later save fail.
const db = openDb('handlers-save-test');
const handle = createHandler(db, Promise.resolve(), SELF);
afterAll(() => db.delete());

const draft = (id: string, over: Record<string, unknown> = {}) => ({
  type: 'claims/save',
  payload: {
    draft: { ...SAVE_DRAFT, id, ...over },
  },
});
const claimOf = (answer: unknown) => (answer as { ok: true; data: { claim?: Claim } }).data.claim;

describe('claims/save', () => {
  it('reads the popover form\'s text as the popup reads its own: "4,700" is 4700', async () => {
    const id = '5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b';
    const answer = await handle(
      draft(id, { claimedBy: 'Port authority', low: '4,700', high: '4,700', note: '' }),
      CONTENT_SCRIPT,
    );
    expect(claimOf(answer)).toMatchObject({ id, low: 4700, high: 4700, note: null });
  });

  it('stores a draft sent twice (its first answer lost) once, and says saved both times', async () => {
    const id = '0f8e2d4c-6b1a-4c3e-9d5f-7a8b9c0d1e2f';
    const first = await handle(draft(id), CONTENT_SCRIPT);
    const again = await handle(draft(id), CONTENT_SCRIPT);
    expect(claimOf(first)?.id).toBe(id);
    expect(claimOf(again)).toEqual(claimOf(first));
    expect(await db.claims.where('claimedBy').equals('Test agency').count()).toBe(1);
  });

  it('stores page text with a broken character so that a CSV export reads back exactly', async () => {
    const id = '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d';
    const answer = await handle(
      draft(id, { quote: 'Half a pair \ud83d here', claimedBy: 'Broken text' }),
      CONTENT_SCRIPT,
    );
    const stored = claimOf(answer) as Claim;
    expect(stored.quote).toBe('Half a pair \ufffd here');
    const csv = new TextEncoder().encode(exportCsv([stored]));
    const back = parseImport(csv, 'claims.csv');
    expect(back.ok && back.records).toEqual([stored]);
  });

  it('opens the database again after a storage failure, so the next save works', async () => {
    await db.open();
    // this connection's every transaction fails, as Chromium's do after its disk filled up
    const broken = db.backendDB();
    const objectStore = IDBTransaction.prototype.objectStore;
    IDBTransaction.prototype.objectStore = function (this: IDBTransaction, name: string) {
      if (this.db === broken) throw new DOMException('Internal error: FILE_ERROR_NO_SPACE', 'UnknownError');
      return objectStore.call(this, name);
    };
    afterAll(() => {
      IDBTransaction.prototype.objectStore = objectStore;
    });
    const failed = await handle(draft('2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e'), CONTENT_SCRIPT);
    // the background says which sentence; the page words it in its reader's language
    expect(failed).toEqual({
      ok: false,
      error: 'Internal error: FILE_ERROR_NO_SPACE',
      reason: 'database',
      i18n: { key: 'diskFull', subs: [] },
    });
    const refusal = failed as { error: string; i18n: Localisable };
    expect(new MessageRefused('database', refusal.error, refusal.i18n).message).toBe(
      'Your disk is full: nothing was saved. Free some space and try again; your saved claims are safe.',
    );
    const next = await handle(draft('3c4d5e6f-7a8b-4c9d-8e0f-2a3b4c5d6e7f'), CONTENT_SCRIPT);
    expect(claimOf(next)?.id).toBe('3c4d5e6f-7a8b-4c9d-8e0f-2a3b4c5d6e7f');
  });
});
