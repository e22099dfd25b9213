// Trust: the extension sends nothing anywhere, renders stored text as text, and exposes nothing to pages.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { startServer } from '../scripts/serve.mjs';
import { extensionDir, launchWithExtension } from './browser.mjs';
import { putClaim, storedClaims } from './stored-claims.mjs';

const XSS = '<img src=x onerror="document.title=\'pwned\'">';

describe('security and privacy', () => {
  let server;
  let browser;
  const requests = [];
  before(async () => {
    server = await startServer();
    browser = await launchWithExtension();
    browser.context.on('request', (r) => requests.push(r.url()));
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  test('the manifest asks for no more than it needs and lets no web page talk to the extension', () => {
    const manifest = JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8'));
    assert.equal(manifest.externally_connectable, undefined);
    assert.deepEqual(manifest.permissions, ['storage']);
    assert.equal(manifest.web_accessible_resources, undefined);
  });

  test('reading an article and using the popup makes no network request of its own', async () => {
    requests.length = 0;
    const page = await browser.context.newPage();
    await page.goto(`${server.url}/demo/article.html`);
    await page.locator('claimline-mark', { hasText: /^approximately 600$/ }).click();
    await page.locator('claimline-popover .claim').first().waitFor();
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    await popup.waitForTimeout(1_000);
    const outside = requests.filter((url) => !url.startsWith('chrome-extension://'));
    assert.deepEqual(
      outside.filter(
        (url) => url !== `${server.url}/demo/article.html` && url !== `${server.url}/favicon.ico`,
      ),
      [],
    );
    await page.close();
    await popup.close();
  });

  test('a stored claim full of HTML renders as text in the popover and the popup', async () => {
    await putClaim(browser.worker, {
      id: 'xss-test',
      subject: 'north-korean-troops-russia-ukraine',
      party: 'north-korea',
      population: 'military',
      metric: 'killed',
      low: 350,
      high: 350,
      qualifier: 'exact',
      claimedBy: XSS,
      claimantType: 'unknown',
      via: null,
      claimDate: '2025-02-01',
      periodStart: null,
      periodEnd: null,
      cumulative: true,
      place: null,
      sourceUrl: 'javascript:alert(1)',
      sourceName: XSS,
      quote: null,
      note: XSS,
      origin: 'manual',
      createdAt: '2025-02-01T00:00:00.000Z',
      updatedAt: '2025-02-01T00:00:00.000Z',
    });
    const page = await browser.context.newPage();
    await page.goto(`${server.url}/demo/article.html`);
    await page.locator('claimline-mark', { hasText: /^approximately 600$/ }).click();
    const row = page.locator('claimline-popover .claim', { hasText: 'onerror' });
    await row.first().waitFor();
    assert.match(await row.first().textContent(), /<img src=x onerror=/);
    assert.equal(await page.locator('claimline-popover img').count(), 0);
    assert.equal(await page.locator('claimline-popover a[href^="javascript:"]').count(), 0);
    assert.notEqual(await page.title(), 'pwned');
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    await popup.getByRole('tab', { name: 'Claims' }).click();
    await popup.getByLabel('Search claims').fill('onerror');
    await popup.getByText('onerror', { exact: false }).filter({ visible: true }).first().waitFor();
    assert.equal(await popup.locator('img').count(), 0);
    assert.notEqual(await popup.title(), 'pwned');
    await page.close();
    await popup.close();
  });

  test("a page script reaching into the popover's open shadow root cannot save, unmark or pause", async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.url}/demo/article.html`);
    await page.locator('claimline-mark', { hasText: /^15,000$/ }).click();
    await page.locator('claimline-popover button', { hasText: 'Save to history' }).click();
    await page.locator('claimline-popover form').waitFor();
    const countBefore = await claimsCount();
    await page.evaluate(() => {
      const root = document.querySelector('claimline-popover').shadowRoot;
      const form = root.querySelector('form');
      form.querySelector('input[name="claimedBy"]').value = 'Injected by the page';
      form.requestSubmit();
      form.querySelector('button[type="submit"]').click();
    });
    await page.waitForTimeout(500);
    assert.equal(await claimsCount(), countBefore);
    await page.keyboard.press('Escape');
    await page.locator('claimline-mark', { hasText: /^15,000$/ }).click();
    await page.evaluate(() => {
      const root = document.querySelector('claimline-popover').shadowRoot;
      for (const b of root.querySelectorAll('.actions button')) b.click();
    });
    await page.waitForTimeout(300);
    assert.equal(await page.locator('claimline-mark', { hasText: /^15,000$/ }).count(), 1);
    await page.close();
  });

  const claimsCount = async () => (await storedClaims(browser.worker)).length;

  test('a page cannot send the background a write', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.url}/demo/article.html`);
    const reached = await page.evaluate(() => typeof globalThis.chrome?.runtime?.sendMessage === 'function');
    if (reached) {
      const answer = await page.evaluate(
        (id) =>
          new Promise((ok) => {
            try {
              chrome.runtime.sendMessage(id, { type: 'claims/save', payload: { draft: {} } }, (r) =>
                ok(r ?? 'no answer'),
              );
            } catch (e) {
              ok(`refused: ${e.message}`);
            }
          }),
        browser.extensionId,
      );
      assert.ok(answer === 'no answer' || String(answer).startsWith('refused'), String(answer));
    }
    await page.close();
  });
});
