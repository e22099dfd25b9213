import { generateKeyPairSync, sign } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { fingerprintOf, fromBase64, toBase64 } from './pack-key';
import { packRecordId, readPack } from './read-pack';
import { writePack } from './write-pack';

const claim = (id: string, low: number) => ({
  id,
  subject: 'example-war-dead',
  party: null,
  population: 'civilian',
  metric: 'killed',
  low,
  high: low,
  qualifier: 'exact',
  claimedBy: 'Health ministry of Examplia',
  claimantType: 'own-side',
  via: null,
  claimDate: '2026-11-20',
  periodStart: null,
  periodEnd: null,
  cumulative: true,
  place: null,
  sourceUrl: 'https://news.example/report',
  sourceName: 'Example News',
  quote: null,
  note: null,
  origin: 'manual',
  createdAt: '2026-11-20T10:00:00.000Z',
  updatedAt: '2026-11-20T10:00:00.000Z',
});

async function publisher() {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  const raw = fromBase64(publicKey.export({ format: 'jwk' }).x ?? '') as Uint8Array;
  const key = `ed25519:${toBase64(raw)}`;
  const keyId = await fingerprintOf(raw);
  /** A signed pack: its bytes and its `.sig` text. */
  const issue = (seq: number, claims = [claim('a1', 120), claim('a2', 300)], deleted: string[] = []) => {
    const header = {
      id: 'example-desk',
      publisher: 'Example Desk',
      seq,
      issuedAt: '2026-12-01T08:00:00Z',
      keyId,
    };
    const bytes = new Uint8Array(Buffer.from(writePack(header, claims as never, deleted)));
    const signature = `${JSON.stringify({ signature: sign(null, bytes, privateKey).toString('base64'), publicKey: key })}\n`;
    return { bytes, signature };
  };
  return { key, keyId, issue };
}

describe('readPack', () => {
  test('a pack signed by the trusted key gives its claims in its namespace, marked as from a pack', async () => {
    const desk = await publisher();
    const { bytes, signature } = desk.issue(3, undefined, ['old-one']);
    const read = await readPack(bytes, signature, { publicKey: desk.key }, 2);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.header.seq).toBe(3);
    expect(read.claims.map((c) => [c.id, c.origin, c.low])).toEqual([
      ['pack:example-desk:a1', 'pack', 120],
      ['pack:example-desk:a2', 'pack', 300],
    ]);
    expect(read.deleted).toEqual(['pack:example-desk:old-one']);
    expect(read.fingerprint).toBe(desk.keyId);
  });

  test('the key can be trusted by its fingerprint, pasted with colons and capitals', async () => {
    const desk = await publisher();
    const { bytes, signature } = desk.issue(1);
    const pasted = desk.keyId.toUpperCase().match(/../g)?.join(':') ?? '';
    expect((await readPack(bytes, signature, { fingerprint: pasted }, null)).ok).toBe(true);
  });

  test('one changed byte: refused, the signature does not match', async () => {
    const desk = await publisher();
    const { bytes, signature } = desk.issue(1);
    const tampered = bytes.slice();
    const at = Buffer.from(bytes).indexOf('"low": 300') + '"low": '.length;
    tampered[at] = '9'.charCodeAt(0); // 300 dead become 900
    const read = await readPack(tampered, signature, { publicKey: desk.key }, null);
    expect(read).toMatchObject({ ok: false, reason: 'signature' });
    if (!read.ok) expect(read.error).toMatch(/signature does not match the publisher's key/);
  });

  test("a pack signed by another key, even one shipped beside it, is not the publisher's", async () => {
    const desk = await publisher();
    const forger = await publisher();
    const { bytes, signature } = forger.issue(9);
    expect(await readPack(bytes, signature, { publicKey: desk.key }, null)).toMatchObject({ reason: 'key' });
    expect(await readPack(bytes, signature, { fingerprint: desk.keyId }, null)).toMatchObject({
      reason: 'key',
    });
  });

  test('a pack not newer than the one applied is refused: no rollback', async () => {
    const desk = await publisher();
    const { bytes, signature } = desk.issue(4);
    for (const last of [4, 5]) {
      const read = await readPack(bytes, signature, { publicKey: desk.key }, last);
      expect(read).toMatchObject({ ok: false, reason: 'older' });
      if (!read.ok) expect(read.error).toMatch(/older than the version you have/);
    }
  });

  test('signed records that break the validator refuse the whole pack', async () => {
    const desk = await publisher();
    const bad = { ...claim('b1', 10), metric: 'exploded' };
    const { bytes, signature } = desk.issue(2, [claim('a1', 1), bad as never]);
    const read = await readPack(bytes, signature, { publicKey: desk.key }, null);
    expect(read).toMatchObject({ ok: false, reason: 'records' });
    if (!read.ok) expect(read.error).toMatch(/record 2, metric/);
  });

  test('a broken signature file and an oversized pack are refused in words', async () => {
    const desk = await publisher();
    const { bytes } = desk.issue(1);
    expect(await readPack(bytes, 'not a signature', { publicKey: desk.key }, null)).toMatchObject({
      reason: 'signatureFile',
    });
    const huge = new Uint8Array(101 * 1024 * 1024);
    expect(await readPack(huge, 'x', { publicKey: desk.key }, null)).toMatchObject({ reason: 'tooLarge' });
  });

  test('a bare base64 signature works with the key given by the reader', async () => {
    const desk = await publisher();
    const { bytes, signature } = desk.issue(1);
    const bare = JSON.parse(signature).signature as string;
    expect((await readPack(bytes, bare, { publicKey: desk.key }, null)).ok).toBe(true);
    // without a key from the reader or the file, nothing is trusted
    expect(await readPack(bytes, bare, { fingerprint: desk.keyId }, null)).toMatchObject({ reason: 'key' });
  });

  test('ids the publisher already namespaced stay as they are', () => {
    expect(packRecordId('desk', 'pack:desk:x')).toBe('pack:desk:x');
    expect(packRecordId('desk', 'x')).toBe('pack:desk:x');
  });
});
