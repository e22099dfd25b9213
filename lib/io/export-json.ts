import type { Claim } from '../claims/claim';
import { CLAIM_COLUMNS } from './columns';

export const EXPORT_FORMAT = 'claimline-claims';
export const EXPORT_VERSION = 1;

/** The file "Export JSON" writes: a named, versioned envelope around the claims. */
export interface ClaimsExport {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  exportedAt: string;
  claims: Claim[];
}

/**
 * Serialises claims as a `claimline-claims` version 1 file. Every field is written, nulls
 * included, so importing the file gives back exactly the same records.
 */
export function exportJson(
  claims: readonly Claim[],
  now: () => string = () => new Date().toISOString(),
): string {
  const envelope: ClaimsExport = {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: now(),
    claims: claims.map((c) => Object.fromEntries(CLAIM_COLUMNS.map((k) => [k, c[k]])) as unknown as Claim),
  };
  return `${JSON.stringify(envelope, null, 1)}\n`;
}
