// A hostile page: 200,000 text nodes, a DOM that changes every frame, marks removed by the page,
// overridden DOM methods (MutationObserver too), an iframe, an open shadow root, right-to-left text.
// Checks use page.evaluate, not Playwright's locators: those need the MutationObserver this page took away.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { launchWithExtension } from './browser.mjs';
import { popoverOf } from './popover.mjs';
import { startServer } from './serve.mjs';

describe('hostile page', () => {
  let server;
  let browser;
  let page;
  const errors = [];
  /** Polls a condition in the page. */
  async function until(fn, timeoutMs = 60_000) {
    for (const end = Date.now() + timeoutMs; Date.now() < end; ) {
      if (await page.evaluate(fn)) return;
      await new Promise((r) => setTimeout(r, 250));
    }
    throw new Error(`timed out waiting for ${fn}`);
  }
  const text = (id) => page.evaluate((id) => document.getElementById(id).textContent, id);

  before(async () => {
    server = await startServer();
    browser = await launchWithExtension();
    page = await browser.context.newPage();
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${server.url}/pages/hostile.html`);
    await until(() => performance.getEntriesByName('claimline:scan').length > 0);
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  test('figures are found in the page, in right-to-left text and in an open shadow root', async () => {
    const found = await page.evaluate(() =>
      [...document.getElementsByTagName('claimline-mark')].map((m) => m.textContent),
    );
    assert.ok(found.includes('1,200'), found.join(' | '));
    const inCard = await page.evaluate(() =>
      [...document.getElementById('card').shadowRoot.querySelectorAll('claimline-mark')].map(
        (m) => m.textContent,
      ),
    );
    assert.deepEqual(inCard, ['approximately 2,000']);
  });

  test('the page keeps working: its animation runs, its button answers, nothing throws because of Claimline', async () => {
    const before = Number(await text('frames'));
    await page.waitForTimeout(500);
    assert.ok(Number(await text('frames')) > before, 'frames still drawn');
    await page.evaluate(() => document.getElementById('button').click());
    assert.equal(await text('button'), 'Clicks: 1');
    assert.deepEqual(errors, []);
  });

  test('marks are bounded, and a page that mutates every frame does not keep Claimline rescanning', async () => {
    const count = await page.evaluate(() => document.getElementsByTagName('claimline-mark').length);
    assert.ok(count <= 5000, `${count} marks`);
    const scans = () => page.evaluate(() => performance.getEntriesByName('claimline:busy').length);
    const n0 = await scans();
    await page.waitForTimeout(2_000);
    const n1 = await scans();
    // the counter changes every frame (about 120 times in 2 s) but rescans are debounced:
    // at most one per 300 ms, and each rescans only the changed block, never the page
    assert.ok(n1 - n0 <= 8, `${n1 - n0} rescans in 2 s`);
  });

  test('the page removing marks leaves Claimline working, and the iframe is left alone', async () => {
    await until(() => document.getElementById('removed').textContent === '3');
    const frame = page.frames().find((f) => f !== page.mainFrame());
    assert.equal(await frame.evaluate(() => document.body.textContent), 'Inside a frame: 45 killed.');
    assert.equal(await frame.evaluate(() => document.getElementsByTagName('claimline-mark').length), 0);
    const box = await page.evaluate(() => {
      const r = document.getElementsByTagName('claimline-mark')[0].getBoundingClientRect();
      return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
    });
    await page.mouse.click(box.x, box.y);
    await popoverOf(page).waitFor((root) => root.querySelector('[role="dialog"]'));
  });
});
