import type { Claim } from '../claims/claim';
import { CLAIM_COLUMNS } from './columns';
import { EXPORT_FORMAT, EXPORT_VERSION } from './export-json';
import type { PackHeader } from './read-pack';

/**
 * The exact text of a claim pack: the `claimline-claims` export with its `pack` header and the
 * ids it deletes. The signature is made over these bytes, so they are written once and never
 * re-serialised.
 */
export function writePack(
  header: PackHeader,
  claims: readonly Claim[],
  deleted: readonly string[] = [],
): string {
  const pack = {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: header.issuedAt,
    pack: header,
    ...(deleted.length > 0 && { deleted }),
    claims: claims.map((c) => Object.fromEntries(CLAIM_COLUMNS.map((k) => [k, c[k]]))),
  };
  return `${JSON.stringify(pack, null, 1)}\n`;
}
