import { useEffect, useState } from 'preact/hooks';
import type { Claim } from '../../lib/claims/claim';
import { type ClaimlineDb, claimsInPages, countClaims, onClaimWrites } from '../../lib/db';
import type { LiveResult } from '../shared/use-live-query';

/**
 * Runs the reader `makeReader` makes now and again after each quiet burst of writes to the
 * claims table, until the component goes; `alive` says whether it is still there.
 */
function useReadOnClaimWrites(db: ClaimlineDb, makeReader: (alive: () => boolean) => () => void): void {
  // the reader is made afresh per database, not per render
  useEffect(() => {
    let stopped = false;
    const read = makeReader(() => !stopped);
    read();
    const stop = onClaimWrites(db, read);
    return () => {
      stopped = true;
      stop();
    };
  }, [db]);
}

/**
 * Every claim, kept current: read a page at a time (no single long task, even at 100,000
 * claims), and read again once a burst of writes to the claims table has gone quiet. The last
 * list stays shown while the next is read; a write during a read starts one more read after it.
 */
export function useAllClaims(db: ClaimlineDb): LiveResult<Claim[]> {
  const [result, setResult] = useState<LiveResult<Claim[]>>({ status: 'loading' });
  useReadOnClaimWrites(db, (alive) => {
    let reading = false;
    let again = false;
    const read = async () => {
      if (reading) {
        again = true;
        return;
      }
      reading = true;
      try {
        do {
          again = false;
          const claims = await claimsInPages(db);
          if (alive()) setResult({ status: 'ready', value: claims });
        } while (again && alive());
      } catch (error) {
        if (alive())
          setResult({ status: 'error', error: error instanceof Error ? error : new Error(String(error)) });
      } finally {
        reading = false;
      }
    };
    return () => void read();
  });
  return result;
}

/**
 * How many claims there are, from the index (`count()`, no record read), kept current like
 * `useAllClaims`: the header says it at once while a large list is still being read.
 */
export function useClaimCount(db: ClaimlineDb): number | null {
  const [count, setCount] = useState<number | null>(null);
  useReadOnClaimWrites(db, (alive) => () => {
    countClaims(db).then(
      (n) => alive() && setCount(n),
      () => {}, // the list's read reports the failure
    );
  });
  return count;
}
