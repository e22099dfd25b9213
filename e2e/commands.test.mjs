// The two keyboard shortcuts, toggle marks and next figure. Headless Chromium cannot press a
// browser-wide shortcut, so the test does in the service worker what the background does when one
// fires (background/commands.ts: the focused window's active tab is told `page/command`), and
// checks what the reader gets: the page as it was, the words of the live region, the focus.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { demoSession } from './demo-page.mjs';
import { until } from './page-helpers.mjs';

describe('the keyboard shortcuts', () => {
  const demo = demoSession();

  /** Fires a shortcut as the background does: `page/command` to the active tab of the focused window. */
  function press(command) {
    return demo.browser.worker.evaluate(async (name) => {
      const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
      return chrome.tabs.sendMessage(tab.id, { type: 'page/command', payload: { command: name } });
    }, command);
  }

  /** What the live region says once it says `words` (it is emptied first, so the same words are heard again). */
  const heard = (words) =>
    until(
      demo.page,
      (w) => {
        const region = document.querySelector('[data-claimline-announcer]');
        return region?.getAttribute('aria-live') === 'polite' && region.textContent === w && w;
      },
      words,
      `the live region says "${words}"`,
    );

  const marks = () => demo.page.locator('claimline-mark').allTextContents();
  const bodyText = () => demo.page.evaluate(() => document.body.textContent);
  const focused = () =>
    demo.page.evaluate(() => {
      const el = document.activeElement;
      return el?.tagName === 'CLAIMLINE-MARK' ? el.textContent : (el?.tagName ?? 'none');
    });

  test('toggle marks hides them, the text intact, and shows them again', async () => {
    await demo.page.bringToFront();
    const before = await marks();
    const text = await bodyText();
    assert.ok(before.length >= 7, `the demo's figures are marked: ${before.join(', ')}`);

    const answer = await press('toggle-marks');
    assert.deepEqual(answer, { ok: true, data: { said: 'Marks hidden on this page' } });
    await heard('Marks hidden on this page');
    assert.deepEqual(await marks(), [], 'no mark is left');
    assert.equal(await demo.page.locator('[data-claimline-mark]').count(), 0);
    assert.equal(await bodyText(), text, "the page's text is as it was");

    await press('toggle-marks');
    await heard('Marks shown on this page');
    await demo.page.locator('claimline-mark').first().waitFor({ timeout: 15_000 });
    await until(demo.page, (n) => document.querySelectorAll('claimline-mark').length >= n, before.length);
    assert.deepEqual(await marks(), before, 'the same figures are marked again');
    assert.equal(await bodyText(), text);
  });

  test('next figure moves focus along the figures and says which it is', async () => {
    await demo.page.bringToFront();
    await demo.page.locator('h1').click(); // the reader's place: the headline
    const all = await marks();
    await press('next-figure');
    await heard(`Figure 1 of ${all.length}: approximately 4,700 casualties (killed and wounded)`);
    assert.equal(await focused(), all[0], 'focus is on the first figure after the headline');

    await press('next-figure');
    await heard(`Figure 2 of ${all.length}: approximately 600 killed`);
    assert.equal(await focused(), all[1], 'then on the next one, in the same paragraph');

    await demo.page.keyboard.press('Enter');
    await demo.page.locator('[data-claimline-popover]').waitFor({ state: 'attached' });
    await press('next-figure');
    await heard(`Figure 3 of ${all.length}: 15,000 troops deployed`);
    assert.equal(await focused(), all[2], 'from an open popover, on to the figure after its own');
  });

  test('next figure on a page whose marks are hidden says so and moves nothing', async () => {
    await demo.page.bringToFront();
    await press('toggle-marks');
    await heard('Marks hidden on this page');
    await press('next-figure');
    // the same words again: the region was emptied and filled, so a screen reader says them again
    await heard('Marks hidden on this page');
    assert.equal(await demo.page.locator('claimline-mark').count(), 0);
    await press('toggle-marks');
    await heard('Marks shown on this page');
    await demo.page.locator('claimline-mark').first().waitFor({ timeout: 15_000 });
  });
});
