import { type MessageKey, t } from '../i18n';

/** What a reader is told, per IndexedDB / Dexie error name; every message says what was kept. */
const MESSAGES: Record<string, MessageKey> = {
  DatabaseClosedError: 'dbClosed',
  DatabaseBlockedError: 'dbBusy',
  VersionError: 'dbUpgraded',
  QuotaExceededError: 'diskFull',
  MissingAPIError: 'dbMissing',
  ConstraintError: 'dbDuplicate',
  InvalidStateError: 'dbUnavailable',
  TransactionInactiveError: 'dbTimeout',
  ClaimChangedError: 'claimChanged',
  ClaimGoneError: 'claimGone',
};

/** A full disk as browsers word it when they do not say QuotaExceededError (Chromium: "FILE_ERROR_NO_SPACE"). */
const NO_SPACE = /NO_SPACE|ENOSPC|no space left|disk is full|quota/i;

/**
 * Turns an error from the claim database into one plain sentence in the reader's language, for
 * the popup or the popover (the background's messages are in the browser's language too). Dexie
 * wraps the real cause (an AbortError or OpenFailedError around a QuotaExceededError, a BulkError
 * around its failures), so the causes are searched first.
 */
export function describeDbError(error: unknown): string {
  const all = causes(error);
  for (const cause of all) {
    const key = MESSAGES[cause.name];
    if (key) return t(key);
  }
  if (all.some((c) => NO_SPACE.test(c.message))) return t('diskFull');
  // Chromium's I/O failures ("Internal error opening backing store"), most often a full disk
  if (all.some((c) => c.name === 'UnknownError')) return t('diskUnwritable');
  const first = all[0];
  return first?.message ? t('dbFailed', first.message.split('\n')[0] ?? '') : t('dbFailedPlain');
}

/** Whether the error is a full disk, however the browser words it. */
export function isDiskFull(error: unknown): boolean {
  return causes(error).some((c) => c.name === 'QuotaExceededError' || NO_SPACE.test(c.message));
}

interface Named {
  name: string;
  message: string;
}

/** The error and what it wraps (`inner`, `cause`, a BulkError's `failures`), innermost first. */
export function causes(error: unknown, depth = 0): Named[] {
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
