import 'fake-indexeddb/auto';
import { afterEach, describe, expect, test } from 'vitest';
import { addSubscription, openDb, packClaimCount, saveEdit, unsubscribe } from '../lib/db';
import { packClaim, testPublisher } from '../lib/io/test-packs';
import { nextUpdateAt, updatePack } from './pack-update';

const URL_ = 'https://desk.example/pack.json';
let n = 0;
const dbs: ReturnType<typeof openDb>[] = [];
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});

/** A static host for one pack: what it serves can change, and every request is logged. */
function host() {
  const files = new Map<string, { body: Uint8Array | string; etag?: string }>();
  const requests: { url: string; init: RequestInit }[] = [];
  let down = false;
  const fetcher = (async (input: string, init: RequestInit = {}) => {
    requests.push({ url: input, init });
    if (down) throw new TypeError('Failed to fetch');
    const file = files.get(input);
    if (!file) return new Response('not found', { status: 404 });
    const match = (init.headers as Record<string, string> | undefined)?.['If-None-Match'];
    if (file.etag && match === file.etag) return new Response(null, { status: 304 });
    return new Response(file.body as BodyInit, { headers: file.etag ? { etag: file.etag } : {} });
  }) as typeof fetch;
  const serve = (pack: { bytes: Uint8Array; signature: string }, etag: string) => {
    files.set(URL_, { body: pack.bytes, etag });
    files.set(`${URL_}.sig`, { body: pack.signature });
  };
  return { fetcher, requests, serve, setDown: (v: boolean) => (down = v) };
}

async function subscribed() {
  const db = openDb(`packs-${n++}`);
  dbs.push(db);
  const desk = await testPublisher();
  await addSubscription(db, URL_, { publicKey: desk.key, fingerprint: null }, '2026-12-01T00:00:00Z');
  const server = host();
  const lows = async () =>
    (await db.claims.toArray())
      .map((c) => `${c.id}=${c.low}${c.origin === 'pack' ? '' : ` (${c.origin})`}`)
      .sort();
  return { db, desk, server, lows };
}

describe('updating a subscribed claim pack', () => {
  test('applies the pack, then a newer one replaces its records and applies its deletions', async () => {
    const { db, desk, server, lows } = await subscribed();
    server.serve(desk.issue(1, [packClaim('a', 10), packClaim('b', 20), packClaim('c', 30)]), '"v1"');
    expect(await updatePack(db, URL_, server.fetcher)).toEqual({ ok: true, changed: true, claimCount: 3 });
    server.serve(desk.issue(2, [packClaim('a', 11), packClaim('d', 40)], ['b']), '"v2"');
    expect(await updatePack(db, URL_, server.fetcher)).toMatchObject({ ok: true, claimCount: 2 });
    expect(await lows()).toEqual(['pack:example-desk:a=11', 'pack:example-desk:d=40']);
    const sub = await db.subscriptions.get(URL_);
    expect(sub).toMatchObject({
      seq: 2,
      publisher: 'Example Desk',
      etag: '"v2"',
      lastError: null,
      failures: 0,
    });
  });

  test('asks with the ETag and changes nothing on 304; sends no cookies, no referrer, follows no redirect', async () => {
    const { db, desk, server } = await subscribed();
    server.serve(desk.issue(1, [packClaim('a', 10)]), '"v1"');
    await updatePack(db, URL_, server.fetcher);
    expect(await updatePack(db, URL_, server.fetcher)).toEqual({ ok: true, changed: false, claimCount: 1 });
    const last = server.requests.at(-1);
    expect(last?.init.headers).toEqual({ 'If-None-Match': '"v1"' });
    for (const { url, init } of server.requests) {
      expect([URL_, `${URL_}.sig`]).toContain(url);
      expect(init).toMatchObject({
        method: 'GET',
        credentials: 'omit',
        referrerPolicy: 'no-referrer',
        redirect: 'error',
      });
    }
  });

  test('a tampered pack, an older seq and a host that is down change nothing, and say why', async () => {
    const { db, desk, server, lows } = await subscribed();
    server.serve(desk.issue(5, [packClaim('a', 10)]), '"v5"');
    await updatePack(db, URL_, server.fetcher);
    const before = await lows();

    const tampered = desk.issue(6, [packClaim('a', 10)]);
    const at = tampered.bytes.length - 3;
    tampered.bytes[at] = (tampered.bytes[at] ?? 0) ^ 1;
    server.serve(tampered, '"t"');
    expect(await updatePack(db, URL_, server.fetcher)).toMatchObject({
      ok: false,
      error: expect.stringMatching(/signature does not match the publisher's key/),
    });
    server.serve(desk.issue(4, [packClaim('a', 999)]), '"v4"');
    expect(await updatePack(db, URL_, server.fetcher)).toMatchObject({
      error: expect.stringMatching(/older than the version you have/),
    });
    server.setDown(true);
    expect(await updatePack(db, URL_, server.fetcher)).toMatchObject({
      error: expect.stringMatching(/Could not reach desk.example .*the last good pack stays/),
    });
    expect(await lows()).toEqual(before);
    const sub = await db.subscriptions.get(URL_);
    expect(sub).toMatchObject({ seq: 5, failures: 3 });
    expect(sub?.lastError?.i18n?.key).toBe('packUnreachable');
  });

  test("the reader's edit of a pack record is kept across updates and when unsubscribing", async () => {
    const { db, desk, server, lows } = await subscribed();
    server.serve(desk.issue(1, [packClaim('a', 10), packClaim('b', 20)]), '"v1"');
    await updatePack(db, URL_, server.fetcher);
    const b = await db.claims.get('pack:example-desk:b');
    if (!b) throw new Error('pack record missing');
    await saveEdit(db, { ...b, low: 25, high: 25, note: 'checked with the ministry' }, b);
    server.serve(desk.issue(2, [packClaim('a', 10), packClaim('b', 21)]), '"v2"');
    await updatePack(db, URL_, server.fetcher);
    expect(await lows()).toEqual(['pack:example-desk:a=10', 'pack:example-desk:b=25 (manual)']);
    expect(await packClaimCount(db, URL_)).toBe(1);
    expect(await unsubscribe(db, URL_)).toBe(1);
    expect(await lows()).toEqual(['pack:example-desk:b=25 (manual)']);
    expect(await db.subscriptions.count()).toBe(0);
  });

  test('a second pack cannot take the namespace of one the reader has', async () => {
    const { db, desk, server } = await subscribed();
    server.serve(desk.issue(1, [packClaim('a', 10)]), '"v1"');
    await updatePack(db, URL_, server.fetcher);
    const other = 'https://other.example/pack.json';
    await addSubscription(db, other, { publicKey: desk.key, fingerprint: null }, '2026-12-01T01:00:00Z');
    const fetcher = ((url: string, init?: RequestInit) =>
      server.fetcher(url.replace(other, URL_), init)) as typeof fetch;
    expect(await updatePack(db, other, fetcher)).toMatchObject({
      ok: false,
      error: expect.stringMatching(/already the pack at/),
    });
  });

  test('waits 6 hours between updates, and backs off from 15 minutes after failures', () => {
    const base = { subscribedAt: '2026-12-01T00:00:00Z', lastAttemptAt: '2026-12-01T00:00:00Z' } as const;
    const at = (failures: number) =>
      (nextUpdateAt({ ...base, failures } as never) - Date.parse(base.lastAttemptAt)) / 60_000;
    expect([0, 1, 2, 3, 10].map(at)).toEqual([360, 15, 30, 60, 360]);
  });
});
