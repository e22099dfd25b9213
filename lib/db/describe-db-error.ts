/** What a reader is told, per IndexedDB / Dexie error name; every message says nothing was lost. */
const MESSAGES: Record<string, string> = {
  DatabaseClosedError:
    'The claim database is closed (Claimline was updated or the browser closed it). Reload this page and try again; your saved claims are safe.',
  DatabaseBlockedError:
    'The claim database is busy: another Claimline page or window still has the old version open. Close other Claimline pages and try again; your saved claims are safe.',
  VersionError:
    'The claim database was upgraded by a newer version of Claimline. Reload this page and try again; your saved claims are safe.',
  QuotaExceededError:
    'The browser has no room left for the claim database, so nothing was saved. Free some disk space or delete claims you no longer need; your saved claims are safe.',
  MissingAPIError:
    'This browser window cannot store claims (IndexedDB is unavailable, for example in a private window). Nothing was saved.',
  ConstraintError: 'A claim with this id is already stored, so nothing was saved.',
  InvalidStateError:
    'The claim database is not available right now (it may be closing). Reload this page and try again; your saved claims are safe.',
  TransactionInactiveError:
    'A claim database operation took too long and was cancelled, so nothing was saved. Try again.',
};

/**
 * Turns an error from the claim database into one plain sentence for the popup or popover. Dexie
 * wraps the real cause (an AbortError or OpenFailedError around a QuotaExceededError, a BulkError
 * around its failures), so the causes are searched first.
 */
export function describeDbError(error: unknown): string {
  for (const cause of causes(error)) {
    const message = MESSAGES[cause.name];
    if (message) return message;
  }
  const first = causes(error)[0];
  return `The claim database failed${first?.message ? `: ${first.message}` : ''}. Nothing was saved; try again.`;
}

interface Named {
  name: string;
  message: string;
}

/** The error and what it wraps (`inner`, `cause`, a BulkError's `failures`), innermost first. */
function causes(error: unknown, depth = 0): Named[] {
  if (!error || typeof error !== 'object' || depth > 5) return [];
  const e = error as {
    name?: unknown;
    message?: unknown;
    inner?: unknown;
    cause?: unknown;
    failures?: unknown;
  };
  const nested = [
    ...causes(e.inner, depth + 1),
    ...causes(e.cause, depth + 1),
    ...(Array.isArray(e.failures) ? e.failures.flatMap((f) => causes(f, depth + 1)) : []),
  ];
  const self = { name: String(e.name ?? ''), message: String(e.message ?? '') };
  return [...nested, self];
}
