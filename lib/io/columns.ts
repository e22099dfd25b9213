import type { Claim } from '../claims/claim';

/** Every field of a Claim, in the order exports write them (CSV header, JSON keys). */
export const CLAIM_COLUMNS = [
  'id',
  'subject',
  'party',
  'population',
  'metric',
  'low',
  'high',
  'best',
  'qualifier',
  'claimedBy',
  'claimantType',
  'via',
  'claimDate',
  'periodStart',
  'periodEnd',
  'cumulative',
  'place',
  'sourceUrl',
  'sourceName',
  'quote',
  'note',
  'reviewedBy',
  'reviewRating',
  'reviewUrl',
  'origin',
  'createdAt',
  'updatedAt',
] as const satisfies readonly (keyof Claim)[];

export type ClaimColumn = (typeof CLAIM_COLUMNS)[number];

/** Keys that could reach an object's prototype if code ever assigned them; imports reject them. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);
