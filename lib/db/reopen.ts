import { causes } from './describe-db-error';
import type { ClaimlineDb } from './schema';

/** Failures after which a connection can keep failing (a full disk, an I/O error, a closed connection). */
const STORAGE_FAILURES: readonly string[] = [
  'QuotaExceededError',
  'UnknownError',
  'InvalidStateError',
  'DatabaseClosedError',
  'AbortError',
];

/**
 * After a full disk or an I/O error a browser may leave the connection failing every later
 * transaction ("after space is freed imports keep failing until the browser restarts"): this
 * closes it, and the reader's next action opens a fresh one (not now: the disk may still be
 * full), so it works once the cause is gone. Errors of the data itself (a duplicate id, a changed
 * claim) leave the connection alone.
 */
export async function reopenAfter(db: ClaimlineDb, error: unknown): Promise<void> {
  if (!causes(error).some((c) => STORAGE_FAILURES.includes(c.name))) return;
  db.close({ disableAutoOpen: false });
}
