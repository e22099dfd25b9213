// Keys and signatures of claim packs: Ed25519 (WebCrypto in the browser, the same API in Node).
// A key is written as base64 of its 32 raw bytes, optionally prefixed "ed25519:"; its
// fingerprint, which a publisher can print on its site, is the first 16 bytes of its SHA-256 in hex.

const KEY_BYTES = 32;
const SIGNATURE_BYTES = 64;

/** Bytes of a base64 (or base64url) string; null when it is not one. */
export function fromBase64(text: string): Uint8Array | null {
  const clean = text.trim().replace(/-/g, '+').replace(/_/g, '/');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(clean)) return null;
  try {
    const binary = atob(clean);
    return Uint8Array.from(binary, (c) => c.charCodeAt(0));
  } catch {
    return null;
  }
}

/** Standard base64 of `bytes`. */
export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary);
}

/** The 32 raw bytes of a public key written as `ed25519:<base64>` or bare base64; null otherwise. */
export function parsePublicKey(text: string): Uint8Array | null {
  const bytes = fromBase64(text.trim().replace(/^ed25519:/i, ''));
  return bytes?.length === KEY_BYTES ? bytes : null;
}

/** A key's fingerprint: the first 16 bytes of SHA-256 of its raw bytes, as 32 hex digits. */
export async function fingerprintOf(key: Uint8Array): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', key as BufferSource));
  return [...digest.subarray(0, 16)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** A fingerprint as the reader may paste it (with colons, spaces or capitals), or null. */
export function parseFingerprint(text: string): string | null {
  const hex = text.toLowerCase().replace(/[\s:]/g, '');
  return /^[0-9a-f]{32}$/.test(hex) ? hex : null;
}

/** What a `.sig` file holds: the signature, and the key when the publisher ships it alongside. */
export interface SignatureFile {
  signature: Uint8Array;
  publicKey: Uint8Array | null;
}

/**
 * Reads a detached signature: bare base64 of the 64 signature bytes, or JSON
 * `{ "signature": base64, "publicKey"?: "ed25519:..." }`. Null when it is neither.
 */
export function parseSignatureFile(text: string): SignatureFile | null {
  const trimmed = text.trim();
  if (trimmed.startsWith('{')) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(trimmed);
    } catch {
      return null;
    }
    if (typeof parsed !== 'object' || parsed === null) return null;
    const { signature, publicKey } = parsed as Record<string, unknown>;
    const bytes = typeof signature === 'string' ? fromBase64(signature) : null;
    if (bytes?.length !== SIGNATURE_BYTES) return null;
    if (publicKey === undefined) return { signature: bytes, publicKey: null };
    const key = typeof publicKey === 'string' ? parsePublicKey(publicKey) : null;
    return key ? { signature: bytes, publicKey: key } : null;
  }
  const bytes = fromBase64(trimmed);
  return bytes?.length === SIGNATURE_BYTES ? { signature: bytes, publicKey: null } : null;
}

/** Whether `signature` is `key`'s Ed25519 signature of exactly `bytes`. */
export async function verifySignature(
  key: Uint8Array,
  signature: Uint8Array,
  bytes: Uint8Array,
): Promise<boolean> {
  const imported = await crypto.subtle.importKey('raw', key as BufferSource, { name: 'Ed25519' }, false, [
    'verify',
  ]);
  return crypto.subtle.verify(
    { name: 'Ed25519' },
    imported,
    signature as BufferSource,
    bytes as BufferSource,
  );
}
