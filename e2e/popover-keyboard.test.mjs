// A keyboard reader keeps their place: Tab stays inside the open popover, Shift+Tab and Escape
// return to its mark, the save form opens with focus in its first field, and saving or cancelling
// puts focus back on the mark, never on the page's body.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { demoSession } from './demo-page.mjs';

describe('the popover from the keyboard', () => {
  const demo = demoSession();

  /** What has the keyboard: the page's element, or (inside the popover) its control. */
  async function focused() {
    const outside = await demo.page.evaluate(() => {
      const el = document.activeElement;
      if (!el || el === document.body) return 'body';
      if (el.hasAttribute('data-claimline-popover')) return 'popover';
      return `${el.tagName.toLowerCase()}:${el.textContent.trim()}`;
    });
    if (outside !== 'popover') return outside;
    return demo.popover.evaluate((root) => {
      const el = root.activeElement;
      if (!el) return 'popover:none';
      if (el.dataset.field) return `field:${el.dataset.field}`;
      return `popover:${el.getAttribute('aria-label') ?? el.textContent.trim()}`;
    });
  }

  /**
   * Tabs from the article's heading to the mark reading `text`, as a keyboard reader gets there:
   * one tab stop per paragraph, the arrow keys along its figures.
   */
  async function tabTo(text) {
    await demo.page.keyboard.press('Escape');
    await demo.popover.closed();
    await demo.page.locator('h1').click(); // where the reader starts: Tab goes on from here
    for (let i = 0; i < 40; i++) {
      await demo.page.keyboard.press('Tab');
      let at = await focused();
      for (let j = 0; j < 10 && at.startsWith('claimline-mark:') && at !== `claimline-mark:${text}`; j++) {
        await demo.page.keyboard.press('ArrowRight');
        const next = await focused();
        if (next === at) break; // the paragraph's last figure
        at = next;
      }
      if (at === `claimline-mark:${text}`) return;
    }
    throw new Error(`Tab never reached "${text}"`);
  }

  async function openFromKeyboard(text) {
    await tabTo(text);
    await demo.page.keyboard.press('Enter');
    await demo.popover.text('.summary');
  }

  test('Tab cycles inside the open popover; Shift+Tab from its first control returns to the mark', async () => {
    await openFromKeyboard('15,000');
    await demo.page.keyboard.press('Tab');
    const first = await focused();
    assert.equal(first, 'popover:Close', 'Tab from the dialog goes to its first control');
    const seen = [first];
    for (let i = 0; i < 30; i++) {
      await demo.page.keyboard.press('Tab');
      const now = await focused();
      assert.match(now, /^popover:/, `Tab ${i + 1} stays in the popover (it went to ${now})`);
      if (now === first) break;
      seen.push(now);
    }
    assert.ok(seen.length > 2, `several controls were visited: ${seen.join(', ')}`);
    assert.equal(await focused(), first, 'Tab past the last control comes back to the first');
    assert.ok(seen.includes('popover:Save to history'), seen.join(', '));

    await demo.page.keyboard.press('Shift+Tab');
    assert.equal(await focused(), 'claimline-mark:15,000', 'Shift+Tab from the first control');
    assert.equal(await demo.popover.isOpen(), true, 'the popover stays open beside its mark');
    await demo.page.keyboard.press('Tab');
    assert.equal(await focused(), first, 'Tab from the mark goes back into its popover');
  });

  test('Escape closes the popover and returns to its mark', async () => {
    await openFromKeyboard('15,000');
    await demo.page.keyboard.press('Tab');
    await demo.page.keyboard.press('Escape');
    await demo.popover.closed();
    assert.equal(await focused(), 'claimline-mark:15,000');
  });

  /** Tabs inside the popover to the control labelled `label`. */
  async function tabToControl(label) {
    for (let i = 0; i < 40; i++) {
      await demo.page.keyboard.press('Tab');
      if ((await focused()) === `popover:${label}`) return;
    }
    throw new Error(`Tab never reached "${label}" in the popover`);
  }

  test('the save form opens with focus in its first field; Cancel returns to the mark', async () => {
    await openFromKeyboard('2,700');
    await tabToControl('Save to history');
    await demo.page.keyboard.press('Enter');
    await demo.popover.text('.save-form');
    assert.match(await focused(), /^field:/, 'focus is in the form');
    await tabToControl('Cancel');
    await demo.page.keyboard.press('Enter');
    assert.equal(await focused(), 'claimline-mark:2,700', 'Cancel puts focus back on the mark');
    await demo.page.keyboard.press('Escape');
    await demo.popover.closed();
  });

  test('Enter on Save stores the claim and keeps focus on the mark', async () => {
    await openFromKeyboard('2,700');
    await tabToControl('Save to history');
    await demo.page.keyboard.press('Enter');
    await demo.popover.text('.save-form');
    await tabToControl('Save');
    await demo.page.keyboard.press('Enter');
    await demo.popover.text('.saved', 'Saved to your history.');
    assert.equal(await focused(), 'claimline-mark:2,700', 'focus is on the mark, not the body');
  });
});
