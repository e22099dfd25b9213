import Dexie from 'dexie';
import type { Claim } from '../claims/claim';
import { touchesTable } from './live';
import type { ClaimlineDb } from './schema';

/** Claims per page: a page is read and structured-cloned in well under the 50 ms of a long task. */
export const CLAIM_PAGE_SIZE = 2_000;

/** Lets the page handle input and paint between two pages. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Every claim, newest claim date first, read a page at a time with a task boundary between
 * pages: reading 100,000 claims in one `toArray()` is one main-thread task of over a second,
 * which freezes the popup. Keyset on the claim-date index: each page is the claims before the
 * last page's oldest day, and that day is read whole, so ties at a page's edge are neither lost
 * nor doubled (offset would make IndexedDB walk every earlier page again: quadratic). In date
 * order, the list's own sort by date finds them sorted already. `onPage` hears how many are
 * read. Pages are separate reads: a write between two of them is seen by the caller's next read.
 */
export async function claimsInPages(
  db: ClaimlineDb,
  onPage: (read: number) => void = () => {},
  pageSize = CLAIM_PAGE_SIZE,
): Promise<Claim[]> {
  const out: Claim[] = [];
  let before: string | null = null;
  for (;;) {
    const page: Claim[] = await (before === null
      ? db.claims.orderBy('claimDate')
      : db.claims.where('claimDate').below(before)
    )
      .reverse()
      .limit(pageSize)
      .toArray();
    if (page.length < pageSize) {
      for (const claim of page) out.push(claim);
      onPage(out.length);
      return out;
    }
    const edge = (page[page.length - 1] as Claim).claimDate;
    const day = await db.claims.where('claimDate').equals(edge).reverse().toArray();
    for (const claim of page) if (claim.claimDate !== edge) out.push(claim);
    for (const claim of day) out.push(claim);
    onPage(out.length);
    before = edge;
    await nextTask();
  }
}

/**
 * Calls `onChange` once after a burst of writes to the claims table (in any extension context)
 * has been quiet for `quietMs`: a pack of 100,000 claims or an import is one refresh, not one per
 * transaction. The returned function stops watching.
 */
export function onClaimWrites(db: ClaimlineDb, onChange: () => void, quietMs = 300): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const listener = (parts: Record<string, unknown>) => {
    if (!touchesTable(parts, db.name, 'claims')) return;
    clearTimeout(timer);
    timer = setTimeout(onChange, quietMs);
  };
  Dexie.on('storagemutated', listener);
  return () => {
    clearTimeout(timer);
    Dexie.on.storagemutated.unsubscribe(listener);
  };
}
