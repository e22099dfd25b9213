// The popover opens at its final size and place: it does not paint a small "Loading…" box first
// and then grow (or flip to the other side of its figure) when the history arrives. The page
// watches the popover's host from the first frame it is in the page, and notes its box in every
// frame until it has been still for a while.
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { demoSession } from './demo-page.mjs';

/**
 * Run in the page: from the frame the popover's host comes into the page (again), notes in each
 * frame its box and whether it can be seen (a host placed while transparent is not seen).
 */
function watchFrames() {
  window.claimlineFrames = [];
  let watching = false;
  const note = (host) => {
    const r = host.getBoundingClientRect();
    const style = getComputedStyle(host);
    window.claimlineFrames.push({
      x: r.x,
      y: r.y,
      width: r.width,
      height: r.height,
      seen: host.isConnected && style.opacity !== '0' && style.visibility !== 'hidden',
    });
    if (host.isConnected) requestAnimationFrame(() => note(host));
    else watching = false;
  };
  new MutationObserver(() => {
    const host = document.querySelector('[data-claimline-popover]');
    if (host && !watching) {
      watching = true;
      requestAnimationFrame(() => note(host));
    }
  }).observe(document.documentElement, { childList: true });
}

describe('the popover at its first paint', () => {
  const demo = demoSession();
  before(async () => {
    await demo.page.evaluate(watchFrames);
  });

  /** The boxes the reader sees from the popover's first frame until its summary is there and 20 more frames passed. */
  async function framesOf(open) {
    await demo.page.evaluate(() => {
      window.claimlineFrames = [];
    });
    await open();
    await demo.popover.text('.summary');
    await demo.page.waitForFunction(() => window.claimlineFrames.length > 20);
    return demo.page.evaluate(() => window.claimlineFrames.filter((f) => f.seen));
  }

  const round = (f) => `${Math.round(f.x)},${Math.round(f.y)} ${Math.round(f.width)}x${Math.round(f.height)}`;

  function assertStill(frames, what) {
    assert.ok(frames.length > 20, `${what}: frames were noted`);
    const final = round(frames.at(-1));
    const moved = frames.filter((f) => round(f) !== final).map(round);
    assert.deepEqual(
      moved,
      [],
      `${what}: first painted at ${round(frames[0])}, at ${final} once the history was there`,
    );
  }

  test('hovering a figure: the first painted box is the final one', async () => {
    const mark = demo.page.locator('claimline-mark', { hasText: /^approximately 600$/ });
    const frames = await framesOf(() => mark.hover());
    assertStill(frames, 'hover on "approximately 600"');
    await demo.page.mouse.move(5, 5);
    await demo.popover.closed();
  });

  test('opening from the keyboard: the same, and focus is in the popover', async () => {
    const mark = demo.page.locator('claimline-mark', { hasText: /^15,000$/ });
    await mark.focus();
    const frames = await framesOf(() => demo.page.keyboard.press('Enter'));
    assertStill(frames, 'Enter on "15,000"');
    assert.equal(
      await demo.page.evaluate(() => document.activeElement?.hasAttribute('data-claimline-popover')),
      true,
    );
    await demo.page.keyboard.press('Escape');
    await demo.popover.closed();
  });

  test('a figure near the bottom of the window opens above it without a jump', async () => {
    const mark = demo.page.locator('claimline-mark', { hasText: /^4,000$/ });
    await mark.evaluate((el) => {
      const r = el.getBoundingClientRect();
      window.scrollBy(0, r.top - (window.innerHeight - 60)); // the figure 60 px above the window's bottom
    });
    const frames = await framesOf(() => mark.hover());
    assertStill(frames, 'hover on "4,000" near the bottom');
    const box = await mark.boundingBox();
    assert.ok(frames.at(-1).y + frames.at(-1).height <= box.y, 'the popover is above its figure');
  });
});
