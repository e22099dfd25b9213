import type Dexie from 'dexie';

/**
 * Version 2 (2026-11-27): index per-subject timelines, one metric's history and origin (v1 lacks them).
 * `[subject+claimDate]`: a subject's timeline, and a figure's same-day claims;
 * `[subject+metric+claimDate]`: the one metric the popover compares, so a subject with thousands
 * of claims costs only that metric's; `origin`: "Restore seed claims" and the popup's filters.
 * Only adds: a page still running version 1 code reopens the upgraded database as is (removing
 * `subject` would make Dexie put it back under the new code). Records are unchanged: no upgrade.
 */
export function v2(db: Dexie): void {
  db.version(2).stores({
    claims:
      'id, subject, [party+metric], claimDate, claimedBy, sourceUrl, updatedAt, [subject+claimDate], [subject+metric+claimDate], origin',
  });
}
