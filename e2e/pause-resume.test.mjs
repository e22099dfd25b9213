// "Pause on this site" says where Claimline is paused, in the page's toast and in the popup's
// "This page", each with Resume; resuming marks the open tab at once, without a reload.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { openDemo } from './demo-page.mjs';
import { popoverOf } from './popover.mjs';

describe('pausing and resuming a site', () => {
  let demo;
  let browser;
  let page;
  let popover;
  before(async () => {
    demo = await openDemo();
    ({ browser, page } = demo);
    popover = popoverOf(page);
  });
  after(() => demo?.close());

  const marks = () => page.locator('claimline-mark').count();
  /** Marks the page without reloading it: the same document (a value set on window survives). */
  const sameDocument = () => page.evaluate(() => window.claimlineTestDocument === true);

  async function pause() {
    await page.locator('claimline-mark', { hasText: /^15,000$/ }).click();
    await popover.click('button', 'Pause on this site');
    await page.waitForFunction(() => document.querySelectorAll('claimline-mark').length === 0);
  }

  test('the toast says "Paused on 127.0.0.1" and its Resume marks the page again', async () => {
    await page.evaluate(() => {
      window.claimlineTestDocument = true;
    });
    await pause();
    assert.equal(await popover.text('.toast-message'), 'Paused on 127.0.0.1');
    await popover.click('button', 'Resume');
    await page.locator('claimline-mark').first().waitFor({ timeout: 10_000 });
    assert.ok((await marks()) > 3, 'the figures are marked again');
    assert.equal(await sameDocument(), true, 'without a reload');
  });

  test('"This page" says where it is paused; its Resume marks the open tab', async () => {
    await pause();
    await page.keyboard.press('Escape');
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    // The popup runs as a tab here: put the article in front, then open "This page" again.
    await popup.getByRole('tab', { name: 'Claims' }).click();
    await page.bringToFront();
    await popup.getByRole('tab', { name: 'This page' }).click();
    await popup.getByText('Paused on 127.0.0.1').waitFor({ timeout: 10_000 });
    assert.equal(await popup.getByText(/does not run on this page/).count(), 0);
    await popup.getByRole('button', { name: 'Resume' }).click();
    await page.locator('claimline-mark').first().waitFor({ timeout: 10_000 });
    assert.equal(await sameDocument(), true, 'without a reload');
    await popup.close();
  });
});
