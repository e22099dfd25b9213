import type Dexie from 'dexie';

/**
 * Version 2 (2026-11-27): index per-subject timelines ([subject+claimDate]) and origin, for the popover and popup.
 * `[subject+claimDate]` gives a subject's claims in date order; `origin` serves "Restore seed
 * claims" and the popup's filters. Only adds: an extension page still running version 1 code
 * reopens the upgraded database as is (removing `subject` would make Dexie put it back and bump
 * the version under the new code). No record changes, so no upgrade function.
 */
export function v2(db: Dexie): void {
  db.version(2).stores({
    claims:
      'id, subject, [party+metric], claimDate, claimedBy, sourceUrl, updatedAt, [subject+claimDate], origin',
  });
}
