import type { Localisable } from '../claims/fields';

/** One claim pack the reader subscribed to, and how its updates went. */
export interface Subscription {
  url: string;
  /** What the reader trusts: the publisher's key, or its fingerprint (the key then ships in the .sig). */
  publicKey: string | null;
  fingerprint: string | null;
  /** Known after the first good update. */
  packId: string | null;
  publisher: string | null;
  seq: number | null;
  /** When the publisher issued the pack last applied (its header's `issuedAt`). */
  issuedAt?: string | null;
  etag: string | null;
  claimCount: number;
  subscribedAt: string;
  lastSuccessAt: string | null;
  lastAttemptAt: string | null;
  /** Why the last update failed, in English and as a message key; null after a success. */
  lastError: { message: string; i18n?: Localisable } | null;
  /** Failures in a row, for the back-off; 0 after a success. */
  failures: number;
}
