import type { ClaimlineDb } from './schema';

/** Another connection (an old Claimline page) holds an older version open and blocks the upgrade. */
export class DatabaseBlockedError extends Error {
  override name = 'DatabaseBlockedError';
}

/** Opens the database (a live query waits quietly for one that failed to open: this says why). */
export async function openDatabase(db: ClaimlineDb): Promise<void> {
  await db.open();
}

/**
 * Opens the database, or fails with a DatabaseBlockedError when the upgrade stays blocked by
 * another open connection for `blockedMs`, instead of waiting silently. Nothing is lost: the
 * open goes on in the background and succeeds once the other connection closes.
 */
export function openOrExplain(db: ClaimlineDb, blockedMs = 3000): Promise<ClaimlineDb> {
  if (db.isOpen()) return Promise.resolve(db);
  return new Promise((resolve, reject) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onBlocked = () => {
      timer ??= setTimeout(() => {
        reject(new DatabaseBlockedError(`Opening '${db.name}' is blocked by another connection`));
      }, blockedMs);
    };
    db.on('blocked', onBlocked);
    db.open()
      .then(() => resolve(db), reject)
      .finally(() => {
        clearTimeout(timer);
        db.on('blocked').unsubscribe(onBlocked);
      });
  });
}
