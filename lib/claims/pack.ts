import type { Claim } from './claim';

/** The header a claim pack adds to the `claimline-claims` export. */
export interface PackHeader {
  /** Lowercase name of the pack, the namespace of its record ids: `pack:<id>:<record id>`. */
  id: string;
  publisher: string;
  /** Grows with every issue of the pack; a reader never goes back to a lower one. */
  seq: number;
  issuedAt: string;
  /** Fingerprint of the key that signs the pack (see `fingerprintOf`). */
  keyId: string;
}

/** A pack that passed every check, with record ids in its namespace; nothing is written yet. */
export interface VerifiedPack {
  ok: true;
  header: PackHeader;
  claims: Claim[];
  deleted: string[];
  /** The key's fingerprint, to keep with the subscription. */
  fingerprint: string;
}
