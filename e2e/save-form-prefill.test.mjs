// The "Save to history" form is filled in as the reader would write it: the party and the subject
// by name (never a code), the quote with the page source's runs of spaces collapsed.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { demoSession } from './demo-page.mjs';
import { popoverOf } from './popover.mjs';

describe('the pre-filled save form', () => {
  const demo = demoSession();

  test('names, not codes; one space between words of the quote; the matched subject', async () => {
    await demo.page.locator('claimline-mark', { hasText: /^at least 300$/ }).click();
    const popover = popoverOf(demo.page);
    await popover.text('.summary');
    // the popover is placed again once its context is in: click where it settled
    let placed = '';
    for (let i = 0; i < 20; i++) {
      const now = await popover.evaluate((root) =>
        JSON.stringify(root.querySelector('[role="dialog"]').getBoundingClientRect()),
      );
      if (now === placed) break;
      placed = now;
      await demo.page.waitForTimeout(100);
    }
    await popover.click('button', 'Save to history');
    await popover.text('.save-form');
    const form = await popover.evaluate((root) => {
      const chosen = (name) =>
        root.querySelector(`[data-field="${name}"]`)?.selectedOptions?.[0]?.textContent;
      return {
        party: chosen('party'),
        subject: chosen('subject'),
        quote: root.querySelector('[data-field="quote"]')?.textContent,
        labels: [...root.querySelectorAll('.save-form .label')].map((l) => l.textContent),
      };
    });
    assert.equal(form.party, 'North Korea');
    assert.equal(form.subject, 'North Korean troops in the Russia-Ukraine war');
    assert.ok(form.labels.includes('Subject'), form.labels.join(', '));
    assert.match(form.quote, /at least 300 North Korean soldiers/);
    assert.doesNotMatch(form.quote, /\s{2,}/, 'no runs of spaces from the page source');
  });
});
