import { generateKeyPairSync, sign } from 'node:crypto';
import type { Claim } from '../claims/claim';
import { makeClaim } from '../claims/test-claims';
import { fingerprintOf, fromBase64, toBase64 } from './pack-key';
import { writePack } from './write-pack';

/** A publisher for tests: a fresh Ed25519 key, and `issue` to sign a pack of claims with it. */
export async function testPublisher(packId = 'example-desk') {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  const raw = fromBase64(publicKey.export({ format: 'jwk' }).x ?? '') as Uint8Array;
  const key = `ed25519:${toBase64(raw)}`;
  const keyId = await fingerprintOf(raw);
  const issue = (seq: number, claims: Claim[], deleted: string[] = []) => {
    const header = { id: packId, publisher: 'Example Desk', seq, issuedAt: '2026-12-01T08:00:00Z', keyId };
    const bytes = new Uint8Array(Buffer.from(writePack(header, claims, deleted)));
    const signature = JSON.stringify({
      signature: sign(null, bytes, privateKey).toString('base64'),
      publicKey: key,
    });
    return { bytes, signature };
  };
  return { key, keyId, issue };
}

/** A claim as a publisher writes it in a pack. */
export const packClaim = (id: string, low: number): Claim =>
  makeClaim({ id, low, high: low, qualifier: 'exact', claimDate: '2026-11-20', origin: 'manual' });
