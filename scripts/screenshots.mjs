// The README's screenshots, from the built extension in headless Chromium: the demo article with
// the popover opened by hovering "approximately 600" (docs/screenshot.png), and the popup's Claims
// section (docs/popup.png). `npm run screenshots` builds first and holds the browser lock.
import { join } from 'node:path';
import { launchWithExtension, root } from '../e2e/browser.mjs';
import { popoverOf } from '../e2e/popover.mjs';
import { startServer } from './serve.mjs';

/** Polls the popover's box until it stops moving (it is placed again once its context arrives). */
async function settled(popover) {
  let last = null;
  for (let i = 0; i < 30; i++) {
    const box = await popover.evaluate((root) => {
      const r = root.querySelector('[role="dialog"]')?.getBoundingClientRect();
      return r ? [r.x, r.y, r.width, r.height].map(Math.round).join() : null;
    });
    if (box && box === last) return;
    last = box;
    await new Promise((ok) => setTimeout(ok, 150));
  }
}

const server = await startServer();
const browser = await launchWithExtension({ headless: true });
try {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 1100, height: 800 });
  await page.goto(`${server.url}/demo/article.html`);
  const mark = page.locator('claimline-mark', { hasText: /^approximately 600$/ });
  await mark.waitFor({ timeout: 15_000 });
  await mark.evaluate((el) => window.scrollBy(0, el.getBoundingClientRect().top - 250));
  await mark.hover();
  const popover = popoverOf(page);
  await popover.waitFor((root) => root.querySelector('.claim') && root.querySelector('svg'), [], {
    timeout: 15_000,
  });
  await settled(popover);
  const article = join(root, 'docs/screenshot.png');
  await page.screenshot({ path: article });

  const popup = await browser.context.newPage();
  await popup.setViewportSize({ width: 420, height: 600 });
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
  await popup.getByRole('tab', { name: 'Claims' }).click();
  await popup.locator('.count', { hasText: /\d+ claims/ }).waitFor({ timeout: 15_000 });
  await popup.locator('.claim-row').nth(5).waitFor({ timeout: 15_000 });
  const popupFile = join(root, 'docs/popup.png');
  await popup.screenshot({ path: popupFile });
  console.log(`Saved ${article} and ${popupFile}`);
} finally {
  await browser.close();
  await server.close();
}
