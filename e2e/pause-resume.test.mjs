// "Pause on this site" says where Claimline is paused, in the page's toast and in the popup's
// "This page", each with Resume; resuming marks the open tab at once, without a reload.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { demoSession } from './demo-page.mjs';

describe('pausing and resuming a site', () => {
  const demo = demoSession();

  const marks = () => demo.page.locator('claimline-mark').count();
  /** Marks the page without reloading it: the same document (a value set on window survives). */
  const sameDocument = () => demo.page.evaluate(() => window.claimlineTestDocument === true);

  async function pause() {
    await demo.page.locator('claimline-mark', { hasText: /^15,000$/ }).click();
    await demo.popover.click('button', 'Pause on this site');
    await demo.page.waitForFunction(() => document.querySelectorAll('claimline-mark').length === 0);
  }

  test('the toast says "Paused on 127.0.0.1" and its Resume marks the page again', async () => {
    await demo.page.evaluate(() => {
      window.claimlineTestDocument = true;
    });
    await pause();
    assert.equal(await demo.popover.text('.toast-message'), 'Paused on 127.0.0.1');
    await demo.popover.click('button', 'Resume');
    await demo.page.locator('claimline-mark').first().waitFor({ timeout: 10_000 });
    assert.ok((await marks()) > 3, 'the figures are marked again');
    assert.equal(await sameDocument(), true, 'without a reload');
  });

  test('"This page" says where it is paused; its Resume marks the open tab', async () => {
    await pause();
    await demo.page.keyboard.press('Escape');
    const popup = await demo.browser.context.newPage();
    await popup.goto(`chrome-extension://${demo.browser.extensionId}/popup.html`);
    // The popup runs as a tab here: put the article in front, then open "This page" again.
    await popup.getByRole('tab', { name: 'Claims' }).click();
    await demo.page.bringToFront();
    await popup.getByRole('tab', { name: 'This page' }).click();
    await popup.getByText('Paused on 127.0.0.1').waitFor({ timeout: 10_000 });
    assert.equal(await popup.getByText(/does not run on this page/).count(), 0);
    await popup.getByRole('button', { name: 'Resume' }).click();
    await demo.page.locator('claimline-mark').first().waitFor({ timeout: 10_000 });
    assert.equal(await sameDocument(), true, 'without a reload');
    await popup.close();
  });
});
