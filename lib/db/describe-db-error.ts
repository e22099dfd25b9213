import type { Localisable } from '../claims/fields';
import type { MessageKey } from '../i18n';

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
 * What the reader is told of an error from the claim database: the key of one plain sentence
 * (worded by `localise` where it is shown, the popup or the popover, in the reader's language)
 * and the error's own first line for logs. Dexie wraps the real cause (an AbortError or
 * OpenFailedError around a QuotaExceededError, a BulkError around its failures), so the causes
 * are searched first.
 */
export function describeDbError(error: unknown): { message: string; i18n: Localisable } {
  const all = causes(error);
  const first = all[0]?.message.split('\n')[0] ?? '';
  const said = (key: MessageKey, ...subs: string[]) => ({ message: first || key, i18n: { key, subs } });
  for (const cause of all) {
    const key = MESSAGES[cause.name];
    if (key) return said(key);
  }
  if (all.some((c) => NO_SPACE.test(c.message))) return said('diskFull');
  // Chromium's I/O failures ("Internal error opening backing store"), most often a full disk
  if (all.some((c) => c.name === 'UnknownError')) return said('diskUnwritable');
  return first ? said('dbFailed', first) : said('dbFailedPlain');
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
