// Claim packs in real Chromium: a newsroom's signed pack served from 127.0.0.1, subscribed to in
// Settings, its claims in the popup and in the popover, updated, refused when tampered or older
// with the reason in words, a reader's edit kept, unsubscribed after the confirmation.
// The host permission is granted in the profile beforehand (e2e/packs-browser.mjs says why).
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { launchWithGrantedHosts } from './packs-browser.mjs';
import { KEY_ID, newsroom, packClaim, signedPack } from './packs-newsroom.mjs';
import { popoverOf } from './popover.mjs';
import { startServer } from './serve.mjs';
import { storedClaims } from './stored-claims.mjs';

const PREFIX = 'pack:example-desk:';

describe('claim packs', () => {
  let browser;
  let host;
  let site;
  let popup;
  /** The pack's records as `id=low(origin)`, read from the extension's IndexedDB. */
  const packRecords = async () =>
    (await storedClaims(browser.worker))
      .filter((c) => c.id.startsWith(PREFIX))
      .map((c) => `${c.id.slice(PREFIX.length)}=${c.low}${c.origin === 'pack' ? '' : `(${c.origin})`}`);
  const item = () => popup.getByRole('listitem', { name: 'Example Desk' });
  const status = () => popup.locator('.subscriptions .status');
  const updateNow = () => item().getByRole('button', { name: 'Update now' }).click();

  before(async () => {
    host = await newsroom();
    site = await startServer();
    browser = await launchWithGrantedHosts(['http://127.0.0.1/*']);
    popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    await popup.getByRole('tab', { name: 'Settings' }).click();
  });
  after(async () => {
    await browser?.close();
    await host?.close();
    await site?.close();
  });

  test('nothing is asked of the host before the reader subscribes; then the pack is in the history', async () => {
    host.serve(signedPack(1, [packClaim('a', 450), packClaim('b', 700, { claimDate: '2025-03-01' })]));
    await popup.waitForTimeout(500);
    assert.deepEqual(host.log, [], 'no request before subscribing');
    const form = popup.getByRole('form', { name: 'Subscribe' });
    await form.getByLabel('Pack URL').fill(host.url);
    await form.getByLabel("Publisher's key or key fingerprint").fill(KEY_ID);
    await form.getByRole('button', { name: 'Subscribe' }).click();
    await status().filter({ hasText: 'Subscribed: 2 claims from the pack are in your history.' }).waitFor();
    assert.deepEqual(await packRecords(), ['a=450', 'b=700']);
    await item()
      .getByText(/^2 claims · updated /)
      .waitFor();
    assert.deepEqual(
      host.log.map((r) => r.path),
      ['/desk/pack.json', '/desk/pack.json.sig'],
    );
    for (const request of host.log) {
      assert.equal(request.cookie, null, 'no cookie');
      assert.equal(request.referer, null, 'no referrer');
    }
  });

  test("the pack's claims are in the popup's claim list and in the popover", async () => {
    await popup.getByRole('tab', { name: 'Claims' }).click();
    await popup.getByLabel('Search claims').fill('example desk analysts');
    const rows = popup.locator('.claim-row');
    await rows.filter({ hasText: '450 killed' }).waitFor();
    assert.equal(await rows.count(), 2);
    const FROM = 'from the Example Desk pack, updated 1 Dec 2026';
    for (const row of await rows.allTextContents())
      assert.match(row, new RegExp(`Example Desk analysts.* · ${FROM}`));
    const article = await browser.context.newPage();
    await article.goto(`${site.url}/demo/article.html`);
    await article.locator('claimline-mark', { hasText: /^approximately 600$/ }).click();
    const popover = popoverOf(article);
    await popover.waitFor((root) => root.querySelector('.summary, .error'));
    const earlier = await popover.evaluate((root) =>
      [...root.querySelectorAll('section[aria-label="Earlier claims"] .claim')].map((li) => li.textContent),
    );
    const fromPack = earlier.filter((text) => text.includes('Example Desk analysts'));
    assert.equal(fromPack.length, 2, `the earlier claims: ${earlier.join(' | ')}`);
    assert.match(fromPack.join(' '), /450/);
    for (const row of fromPack) assert.ok(row.includes(FROM), row);
    const others = earlier.filter((text) => !text.includes('Example Desk analysts'));
    assert.ok(others.length > 0 && others.every((text) => !text.includes('pack')), 'seed claims say no pack');
    await article.close();
  });

  test('Update now: an unchanged pack is a 304; a higher seq replaces the records', async () => {
    await popup.getByRole('tab', { name: 'Settings' }).click();
    await updateNow();
    await status().filter({ hasText: 'The pack has not changed since the last update.' }).waitFor();
    assert.equal(host.log.at(-1).ifNoneMatch, '"1"');
    host.serve(signedPack(2, [packClaim('a', 480), packClaim('b', 700), packClaim('c', 900)]));
    await updateNow();
    await status().filter({ hasText: 'Updated: the pack now has 3 claims.' }).waitFor();
    assert.deepEqual(await packRecords(), ['a=480', 'b=700', 'c=900']);
  });

  test('a tampered pack and an older one are refused in words, and nothing changes', async () => {
    const tampered = signedPack(3, [packClaim('a', 480), packClaim('b', 700), packClaim('c', 900)]);
    tampered.body = Buffer.from(tampered.body.toString().replace('"low": 480', '"low": 980'));
    host.serve(tampered);
    await updateNow();
    const signature = "The signature does not match the publisher's key: nothing was changed.";
    await status().filter({ hasText: signature }).waitFor();
    await item().getByRole('alert').filter({ hasText: signature }).waitFor();
    assert.deepEqual(await packRecords(), ['a=480', 'b=700', 'c=900']);
    host.serve(signedPack(1, [packClaim('a', 1)]));
    await updateNow();
    await item()
      .getByRole('alert')
      .filter({
        hasText: 'This pack (version 1) is older than the version you have (2): nothing was changed.',
      })
      .waitFor();
    assert.deepEqual(await packRecords(), ['a=480', 'b=700', 'c=900']);
    await item()
      .getByText(/^3 claims · updated /)
      .waitFor();
  });

  test("a reader's edit of a pack claim is kept across an update", async () => {
    await popup.getByRole('tab', { name: 'Claims' }).click();
    await popup.getByLabel('Search claims').fill('example desk analysts');
    const rows = popup.locator('.claim-row');
    await rows.filter({ hasText: '700 killed' }).getByRole('button').click();
    const edit = popup.getByRole('form', { name: 'Edit claim' });
    await edit.getByLabel('Low', { exact: true }).fill('750');
    await edit.getByLabel('High', { exact: true }).fill('750');
    await edit.getByRole('button', { name: 'Save' }).click();
    await rows.filter({ hasText: '750 killed' }).waitFor();
    await popup.getByRole('tab', { name: 'Settings' }).click();
    host.serve(signedPack(4, [packClaim('a', 500), packClaim('b', 710), packClaim('c', 900)]));
    await updateNow();
    await status().filter({ hasText: 'Updated: the pack now has 2 claims.' }).waitFor();
    assert.deepEqual(await packRecords(), ['a=500', 'b=750(manual)', 'c=900']);
  });

  test("unsubscribing says how many go, removes them after the confirmation, keeps the reader's copy", async () => {
    await item().getByRole('button', { name: 'Unsubscribe' }).click();
    await item()
      .getByText(/^Remove the 2 claims of this pack from your history\?/)
      .waitFor();
    assert.deepEqual(await packRecords(), ['a=500', 'b=750(manual)', 'c=900'], 'nothing goes before the yes');
    await item().getByRole('button', { name: 'Remove 2 claims' }).click();
    await status()
      .filter({ hasText: 'Unsubscribed: 2 claims of the pack removed; your own copies stay.' })
      .waitFor();
    assert.deepEqual(await packRecords(), ['b=750(manual)']);
    assert.equal(await item().count(), 0);
  });
});
