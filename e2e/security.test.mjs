// Trust: the extension sends nothing anywhere, renders stored text as text, and exposes nothing to pages.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';
import { extensionDir, launchWithExtension } from './browser.mjs';
import { popoverOf } from './popover.mjs';
import { extensionSession } from './session.mjs';
import { putClaim, storedClaims } from './stored-claims.mjs';

const XSS = '<img src=x onerror="document.title=\'pwned\'">';

describe('security and privacy', () => {
  const session = extensionSession();
  const requests = [];
  before(async () => {
    session.browser.context.on('request', (r) => requests.push(r.url()));
  });

  test('the manifest asks for no more than it needs and lets no web page talk to the extension', () => {
    const manifest = JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8'));
    assert.equal(manifest.externally_connectable, undefined);
    // storage: settings and corrections; alarms: claim pack updates. A pack's host only when the
    // reader subscribes to it (optional), and nothing but https or this machine
    assert.deepEqual(manifest.permissions, ['storage', 'alarms']);
    assert.equal(manifest.host_permissions, undefined);
    assert.deepEqual(manifest.optional_host_permissions, [
      'https://*/*',
      'http://127.0.0.1/*',
      'http://localhost/*',
    ]);
    // Two web-accessible files: the extractor's and the popover's scripts, which the content
    // script imports on first use. Only under the id Chromium makes anew each session, never
    // under the extension's own.
    assert.deepEqual(manifest.web_accessible_resources, [
      { resources: ['extractor.js', 'popover-ui.js'], matches: ['<all_urls>'], use_dynamic_url: true },
    ]);
  });

  test('a page cannot find the extractor or popover script to learn that Claimline is installed', async () => {
    const page = await session.browser.context.newPage();
    await page.goto(`${session.server.url}/demo/article.html`);
    for (const script of ['extractor.js', 'popover-ui.js']) {
      const loads = await page.evaluate(
        (url) =>
          new Promise((resolve) => {
            const element = document.createElement('script');
            element.src = url;
            element.onload = () => resolve(true);
            element.onerror = () => resolve(false);
            document.head.append(element);
          }),
        `chrome-extension://${session.browser.extensionId}/${script}`,
      );
      assert.equal(loads, false, script);
    }
    await page.close();
  });

  test('reading an article and using the popup makes no network request of its own', async () => {
    requests.length = 0;
    const page = await session.browser.context.newPage();
    await page.goto(`${session.server.url}/demo/article.html`);
    await page.locator('claimline-mark', { hasText: /^approximately 600$/ }).click();
    await popoverOf(page).text('.claim');
    const popup = await session.browser.context.newPage();
    await popup.goto(`chrome-extension://${session.browser.extensionId}/popup.html`);
    await popup.waitForTimeout(1_000);
    const outside = requests.filter((url) => !url.startsWith('chrome-extension://'));
    assert.deepEqual(
      outside.filter(
        (url) =>
          url !== `${session.server.url}/demo/article.html` && url !== `${session.server.url}/favicon.ico`,
      ),
      [],
    );
    await page.close();
    await popup.close();
  });

  test('a stored claim full of HTML renders as text in the popover and the popup', async () => {
    await putClaim(session.browser.worker, {
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
    const page = await session.browser.context.newPage();
    await page.goto(`${session.server.url}/demo/article.html`);
    await page.locator('claimline-mark', { hasText: /^approximately 600$/ }).click();
    const popover = popoverOf(page);
    assert.match(await popover.text('.claim', 'onerror'), /<img src=x onerror=/);
    assert.deepEqual(
      await popover.evaluate((root) => [
        root.querySelectorAll('img').length,
        root.querySelectorAll('a[href^="javascript:"]').length,
      ]),
      [0, 0],
    );
    assert.notEqual(await page.title(), 'pwned');
    const popup = await session.browser.context.newPage();
    await popup.goto(`chrome-extension://${session.browser.extensionId}/popup.html`);
    await popup.getByRole('tab', { name: 'Claims' }).click();
    await popup.getByLabel('Search claims').fill('onerror');
    await popup.getByText('onerror', { exact: false }).filter({ visible: true }).first().waitFor();
    assert.equal(await popup.locator('img').count(), 0);
    assert.notEqual(await popup.title(), 'pwned');
    await page.close();
    await popup.close();
  });

  test("the popover's shadow root is closed to the page, and the page's clicks and keys do nothing", async () => {
    const page = await session.browser.context.newPage();
    await page.goto(`${session.server.url}/demo/article.html`);
    await page.locator('claimline-mark', { hasText: /^15,000$/ }).click();
    const popover = popoverOf(page);
    await popover.click('button', 'Save to history');
    await popover.click('[data-field="claimedBy"]');
    const countBefore = await claimsCount();
    const reached = await page.evaluate(() => {
      const host = document.querySelector('[data-claimline-popover]');
      for (const type of ['keydown', 'keyup']) {
        host.dispatchEvent(new KeyboardEvent(type, { key: 'Enter', bubbles: true, composed: true }));
        document.activeElement?.dispatchEvent(
          new KeyboardEvent(type, { key: 'Enter', bubbles: true, composed: true }),
        );
      }
      host.click();
      return host.shadowRoot;
    });
    assert.equal(reached, null);
    await page.waitForTimeout(500);
    assert.equal(await claimsCount(), countBefore);
    assert.equal(await page.locator('claimline-mark', { hasText: /^15,000$/ }).count(), 1);
    await page.close();
  });

  const claimsCount = async () => (await storedClaims(session.browser.worker)).length;

  test('using the save form makes the browser send nothing off this machine: no autofill, no spell-check', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'claimline-netlog-'));
    const log = join(dir, 'net-log.json');
    // Chromium's sign-in service asks its server for the signed-in accounts every few seconds,
    // whatever the page: pointed at a closed local port, it stays on this machine
    const own = await launchWithExtension({
      args: [`--log-net-log=${log}`, '--gaia-url=http://127.0.0.1:9'],
    });
    const marker = (name) => `${session.server.url}/net-log-marker/${name}`;
    try {
      const page = await own.context.newPage();
      await page.goto(`${session.server.url}/demo/article.html`);
      await page.locator('claimline-mark', { hasText: /^15,000$/ }).waitFor();
      await page.waitForTimeout(2_000); // the browser's own start-up requests come and go
      await page.evaluate((url) => fetch(url).catch(() => {}), marker('begin'));
      await page.locator('claimline-mark', { hasText: /^15,000$/ }).click();
      const popover = popoverOf(page);
      await popover.click('button', 'Save to history');
      for (const field of ['claimedBy', 'party', 'sourceName', 'note']) {
        await popover.click(`[data-field="${field}"]`);
        await page.keyboard.type(' Sme mispeled wrods for the speling chekcer ');
      }
      // and the popup's own form, an extension page
      const popup = await own.context.newPage();
      await popup.goto(`chrome-extension://${own.extensionId}/popup.html`);
      await popup.getByRole('tab', { name: 'Claims' }).click();
      await popup.getByRole('button', { name: 'Add claim' }).click();
      const form = popup.getByRole('form', { name: 'Add claim' });
      await form.getByLabel(/^Claimant( \*)?$/).pressSequentially('Sme mispeled claimant');
      await form.getByLabel('Note').pressSequentially('Sme mispeled wrods');
      await page.waitForTimeout(3_000); // autofill and spell-check ask within a second or two
      await page.evaluate((url) => fetch(url).catch(() => {}), marker('end'));
    } finally {
      await own.close();
    }
    const outside = requestsBetween(readFileSync(log, 'utf8'), marker('begin'), marker('end')).filter(
      (url) => !['127.0.0.1', 'localhost', '[::1]'].includes(new URL(url).hostname),
    );
    rmSync(dir, { recursive: true, force: true });
    assert.deepEqual(outside, []);
  });

  test('a page cannot send the background a write', async () => {
    const page = await session.browser.context.newPage();
    await page.goto(`${session.server.url}/demo/article.html`);
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
        session.browser.extensionId,
      );
      assert.ok(answer === 'no answer' || String(answer).startsWith('refused'), String(answer));
    }
    await page.close();
  });
});

/**
 * The URLs of every request the browser itself started (a Chromium net log, --log-net-log)
 * after the request for `begin` and before the one for `end`.
 */
function requestsBetween(text, begin, end) {
  let log;
  try {
    log = JSON.parse(text);
  } catch {
    log = JSON.parse(`${text.replace(/,\s*$/, '')}]}`); // a log the browser did not get to close
  }
  const started = log.constants.logEventTypes.URL_REQUEST_START_JOB;
  const requests = log.events
    .filter((e) => e.type === started && typeof e.params?.url === 'string')
    .map((e) => ({ url: e.params.url, time: Number(e.time) }));
  const at = (url) => requests.find((r) => r.url === url)?.time;
  const [from, to] = [at(begin), at(end)];
  assert.ok(from !== undefined && to !== undefined, 'both markers are in the net log');
  return requests.filter((r) => r.time > from && r.time < to).map((r) => r.url);
}
