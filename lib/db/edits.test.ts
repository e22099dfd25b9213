import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import type { Claim } from '../claims/claim';
import { makeClaim } from '../claims/test-claims';
import { localise } from '../i18n';
import { describeDbError as words } from './describe-db-error';

/** What the reader is told of a database error, in English. */
const describeDbError = (error: unknown) => localise(words(error));

import {
  ClaimChangedError,
  ClaimGoneError,
  deleteUnchanged,
  pageClaimId,
  saveEdit,
  savePageClaim,
} from './edits';
import { openDb } from './schema';

let n = 0;
const names: string[] = [];
const opened: Dexie[] = [];
/** Two popups (two connections) on one fresh database, and a claim both have open. */
async function twoWindows() {
  const name = `edits-${n++}`;
  names.push(name);
  const [a, b] = [openDb(name), openDb(name)];
  opened.push(a, b);
  const claim = makeClaim({ id: 'c1', claimDate: '2025-01-13', note: 'as imported' });
  await a.claims.add(claim);
  return { a, b, claim };
}
afterEach(async () => {
  for (const db of opened.splice(0)) db.close();
  for (const name of names.splice(0)) await Dexie.delete(name);
});
const at = (iso: string) => ({ updatedAt: iso });

describe('two windows editing one claim', () => {
  it('refuses the later, stale save and hands back the version saved meanwhile', async () => {
    const { a, b, claim } = await twoWindows();
    const first = await saveEdit(a, { ...claim, note: 'from A', ...at('2026-12-01T10:00:00.000Z') }, claim);
    const stale = saveEdit(b, { ...claim, note: 'from B', ...at('2026-12-01T10:00:05.000Z') }, claim);
    await expect(stale).rejects.toBeInstanceOf(ClaimChangedError);
    const error = (await stale.catch((e: unknown) => e)) as ClaimChangedError;
    expect(error.current).toEqual(first);
    expect(describeDbError(error)).toBe(
      'This claim changed in another window since you opened it, so your edit was not saved. Both versions are below.',
    );
    expect((await b.claims.get('c1'))?.note).toBe('from A');
    // B saves over it knowingly, from the version it was shown
    const over = await saveEdit(
      b,
      { ...claim, note: 'from B', ...at('2026-12-01T10:00:05.000Z') },
      error.current,
    );
    expect((await a.claims.get('c1'))?.note).toBe('from B');
    expect(over.updatedAt > first.updatedAt).toBe(true);
  });

  it('never brings back a claim deleted in the other window', async () => {
    const { a, b, claim } = await twoWindows();
    expect(await deleteUnchanged(a, claim)).toEqual(claim);
    await expect(saveEdit(b, { ...claim, note: 'from B' }, claim)).rejects.toBeInstanceOf(ClaimGoneError);
    expect(await b.claims.count()).toBe(0);
  });

  it('does not delete a claim the other window changed since it was shown', async () => {
    const { a, b, claim } = await twoWindows();
    await saveEdit(a, { ...claim, note: 'from A', ...at('2026-12-01T10:00:00.000Z') }, claim);
    await expect(deleteUnchanged(b, claim)).rejects.toBeInstanceOf(ClaimChangedError);
    expect((await b.claims.get('c1'))?.note).toBe('from A');
  });

  it('gives every save a newer updatedAt, even within one millisecond', async () => {
    const { a, claim } = await twoWindows();
    const first = await saveEdit(a, { ...claim, note: 'one' }, claim);
    const second = await saveEdit(a, { ...first, note: 'two', updatedAt: claim.updatedAt }, first);
    expect(second.updatedAt > first.updatedAt).toBe(true);
  });
});

describe('savePageClaim', () => {
  const id = 'b3c1f9a2-4d5e-4f60-8a71-92b3c4d5e6f7';
  it('stores a draft sent twice once, and answers the second with the stored claim', async () => {
    const { a } = await twoWindows();
    const claim: Claim = makeClaim({ id, origin: 'page', claimDate: '2025-04-30' });
    expect(await savePageClaim(a, claim)).toEqual(claim);
    expect(await savePageClaim(a, { ...claim, updatedAt: '2027-01-01T00:00:00.000Z' })).toEqual(claim);
    expect(await a.claims.count()).toBe(2);
  });

  it('never overwrites another claim stored under that id', async () => {
    const { a, claim } = await twoWindows();
    const attempt = savePageClaim(a, { ...claim, origin: 'page', note: 'forged' });
    await expect(attempt).rejects.toMatchObject({ name: 'ConstraintError' });
    expect(await a.claims.get('c1')).toEqual(claim);
  });

  it('keeps only ids that are random UUIDs', () => {
    expect(pageClaimId(id)).toBe(id);
    for (const bad of ['seed:x:1', 'c1', 42, null, `${id} `]) expect(pageClaimId(bad)).toBeUndefined();
  });
});
