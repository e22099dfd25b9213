// "Not a casualty figure" can be taken back: a toast in the popover's place offers Undo (by mouse
// and from the keyboard), and Settings lists the figures the reader unmarked, each restorable.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { openDemo } from './demo-page.mjs';
import { popoverOf } from './popover.mjs';

describe('unmarking a figure can be undone', () => {
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

  const marked = (text) => page.locator('claimline-mark', { hasText: new RegExp(`^${text}$`) });

  test('Undo in the toast puts the mark back, and it stays after a reload', async () => {
    await marked('at least 300').click();
    await popover.click('button', 'Not a casualty figure');
    await marked('at least 300').waitFor({ state: 'detached' });
    const message = await popover.text('.toast-message');
    assert.match(message, /“at least 300” is no longer marked/);
    await popover.click('button', 'Undo');
    await marked('at least 300').waitFor();
    await popover.closed();
    await page.reload();
    await marked('at least 300').waitFor({ timeout: 15_000 });
  });

  test('from the keyboard: focus goes to Undo, Enter brings the mark back and focuses it', async () => {
    await page.locator('h1').click();
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      // one tab stop per paragraph: "2,700" follows "at least 300" in its paragraph
      if ((await page.evaluate(() => document.activeElement?.textContent)) === 'at least 300')
        await page.keyboard.press('ArrowRight');
      if ((await page.evaluate(() => document.activeElement?.textContent)) === '2,700') break;
    }
    await page.keyboard.press('Enter');
    await popover.text('.summary');
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      const at = await popover.evaluate((root) => root.activeElement?.textContent);
      if (at === 'Not a casualty figure') break;
    }
    await page.keyboard.press('Enter');
    await marked('2,700').waitFor({ state: 'detached' });
    assert.equal(await popover.evaluate((root) => root.activeElement?.textContent), 'Undo');
    await page.keyboard.press('Enter');
    await marked('2,700').waitFor();
    await page.waitForFunction(() => document.activeElement?.textContent === '2,700');
  });

  test('Settings lists an unmarked figure; "Mark again" brings it back on the page', async () => {
    await page.keyboard.press('Escape');
    await marked('4,000').click();
    await popover.click('button', 'Not a casualty figure');
    await marked('4,000').waitFor({ state: 'detached' });
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    await popup.getByRole('tab', { name: 'Settings' }).click();
    const list = popup.locator('.unmarked-figures li');
    await list.first().waitFor();
    assert.equal(await list.count(), 1, 'only the figure still unmarked');
    assert.match(await list.first().textContent(), /4,000/);
    await popup.getByRole('button', { name: /^Mark “4,000” again on 127\.0\.0\.1/ }).click();
    await popup.getByText('“4,000” is marked again').waitFor();
    await popup.close();
    await page.reload();
    await marked('4,000').waitFor({ timeout: 15_000 });
  });
});
