import { useEffect, useState } from 'preact/hooks';
import { watchQuery } from '../../lib/db/live';

export type LiveResult<T> =
  | { status: 'loading' }
  | { status: 'ready'; value: T }
  | { status: 'error'; error: Error };

/** Runs a Dexie query and re-runs it whenever the data it read changes (in any extension context). */
export function useLiveQuery<T>(query: () => Promise<T>, deps: unknown[]): LiveResult<T> {
  const [result, setResult] = useState<LiveResult<T>>({ status: 'loading' });
  useEffect(() => {
    return watchQuery(
      query,
      (value) => setResult({ status: 'ready', value }),
      (error) => setResult({ status: 'error', error }),
    );
  }, deps);
  return result;
}
