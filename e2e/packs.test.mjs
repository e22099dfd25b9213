// Claim packs in real Chromium: a newsroom's signed pack served from 127.0.0.1, subscribed to in
// Settings, updated, refused when tampered or older, kept when the host is down, unsubscribed.
import assert from 'node:assert/strict';
import { createHash, generateKeyPairSync, sign } from 'node:crypto';
import { createServer } from 'node:http';
import { after, before, describe, test } from 'node:test';
import { launchWithExtension } from './browser.mjs';
import { storedClaims } from './stored-claims.mjs';

const { privateKey, publicKey } = generateKeyPairSync('ed25519');
const raw = Buffer.from(publicKey.export({ format: 'jwk' }).x, 'base64url');
const KEY = `ed25519:${raw.toString('base64')}`;
const KEY_ID = createHash('sha256').update(raw).digest('hex').slice(0, 32);

const claim = (id, low) => ({
  id,
  subject: 'examplia-war-dead',
  party: null,
  population: 'civilian',
  metric: 'killed',
  low,
  high: low,
  qualifier: 'exact',
  claimedBy: 'Examplia civil defence',
  claimantType: 'own-side',
  via: null,
  claimDate: '2026-11-20',
  periodStart: null,
  periodEnd: null,
  cumulative: true,
  place: null,
  sourceUrl: 'https://wire.example/report',
  sourceName: 'Example Wire',
  quote: null,
  note: null,
  origin: 'manual',
  createdAt: '2026-11-20T10:00:00.000Z',
  updatedAt: '2026-11-20T10:00:00.000Z',
});

/** A signed pack as `npm run pack -- sign` writes it: its bytes and its .sig. */
function pack(seq, claims) {
  const header = {
    id: 'example-desk',
    publisher: 'Example Desk',
    seq,
    issuedAt: '2026-12-01T08:00:00.000Z',
    keyId: KEY_ID,
  };
  const body = Buffer.from(
    `${JSON.stringify({ format: 'claimline-claims', version: 1, exportedAt: header.issuedAt, pack: header, claims }, null, 1)}\n`,
  );
  const sig = JSON.stringify({ signature: sign(null, body, privateKey).toString('base64'), publicKey: KEY });
  return { body, sig, etag: `"${seq}"` };
}

/** The newsroom's static host: what it serves can change; every request is logged with its headers. */
async function newsroom() {
  const log = [];
  let served = null;
  const server = createServer((req, res) => {
    log.push({ path: req.url, cookie: req.headers.cookie ?? null, referer: req.headers.referer ?? null });
    if (!served) return res.writeHead(404).end();
    if (req.url === '/desk/pack.json') {
      if (req.headers['if-none-match'] === served.etag) return res.writeHead(304).end();
      return res.writeHead(200, { 'content-type': 'application/json', etag: served.etag }).end(served.body);
    }
    if (req.url === '/desk/pack.json.sig') return res.writeHead(200).end(served.sig);
    res.writeHead(404).end();
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const url = `http://127.0.0.1:${server.address().port}/desk/pack.json`;
  return { url, log, serve: (p) => (served = p), close: () => new Promise((ok) => server.close(ok)) };
}

describe('claim packs', () => {
  let browser;
  let host;
  let page;
  const packClaims = async () =>
    (await storedClaims(browser.worker))
      .filter((c) => c.id.startsWith('pack:example-desk:'))
      .map((c) => `${c.id.slice(18)}=${c.low}`);
  const status = () => page.locator('.subscriptions .status');
  /** The status line once it says `expected`; fails with what it says instead. */
  const statusSays = async (expected) => {
    for (const end = Date.now() + 15_000; Date.now() < end; await page.waitForTimeout(100))
      if ((await status().textContent()).includes(expected)) return;
    assert.fail(`the status says "${await status().textContent()}", not "${expected}"`);
  };

  before(async () => {
    host = await newsroom();
    browser = await launchWithExtension();
    page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    await page.getByRole('tab', { name: 'Settings' }).click();
  });
  after(async () => {
    await browser?.close();
    await host?.close();
  });

  test('nothing is asked of the host before the reader subscribes; then the pack is in the history', async () => {
    host.serve(pack(1, [claim('a', 120), claim('b', 300)]));
    await page.waitForTimeout(1_000);
    assert.deepEqual(host.log, [], 'no request before subscribing');
    const form = page.getByRole('form', { name: 'Subscribe' });
    await form.getByLabel('Pack URL').fill(host.url);
    await form.getByLabel("Publisher's key or key fingerprint").fill(KEY_ID);
    await form.getByRole('button', { name: 'Subscribe' }).click();
    await statusSays('Subscribed: 2 claims');
    assert.deepEqual(await packClaims(), ['a=120', 'b=300']);
    const item = page.getByRole('listitem', { name: 'Example Desk' });
    await item.getByText(/2 claims · updated/).waitFor();
    for (const request of host.log) {
      assert.match(request.path, /^\/desk\/pack\.json(\.sig)?$/);
      assert.equal(request.cookie, null);
      assert.equal(request.referer, null);
    }
  });

  test('Update now: a newer pack replaces the records; an unchanged one is a 304', async () => {
    const item = page.getByRole('listitem', { name: 'Example Desk' });
    await item.getByRole('button', { name: 'Update now' }).click();
    await statusSays('has not changed');
    host.serve(pack(2, [claim('a', 125), claim('c', 40)]));
    await item.getByRole('button', { name: 'Update now' }).click();
    await statusSays('Updated: the pack now has 2 claims');
    assert.deepEqual(await packClaims(), ['a=125', 'c=40']);
  });

  test('a tampered pack, an older one and a host that is down change nothing, and Settings says why', async () => {
    const item = page.getByRole('listitem', { name: 'Example Desk' });
    const tampered = pack(3, [claim('a', 125), claim('c', 40)]);
    tampered.body = Buffer.from(tampered.body.toString().replace('"low": 125', '"low": 925'));
    host.serve(tampered);
    await item.getByRole('button', { name: 'Update now' }).click();
    await item
      .getByRole('alert')
      .filter({ hasText: "The signature does not match the publisher's key" })
      .waitFor();
    host.serve(pack(1, [claim('a', 1)]));
    await item.getByRole('button', { name: 'Update now' }).click();
    await item.getByRole('alert').filter({ hasText: 'older than the version you have (2)' }).waitFor();
    await host.close();
    await item.getByRole('button', { name: 'Update now' }).click();
    await item.getByRole('alert').filter({ hasText: 'Could not reach 127.0.0.1' }).waitFor();
    assert.deepEqual(await packClaims(), ['a=125', 'c=40']);
  });

  test('unsubscribing says how many records go, and removes them', async () => {
    const item = page.getByRole('listitem', { name: 'Example Desk' });
    await item.getByRole('button', { name: 'Unsubscribe' }).click();
    await item.getByText('Remove the 2 claims of this pack from your history?').waitFor();
    await item.getByRole('button', { name: 'Remove 2 claims' }).click();
    await statusSays('Unsubscribed: 2 claims of the pack removed');
    assert.deepEqual(await packClaims(), []);
    assert.equal(await page.getByRole('listitem', { name: 'Example Desk' }).count(), 0);
  });
});
