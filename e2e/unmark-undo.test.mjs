// "Not a casualty figure" can be taken back: a toast in the popover's place offers Undo (by mouse
// and from the keyboard), and Settings lists the figures the reader unmarked, each restorable.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { demoSession } from './demo-page.mjs';

describe('unmarking a figure can be undone', () => {
  const demo = demoSession();

  const marked = (text) => demo.page.locator('claimline-mark', { hasText: new RegExp(`^${text}$`) });

  test('Undo in the toast puts the mark back, and it stays after a reload', async () => {
    await marked('at least 300').click();
    await demo.popover.click('button', 'Not a casualty figure');
    await marked('at least 300').waitFor({ state: 'detached' });
    const message = await demo.popover.text('.toast-message');
    assert.match(message, /“at least 300” is no longer marked/);
    await demo.popover.click('button', 'Undo');
    await marked('at least 300').waitFor();
    await demo.popover.closed();
    await demo.page.reload();
    await marked('at least 300').waitFor({ timeout: 15_000 });
  });

  test('from the keyboard: focus goes to Undo, Enter brings the mark back and focuses it', async () => {
    await demo.page.locator('h1').click();
    for (let i = 0; i < 40; i++) {
      await demo.page.keyboard.press('Tab');
      // one tab stop per paragraph: "2,700" follows "at least 300" in its paragraph
      if ((await demo.page.evaluate(() => document.activeElement?.textContent)) === 'at least 300')
        await demo.page.keyboard.press('ArrowRight');
      if ((await demo.page.evaluate(() => document.activeElement?.textContent)) === '2,700') break;
    }
    await demo.page.keyboard.press('Enter');
    await demo.popover.text('.summary');
    for (let i = 0; i < 40; i++) {
      await demo.page.keyboard.press('Tab');
      const at = await demo.popover.evaluate((root) => root.activeElement?.textContent);
      if (at === 'Not a casualty figure') break;
    }
    await demo.page.keyboard.press('Enter');
    await marked('2,700').waitFor({ state: 'detached' });
    assert.equal(await demo.popover.evaluate((root) => root.activeElement?.textContent), 'Undo');
    await demo.page.keyboard.press('Enter');
    await marked('2,700').waitFor();
    await demo.page.waitForFunction(() => document.activeElement?.textContent === '2,700');
  });

  test('Settings lists an unmarked figure; "Mark again" brings it back on the page', async () => {
    await demo.page.keyboard.press('Escape');
    await marked('4,000').click();
    await demo.popover.click('button', 'Not a casualty figure');
    await marked('4,000').waitFor({ state: 'detached' });
    const popup = await demo.browser.context.newPage();
    await popup.goto(`chrome-extension://${demo.browser.extensionId}/popup.html`);
    await popup.getByRole('tab', { name: 'Settings' }).click();
    const list = popup.locator('.unmarked-figures li');
    await list.first().waitFor();
    assert.equal(await list.count(), 1, 'only the figure still unmarked');
    assert.match(await list.first().textContent(), /4,000/);
    await popup.getByRole('button', { name: /^Mark “4,000” again on 127\.0\.0\.1/ }).click();
    await popup.getByText('“4,000” is marked again').waitFor();
    await popup.close();
    await demo.page.reload();
    await marked('4,000').waitFor({ timeout: 15_000 });
  });
});
