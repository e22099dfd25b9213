import Dexie, { liveQuery } from 'dexie';

/**
 * Runs a query of the repository functions and runs it again whenever the data it read changes
 * (in any extension context); the returned function stops watching.
 */
export function watchQuery<T>(
  query: () => Promise<T>,
  onValue: (value: T) => void,
  onError: (error: Error) => void,
): () => void {
  const subscription = liveQuery(query).subscribe({
    next: onValue,
    error: (error: unknown) => onError(error instanceof Error ? error : new Error(String(error))),
  });
  return () => subscription.unsubscribe();
}

/** Calls `onChange` after every write of this context to the database; the returned function stops. */
export function onDatabaseWrites(onChange: () => void): () => void {
  Dexie.on('storagemutated', onChange);
  return () => Dexie.on.storagemutated.unsubscribe(onChange);
}

/** The part Dexie reports when anything may have changed (a page restored from the back-forward cache). */
const ALL_PARTS = 'all';

/** Whether a `storagemutated` report (its parts) may have touched `table` of the database `dbName`. */
export function touchesTable(parts: Record<string, unknown>, dbName: string, table: string): boolean {
  const prefix = `idb://${dbName}/${table}/`;
  return Object.keys(parts).some((part) => part === ALL_PARTS || part.startsWith(prefix));
}
