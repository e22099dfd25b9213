// Claim packs in Firefox (firefox-esr, puppeteer-core over WebDriver BiDi): subscribe to a signed
// pack on 127.0.0.1, Update now with a higher seq, a tampered pack refused in words with nothing
// changed, unsubscribe after the confirmation. Firefox's own test preference
// `extensions.webextOptionalPermissionPrompts: false` grants an optional permission without its
// prompt; the popup still calls permissions.request in the reader's click, as in the product.
// Needs the Firefox build: `npm run build:firefox`.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { launchFirefoxWithExtension, until } from './firefox.mjs';
import { KEY, newsroom, packClaim, signedPack } from './packs-newsroom.mjs';
import { storedClaims } from './stored-claims.mjs';

const PREFIX = 'pack:example-desk:';

describe('Firefox: claim packs', () => {
  let firefox;
  let host;
  let popup;
  const packRecords = async () =>
    (await storedClaims(popup))
      .filter((c) => c.id.startsWith(PREFIX))
      .map((c) => `${c.id.slice(PREFIX.length)}=${c.low}`);
  const text = (selector) => popup.evaluate((s) => document.querySelector(s)?.textContent ?? '', selector);
  /** Waits until the element's text holds `expected`; fails with what it says instead. */
  const says = (selector, expected) =>
    until(
      async () => (await text(selector)).includes(expected),
      `${selector} says "${expected}"`,
      15_000,
    ).catch(async (error) => assert.fail(`${error.message}; it says "${await text(selector)}"`));

  before(async () => {
    host = await newsroom();
    firefox = await launchFirefoxWithExtension({
      prefs: { 'extensions.webextOptionalPermissionPrompts': false },
    });
    popup = await firefox.openExtensionPage('popup.html');
    await until(
      () => popup.evaluate(() => !!document.querySelector('[role="tab"]')),
      'the popup shows its tabs',
    );
    await popup.evaluate(() =>
      [...document.querySelectorAll('[role="tab"]')].find((tab) => tab.textContent === 'Settings')?.click(),
    );
    await until(() => popup.evaluate(() => !!document.querySelector('form.subscribe')), 'Settings opens');
  });
  after(async () => {
    await firefox?.close();
    await host?.close();
  });

  test('subscribing asks for the host in the click, fetches the pack and applies it', async () => {
    host.serve(signedPack(1, [packClaim('a', 450), packClaim('b', 700)]));
    assert.deepEqual(host.log, [], 'no request before subscribing');
    await popup.type('form.subscribe input[type="url"]', host.url);
    await popup.type('form.subscribe input[type="text"]', KEY);
    await popup.click('form.subscribe button[type="submit"]');
    await says('.subscriptions .status', 'Subscribed: 2 claims from the pack are in your history.');
    assert.deepEqual(await packRecords(), ['a=450', 'b=700']);
    for (const request of host.log) assert.equal(request.cookie, null);
  });

  test('Update now takes a higher seq; a tampered pack is refused in words and nothing changes', async () => {
    host.serve(signedPack(2, [packClaim('a', 480), packClaim('c', 900)]));
    await popup.click('.subscription-list .actions button:nth-child(1)');
    await says('.subscriptions .status', 'Updated: the pack now has 2 claims.');
    assert.deepEqual(await packRecords(), ['a=480', 'c=900']);
    const tampered = signedPack(3, [packClaim('a', 480), packClaim('c', 900)]);
    tampered.body = Buffer.from(tampered.body.toString().replace('"low": 480', '"low": 980'));
    host.serve(tampered);
    await popup.click('.subscription-list .actions button:nth-child(1)');
    await says('.subscription-list [role="alert"]', "The signature does not match the publisher's key");
    assert.deepEqual(await packRecords(), ['a=480', 'c=900']);
  });

  test('unsubscribing removes the pack after the confirmation', async () => {
    await popup.click('.subscription-list .actions button:nth-child(2)');
    await says('.subscription-list .confirm', 'Remove the 2 claims of this pack from your history?');
    assert.deepEqual(await packRecords(), ['a=480', 'c=900']);
    await popup.click('.subscription-list .confirm button.danger');
    await says('.subscriptions .status', 'Unsubscribed: 2 claims of the pack removed');
    assert.deepEqual(await packRecords(), []);
  });
});
