// The popover always fits the viewport: wherever the figure sits (near the top, the middle or the
// bottom of a 1100x800 window), its title and close button are on screen and what does not fit
// scrolls inside it.
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { demoSession } from './demo-page.mjs';
import { popoverOf } from './popover.mjs';

const VIEWPORT = { width: 1100, height: 800 };

describe('the popover fits the viewport', () => {
  const demo = demoSession();
  before(async () => {
    await demo.page.setViewportSize(VIEWPORT);
    // room above and below the article, so a figure can be scrolled to any height of the window
    await demo.page.addStyleTag({ content: 'body { padding: 1600px 0 !important; }' });
  });

  /** Scrolls so the mark's top is `y` px from the window's top, hovers it and measures the popover. */
  async function openAt(text, y) {
    await demo.page.keyboard.press('Escape');
    await demo.page.mouse.move(VIEWPORT.width - 5, 5);
    const popover = popoverOf(demo.page);
    await popover.closed();
    const mark = demo.page.locator('claimline-mark', { hasText: text }).first();
    await mark.evaluate((el, at) => {
      window.scrollBy(0, el.getBoundingClientRect().top - at);
    }, y);
    await mark.hover();
    await popover.text('.summary');
    // wait until it has been placed (its position settles after the context arrives)
    let last = null;
    for (let i = 0; i < 20; i++) {
      const box = await popover.evaluate((root) => {
        const dialog = root.querySelector('[role="dialog"]');
        const close = root.querySelector('button.close');
        const r = dialog.getBoundingClientRect();
        const c = close.getBoundingClientRect();
        return {
          top: r.top,
          bottom: r.bottom,
          left: r.left,
          right: r.right,
          closeTop: c.top,
          closeBottom: c.bottom,
          scrolls: dialog.scrollHeight > dialog.clientHeight + 1,
          overflowY: getComputedStyle(dialog).overflowY,
        };
      });
      if (last && JSON.stringify(last) === JSON.stringify(box)) return box;
      last = box;
      await demo.page.waitForTimeout(100);
    }
    return last;
  }

  for (const [where, y] of [
    ['near the top', 20],
    ['in the middle', 390],
    ['near the bottom', 770],
  ])
    test(`a figure ${where} of the window`, async () => {
      const box = await openAt('at least 300', y);
      assert.ok(box.top >= 0, `top ${box.top} is on screen`);
      assert.ok(box.bottom <= VIEWPORT.height, `bottom ${box.bottom} is on screen`);
      assert.ok(box.left >= 0 && box.right <= VIEWPORT.width, `left ${box.left}, right ${box.right}`);
      assert.ok(box.closeTop >= 0 && box.closeBottom <= VIEWPORT.height, 'the close button is reachable');
      if (box.scrolls) assert.equal(box.overflowY, 'auto', 'what does not fit scrolls inside it');
    });

  test('a popover taller than the room there scrolls inside itself', async () => {
    await demo.page.setViewportSize({ width: VIEWPORT.width, height: 420 });
    try {
      const box = await openAt('at least 300', 200);
      assert.ok(box.top >= 0 && box.bottom <= 420, `${box.top}..${box.bottom} within 420`);
      assert.ok(box.scrolls, 'its content scrolls');
      assert.ok(box.closeTop >= 0, 'the close button is reachable');
    } finally {
      await demo.page.setViewportSize(VIEWPORT);
    }
  });
});
