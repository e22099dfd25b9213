import { describe, expect, test, vi } from 'vitest';
import { packRecordId, readPack } from './read-pack';
import { packClaim, testPublisher } from './test-packs';

/** A publisher whose packs hold two claims unless a test gives others. */
async function publisher() {
  const desk = await testPublisher();
  const issue = (
    seq: number,
    claims = [packClaim('a1', 120), packClaim('a2', 300)],
    deleted: string[] = [],
  ) => desk.issue(seq, claims, deleted);
  return { ...desk, issue };
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

  test('the pack is parsed once: its records are read from the envelope already parsed', async () => {
    const desk = await publisher();
    const { bytes, signature } = desk.issue(1);
    const parse = vi.spyOn(JSON, 'parse');
    try {
      const read = await readPack(bytes, signature, { publicKey: desk.key }, null);
      expect(read.ok && read.claims.length).toBe(2);
      // one parse of the signature file, one of the pack
      expect(parse.mock.calls.filter(([text]) => String(text).includes('"claims"'))).toHaveLength(1);
    } finally {
      parse.mockRestore();
    }
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
    const bad = { ...packClaim('b1', 10), metric: 'exploded' };
    const { bytes, signature } = desk.issue(2, [packClaim('a1', 1), bad as never]);
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
