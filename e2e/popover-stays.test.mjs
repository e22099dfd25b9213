// A popover the reader has pressed inside stays until Escape, its close button or another figure:
// the save form must survive the pointer drifting over the article and a click on the page.
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { popoverOf } from './popover.mjs';
import { extensionSession } from './session.mjs';

describe('the save form stays while the reader uses it', () => {
  const session = extensionSession();
  let page;
  before(async () => {
    page = await session.browser.context.newPage();
    await page.setViewportSize({ width: 1100, height: 800 });
    await page.goto(`${session.server.url}/demo/article.html`);
    await page.locator('claimline-mark').first().waitFor({ timeout: 15_000 });
  });

  test('typed text survives the pointer leaving and a click on the article; Escape closes', async () => {
    const mark = page.locator('claimline-mark', { hasText: /^15,000$/ });
    await mark.click();
    const popover = popoverOf(page);
    await popover.text('.summary'); // the reader reads what the popover says, then saves
    await popover.click('button', 'Save to history');
    await popover.type('[data-field="note"]', 'Checked against the ministry release');
    // the pointer drifts over the article, rests there, then the reader clicks a heading
    await page.mouse.move(5, 790, { steps: 5 });
    await page.waitForTimeout(1_000); // the hover-leave delay is 250 ms
    assert.equal(await popover.isOpen(), true, 'still open after the pointer left');
    await page.locator('h1').click();
    await page.waitForTimeout(500);
    assert.equal(await popover.isOpen(), true, 'still open after a click on the page');
    assert.equal(await popover.text('[data-field="note"]'), 'Checked against the ministry release');
    await page.keyboard.press('Escape');
    await popover.closed();
  });

  test('a popover only looked at still closes when the pointer leaves it', async () => {
    await page.keyboard.press('Escape');
    const mark = page.locator('claimline-mark', { hasText: /^2,700$/ });
    await mark.hover();
    const popover = popoverOf(page);
    await popover.waitFor((root) => root.querySelector('[role="dialog"]'));
    await page.mouse.move(5, 790, { steps: 5 });
    await popover.closed();
  });
});
