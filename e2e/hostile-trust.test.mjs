// Nothing a page does counts as the reader, and no page can switch Claimline off (Chromium; the
// forgery and the element names in Firefox too: hostile-firefox.test.mjs).
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { launchWithExtension } from './browser.mjs';
import { openPage, until } from './page-helpers.mjs';
import { markedFigures, popoverOf } from './popover.mjs';
import { extensionSession } from './session.mjs';
import { storedClaims } from './stored-claims.mjs';

const session = extensionSession();

const open = (path, target = session.browser) => openPage(target.context, `${session.server.url}${path}`);
const pageClaims = async () =>
  (await storedClaims(session.browser.worker)).filter((c) => c.origin === 'page');

describe('nothing the page does counts as the reader', () => {
  test('a page cannot reach the save form, type into it, or submit it; the reader can', async () => {
    const { page, errors } = await open('/pages/hostile-forgery.html');
    await page.locator('[data-claimline-mark]').first().click();
    const popover = popoverOf(page);
    await popover.click('button', 'Save to history');
    const before = (await pageClaims()).length;
    await popover.click('[data-field="claimedBy"]');
    await until(page, () => window.tried.includes('attacked'), null, 'the page attacked');
    await page.waitForTimeout(300);
    assert.equal((await pageClaims()).length, before, 'nothing saved by the page');
    assert.deepEqual(await page.evaluate(() => [window.tried, window.captured.length]), [
      ['shadowRoot: closed', 'attachShadow: refused', 'insertText: true', 'attacked'],
      0,
    ]);
    // what the page typed into the field with the reader's caret was taken back at once
    assert.doesNotMatch(
      await popover.evaluate((root) => root.querySelector('[data-field="claimedBy"]').textContent),
      /evil/,
    );
    assert.equal(
      await popover.text('[data-field="sourceUrl"]'),
      `${session.server.url}/pages/hostile-forgery.html`,
    );
    await popover.type('[data-field="claimedBy"]', 'The reader');
    await page.keyboard.press('Enter');
    await popover.text('.saved');
    const saved = (await pageClaims()).filter((c) => c.claimedBy === 'The reader');
    assert.equal(saved.length, 1);
    assert.deepEqual(
      [saved[0].low, saved[0].high, saved[0].sourceUrl],
      [300, null, `${session.server.url}/pages/hostile-forgery.html`],
    );
    assert.ok(!(await pageClaims()).some((c) => c.sourceUrl === 'https://evil.example/' || c.low === 999999));
    assert.deepEqual(errors, []);
    await page.close();
  });
});

describe('no page can switch Claimline off', () => {
  test("replaying WXT's start-up message does not stop Claimline", async () => {
    const { page, errors } = await open('/pages/hostile-killswitch.html');
    await until(page, () => window.replayed >= 10, null, 'ten replays');
    // Claimline posts nothing into the page (no WXT context): the page can only forge the message
    const seenTypes = await page.evaluate(() => window.seen.map((d) => String(d.type)));
    assert.deepEqual(seenTypes, []);
    await page.waitForTimeout(500);
    assert.deepEqual(await markedFigures(page), ['at least 300', '1,200']);
    await page.locator('[data-claimline-mark]').first().click();
    await popoverOf(page).text('.summary');
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('a page that defined claimline-mark and claimline-popover first still gets marks and a popover', async () => {
    const { page, errors } = await open('/pages/hostile-elements.html');
    await until(page, () => document.querySelectorAll('[data-claimline-mark]').length >= 2, null, 'marks');
    assert.deepEqual(await markedFigures(page), ['at least 300', '1,200']);
    const tags = await page.evaluate(() =>
      [...document.querySelectorAll('[data-claimline-mark]')].map((m) => m.localName),
    );
    assert.ok(
      tags.every((t) => t.startsWith('claimline-mark-')),
      `marks are not the page's elements: ${tags}`,
    );
    // the page's constructors ran once each, on Claimline's look at the names, never on its elements
    assert.deepEqual(await page.evaluate(() => window.constructed), ['claimline-mark', 'claimline-popover']);
    await page.locator('[data-claimline-mark]').first().click();
    await popoverOf(page).text('.summary');
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('a disabled extension takes its marks away, and nothing on the page throws', async () => {
    const own = await launchWithExtension();
    try {
      const { page, errors } = await open('/demo/article.html', own);
      await until(page, () => document.querySelectorAll('[data-claimline-mark]').length > 0, null, 'marks');
      const box = await page.locator('[data-claimline-mark]').first().boundingBox();
      const extensions = await own.context.newPage();
      await extensions.goto('chrome://extensions');
      await extensions.evaluate((id) => chrome.management.setEnabled(id, false), own.extensionId);
      await until(
        page,
        () => document.querySelectorAll('[data-claimline-mark]').length === 0,
        null,
        'no marks',
      );
      await page.mouse.move(box.x + 2, box.y + 2);
      await page.mouse.click(box.x + 2, box.y + 2);
      await page.keyboard.press('Enter');
      await page.waitForTimeout(500);
      const [now, original] = await page.evaluate(async () => {
        const html = await (await fetch(location.href)).text();
        return [
          document.body.textContent,
          new DOMParser().parseFromString(html, 'text/html').body.textContent,
        ];
      });
      assert.equal(now, original, "the page's text is as the page wrote it");
      assert.deepEqual(errors, []);
    } finally {
      await own.close();
    }
  });
});
