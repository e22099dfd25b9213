import type { Claim } from '../claims/claim';
import type { ClaimlineDb } from './schema';
import { writeTransaction } from './write';

/** The claim was saved in another window since the edit started; `current` is what is stored now. */
export class ClaimChangedError extends Error {
  override name = 'ClaimChangedError';
  constructor(readonly current: Claim) {
    super(`claim '${current.id}' changed since it was read (now updated ${current.updatedAt})`);
  }
}

/** The claim was deleted in another window since the edit started. */
export class ClaimGoneError extends Error {
  override name = 'ClaimGoneError';
  constructor(id: string) {
    super(`claim '${id}' was deleted since it was read`);
  }
}

/** A timestamp later than `after`, so the next compare-and-set sees a new version. */
function laterThan(stamp: string, after: string): string {
  return stamp > after ? stamp : new Date(Date.parse(after) + 1).toISOString();
}

/**
 * Stores the reader's edit of a claim only if the stored claim is still the version the edit
 * started from (`base`, compared by `updatedAt`), in one transaction: a second window's save in
 * between makes it fail with ClaimChangedError (the stored version attached), a delete with
 * ClaimGoneError, so no edit silently overwrites another and no edit brings a deleted claim back.
 * Returns the claim as stored.
 */
export function saveEdit(
  db: ClaimlineDb,
  edited: Claim,
  base: Pick<Claim, 'id' | 'updatedAt'>,
): Promise<Claim> {
  return writeTransaction(db, [db.claims], async () => {
    const current = await db.claims.get(base.id);
    if (!current) throw new ClaimGoneError(base.id);
    if (current.updatedAt !== base.updatedAt) throw new ClaimChangedError(current);
    // the reader's edit of a pack's record is the reader's copy: pack updates never overwrite it
    const origin = current.origin === 'pack' && edited.origin === 'pack' ? 'manual' : edited.origin;
    const stored = {
      ...edited,
      id: base.id,
      origin,
      updatedAt: laterThan(edited.updatedAt, current.updatedAt),
    };
    await db.claims.put(stored);
    return stored;
  });
}

/**
 * Deletes a claim only if it is still the version the reader saw (or is gone already, which
 * deletes nothing); returns what was deleted, for undo.
 */
export function deleteUnchanged(
  db: ClaimlineDb,
  base: Pick<Claim, 'id' | 'updatedAt'>,
): Promise<Claim | undefined> {
  return writeTransaction(db, [db.claims], async () => {
    const current = await db.claims.get(base.id);
    if (!current) return undefined;
    if (current.updatedAt !== base.updatedAt) throw new ClaimChangedError(current);
    await db.claims.delete(base.id);
    return current;
  });
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** The id a page made for its save form, when it is one (a random UUID); else none (a new one is made). */
export const pageClaimId = (id: unknown): string | undefined =>
  typeof id === 'string' && UUID.test(id) ? id : undefined;

const BOOKKEEPING: readonly string[] = ['createdAt', 'updatedAt'];

/** The same claim apart from when it was written. */
function sameClaim(a: Claim, b: Claim): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]) as Set<keyof Claim>;
  for (const k of keys) if (!BOOKKEEPING.includes(k) && a[k] !== b[k]) return false;
  return true;
}

/** Adds a new claim; fails (and writes nothing) if its id is stored already. */
export function addNewClaim(db: ClaimlineDb, claim: Claim): Promise<void> {
  return writeTransaction(db, [db.claims], async () => {
    await db.claims.add(claim);
  });
}

/**
 * Stores a claim saved from a page once: its id was made in the page for one form, so a draft
 * sent again (its first answer lost) finds the claim it already stored and gets it back, nothing
 * written twice. Another claim under that id is never overwritten (ConstraintError).
 */
export function savePageClaim(db: ClaimlineDb, claim: Claim): Promise<Claim> {
  return writeTransaction(db, [db.claims], async () => {
    const stored = await db.claims.get(claim.id);
    if (!stored) {
      await db.claims.add(claim);
      return claim;
    }
    if (stored.origin === 'page' && sameClaim(stored, claim)) return stored;
    throw new DOMException(`a claim with the id '${claim.id}' is already stored`, 'ConstraintError');
  });
}
