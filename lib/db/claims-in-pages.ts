import Dexie from 'dexie';
import type { Claim } from '../claims/claim';
import type { ClaimlineDb } from './schema';

/** Claims per page: a page is read and structured-cloned in well under the 50 ms of a long task. */
export const CLAIM_PAGE_SIZE = 2_000;

/** Lets the page handle input and paint between two pages. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Every claim, in id order, read a page at a time (keyset on the primary key, each page its own
 * read) with a task boundary between pages: reading 100,000 claims in one `toArray()` is one
 * main-thread task of over a second, which freezes the popup. `onPage` hears how many are read.
 * Pages are separate reads: a write between two of them is seen by the caller's next read.
 */
export async function claimsInPages(
  db: ClaimlineDb,
  onPage: (read: number) => void = () => {},
  pageSize = CLAIM_PAGE_SIZE,
): Promise<Claim[]> {
  const out: Claim[] = [];
  let after: string | null = null;
  for (;;) {
    const page: Claim[] = await (after === null
      ? db.claims.orderBy(':id').limit(pageSize).toArray()
      : db.claims.where(':id').above(after).limit(pageSize).toArray());
    for (const claim of page) out.push(claim);
    onPage(out.length);
    if (page.length < pageSize) return out;
    after = (page[page.length - 1] as Claim).id;
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
    if (!Object.keys(parts).some((part) => part.startsWith(prefix))) return;
    clearTimeout(timer);
    timer = setTimeout(onChange, quietMs);
  };
  Dexie.on('storagemutated', listener);
  return () => {
    clearTimeout(timer);
    Dexie.on.storagemutated.unsubscribe(listener);
  };
}
