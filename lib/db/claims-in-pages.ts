import Dexie from 'dexie';
import type { Claim } from '../claims/claim';
import type { ClaimlineDb } from './schema';

/** Claims per page: a page is read and structured-cloned in well under the 50 ms of a long task. */
export const CLAIM_PAGE_SIZE = 2_000;

/** The part Dexie reports when anything may have changed (a page restored from the back-forward cache). */
export const ALL_PARTS = 'all';

/** Lets the page handle input and paint between two pages. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Every claim, newest claim date first, read a page at a time (offset and limit on the claim-date
 * index: IndexedDB skips the offset without reading the records) with a task boundary between
 * pages: reading 100,000 claims in one `toArray()` is one main-thread task of over a second,
 * which freezes the popup. In date order, the list's own sort by date finds them sorted already.
 * `onPage` hears how many are read. Pages are separate reads: a write between two of them is
 * seen by the caller's next read.
 */
export async function claimsInPages(
  db: ClaimlineDb,
  onPage: (read: number) => void = () => {},
  pageSize = CLAIM_PAGE_SIZE,
): Promise<Claim[]> {
  const out: Claim[] = [];
  for (;;) {
    const page = await db.claims.orderBy('claimDate').reverse().offset(out.length).limit(pageSize).toArray();
    for (const claim of page) out.push(claim);
    onPage(out.length);
    if (page.length < pageSize) return out;
    await nextTask();
  }
}

/**
 * Calls `onChange` once after a burst of writes to the claims table (in any extension context)
 * has been quiet for `quietMs`: a pack of 100,000 claims or an import is one refresh, not one per
 * transaction. The returned function stops watching.
 */
export function onClaimWrites(db: ClaimlineDb, onChange: () => void, quietMs = 300): () => void {
  const prefix = `idb://${db.name}/claims/`;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const listener = (parts: Record<string, unknown>) => {
    if (!Object.keys(parts).some((part) => part === ALL_PARTS || part.startsWith(prefix))) return;
    clearTimeout(timer);
    timer = setTimeout(onChange, quietMs);
  };
  Dexie.on('storagemutated', listener);
  return () => {
    clearTimeout(timer);
    Dexie.on.storagemutated.unsubscribe(listener);
  };
}
