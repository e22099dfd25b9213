import { msg } from '../claims/fields';
import type { PackHeader, VerifiedPack } from '../claims/pack';
import { decodeUtf8 } from './decode';
import { EXPORT_FORMAT, EXPORT_VERSION } from './export-json';
import {
  fingerprintOf,
  parseFingerprint,
  parsePublicKey,
  parseSignatureFile,
  verifySignature,
} from './pack-key';
import { MAX_BYTES, validateRows } from './parse-import';
import { jsonDepth, MAX_DEPTH, rowsOfEnvelope } from './parse-json';
import { type Failure, failure } from './rows';

export type { PackHeader, VerifiedPack };

/** The key a reader trusts for a subscription: the key itself, or its fingerprint. */
export interface PackTrust {
  publicKey?: string;
  fingerprint?: string;
}

/** Why a pack was refused; `error` says it in words, `i18n` in the reader's language. */
export type PackFailure = Failure & {
  reason: 'tooLarge' | 'signatureFile' | 'key' | 'signature' | 'format' | 'older' | 'records';
};

const PACK_ID = /^[a-z0-9][a-z0-9._-]{0,63}$/;
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

const refuse = (reason: PackFailure['reason'], m: ReturnType<typeof msg>): PackFailure => ({
  ...failure(m),
  reason,
});

/** A record id inside the pack's namespace (ids the publisher already namespaced stay as they are). */
export const packRecordId = (packId: string, id: string): string =>
  id.startsWith(`pack:${packId}:`) ? id : `pack:${packId}:${id}`;

/** The header's problem in words, or null when it is a well-formed header. */
function headerProblem(header: unknown): string | null {
  if (typeof header !== 'object' || header === null) return "it has no 'pack' header";
  const h = header as Record<string, unknown>;
  if (typeof h.id !== 'string' || !PACK_ID.test(h.id)) return "its 'pack.id' is not a short lowercase name";
  if (typeof h.publisher !== 'string' || h.publisher.trim() === '' || h.publisher.length > 200)
    return "its 'pack.publisher' is missing";
  if (typeof h.seq !== 'number' || !Number.isSafeInteger(h.seq) || h.seq < 1)
    return "its 'pack.seq' is not a whole number from 1 up";
  if (typeof h.issuedAt !== 'string' || !ISO_TIME.test(h.issuedAt) || Number.isNaN(Date.parse(h.issuedAt)))
    return "its 'pack.issuedAt' is not a date and time";
  if (typeof h.keyId !== 'string') return "its 'pack.keyId' is missing";
  return null;
}

const notPack = (why: string) =>
  refuse('format', msg(`This is not a claim pack: ${why}.`, 'packNotPack', why));

/** The key to check the signature with, from what the reader trusts and what the `.sig` file ships. */
async function trustedKey(
  trust: PackTrust,
  shipped: Uint8Array | null,
): Promise<{ key: Uint8Array; fingerprint: string } | PackFailure> {
  const mismatch = refuse(
    'key',
    msg(
      "This pack is signed with a key other than the publisher's key you subscribed with: nothing was changed.",
      'packKeyMismatch',
    ),
  );
  const given = trust.publicKey ? parsePublicKey(trust.publicKey) : null;
  const wanted = trust.fingerprint ? parseFingerprint(trust.fingerprint) : null;
  const key = given ?? shipped;
  if (!key || (!given && !wanted)) return mismatch;
  const fingerprint = await fingerprintOf(key);
  if (wanted && fingerprint !== wanted) return mismatch;
  if (given && shipped && (await fingerprintOf(shipped)) !== fingerprint) return mismatch;
  return { key, fingerprint };
}

/**
 * Checks a downloaded claim pack before anything is written: its size, its Ed25519 signature over
 * its exact bytes with the key the reader trusts, its header, that its `seq` is above the last one
 * applied (no rollback), and every record with the one validator. Any failure refuses the whole
 * pack, with the reason in words.
 */
export async function readPack(
  bytes: Uint8Array,
  signatureText: string,
  trust: PackTrust,
  lastSeq: number | null,
): Promise<VerifiedPack | PackFailure> {
  if (bytes.length > MAX_BYTES)
    return refuse(
      'tooLarge',
      msg(
        `The pack is ${(bytes.length / 1048576).toFixed(0)} MB; Claimline takes packs up to 100 MB.`,
        'packTooLarge',
        (bytes.length / 1048576).toFixed(0),
      ),
    );
  const signature = parseSignatureFile(signatureText);
  if (!signature)
    return refuse(
      'signatureFile',
      msg("The pack's signature file is not an Ed25519 signature.", 'packSignatureFile'),
    );
  const trusted = await trustedKey(trust, signature.publicKey);
  if ('ok' in trusted) return trusted;
  if (!(await verifySignature(trusted.key, signature.signature, bytes)))
    return refuse(
      'signature',
      msg("The signature does not match the publisher's key: nothing was changed.", 'packSignatureMismatch'),
    );
  // signed by the publisher: now read it, still as untrusted input
  const decoded = decodeUtf8(bytes);
  if (!decoded.ok) return { ...decoded, reason: 'format' };
  const text = decoded.text.replace(/^\uFEFF/, '');
  if (jsonDepth(text) > MAX_DEPTH) return notPack('it is nested too deeply');
  let envelope: Record<string, unknown>;
  try {
    envelope = JSON.parse(text);
  } catch {
    return notPack('it is not valid JSON');
  }
  if (typeof envelope !== 'object' || envelope === null || Array.isArray(envelope))
    return notPack('it is not a JSON object');
  if (envelope.format !== EXPORT_FORMAT || envelope.version !== EXPORT_VERSION)
    return notPack(`its format is not '${EXPORT_FORMAT}' version ${EXPORT_VERSION}`);
  const problem = headerProblem(envelope.pack);
  if (problem) return notPack(problem);
  const header = envelope.pack as PackHeader;
  if (header.keyId !== trusted.fingerprint) return notPack("its 'pack.keyId' is not the key that signed it");
  const deleted = envelope.deleted ?? [];
  if (!Array.isArray(deleted) || deleted.some((id) => typeof id !== 'string' || id.length > 200))
    return notPack("its 'deleted' is not a list of record ids");
  if (lastSeq !== null && header.seq <= lastSeq)
    return refuse(
      'older',
      msg(
        `This pack (version ${header.seq}) is older than the version you have (${lastSeq}): nothing was changed.`,
        'packOlder',
        header.seq,
        lastSeq,
      ),
    );
  // the envelope parsed above is the one read: the records are never parsed a second time
  const rows = rowsOfEnvelope(envelope);
  if (!rows.ok) return { ...rows, reason: 'format' };
  const parsed = validateRows(rows, { origin: 'pack' });
  if (!parsed.ok) return { ...parsed, reason: 'format' };
  if (parsed.errorCount > 0) {
    const first = parsed.errors[0];
    const where = first ? `record ${first.line}, ${first.field}: ${first.message}` : '';
    return refuse(
      'records',
      msg(
        `${parsed.errorCount} problems in the pack's records (first: ${where}): nothing was changed.`,
        'packBadRecords',
        parsed.errorCount,
        where,
      ),
    );
  }
  return {
    ok: true,
    header: {
      id: header.id,
      publisher: header.publisher,
      seq: header.seq,
      issuedAt: header.issuedAt,
      keyId: header.keyId,
    },
    claims: parsed.records.map((c) => ({ ...c, id: packRecordId(header.id, c.id), origin: 'pack' })),
    deleted: (deleted as string[]).map((id) => packRecordId(header.id, id)),
    fingerprint: trusted.fingerprint,
  };
}
