import Dexie, { type Table } from 'dexie';
import type { ClaimlineDb } from './schema';

/**
 * A read-write transaction whose failure carries the transaction's own error as its `cause`.
 * When the disk fills up, Chromium fails every request of the transaction with a bare
 * AbortError; only the transaction says why ("IO error: … FILE_ERROR_NO_SPACE"), and that is
 * what the reader must be told.
 */
export async function writeTransaction<T>(
  db: ClaimlineDb,
  tables: Table[],
  fn: () => Promise<T>,
): Promise<T> {
  let transaction: IDBTransaction | null = null;
  try {
    return await db.transaction('rw', tables, () => {
      transaction = Dexie.currentTransaction?.idbtrans ?? null;
      return fn();
    });
  } catch (error) {
    const why = (transaction as IDBTransaction | null)?.error;
    if (why && error && typeof error === 'object' && !('cause' in error && error.cause))
      Object.defineProperty(error, 'cause', { value: why, configurable: true });
    throw error;
  }
}
