import { useEffect, useState } from 'preact/hooks';
import type { Claim } from '../../lib/claims/claim';
import { type ClaimlineDb, claimsInPages, countClaims, onClaimWrites } from '../../lib/db';
import type { LiveResult } from '../shared/use-live-query';

/**
 * Every claim, kept current: read a page at a time (no single long task, even at 100,000
 * claims), and read again once a burst of writes to the claims table has gone quiet. The last
 * list stays shown while the next is read; a write during a read starts one more read after it.
 */
export function useAllClaims(db: ClaimlineDb): LiveResult<Claim[]> {
  const [result, setResult] = useState<LiveResult<Claim[]>>({ status: 'loading' });
  useEffect(() => {
    let stopped = false;
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
          if (!stopped) setResult({ status: 'ready', value: claims });
        } while (again && !stopped);
      } catch (error) {
        if (!stopped)
          setResult({ status: 'error', error: error instanceof Error ? error : new Error(String(error)) });
      } finally {
        reading = false;
      }
    };
    void read();
    const stop = onClaimWrites(db, () => void read());
    return () => {
      stopped = true;
      stop();
    };
  }, [db]);
  return result;
}

/**
 * How many claims there are, from the index (`count()`, no record read), kept current like
 * `useAllClaims`: the header says it at once while a large list is still being read.
 */
export function useClaimCount(db: ClaimlineDb): number | null {
  const [count, setCount] = useState<number | null>(null);
  useEffect(() => {
    let stopped = false;
    const read = () =>
      countClaims(db).then(
        (n) => !stopped && setCount(n),
        () => {}, // the list's read reports the failure
      );
    void read();
    const stop = onClaimWrites(db, () => void read());
    return () => {
      stopped = true;
      stop();
    };
  }, [db]);
  return count;
}
