import type Dexie from 'dexie';

/**
 * Version 2 (2026-11-27): index what the popover and popup query and v1 lacks: per-subject timelines, metric history, origin.
 * `[subject+claimDate]` gives a subject's timeline and a figure's same-day claims; `[subject+metric+claimDate]`
 * the one metric the popover compares, so a subject with thousands of claims costs only that
 * metric's; `origin` serves "Restore seed claims" and the popup's filters. Only adds: a page still
 * running version 1 code reopens the upgraded database as is (removing `subject` would make Dexie
 * put it back under the new code). No record changes, so no upgrade function.
 */
export function v2(db: Dexie): void {
  db.version(2).stores({
    claims:
      'id, subject, [party+metric], claimDate, claimedBy, sourceUrl, updatedAt, [subject+claimDate], [subject+metric+claimDate], origin',
  });
}
