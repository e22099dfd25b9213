// The demo article open in Chromium with the extension, its figures marked: the setting of the
// popover's end-to-end tests.

import { launchWithExtension } from './browser.mjs';
import { startServer } from './serve.mjs';

/** Serves the demo, opens it with Claimline loaded and waits for its first mark. */
export async function openDemo() {
  const server = await startServer();
  const browser = await launchWithExtension();
  const page = await browser.context.newPage();
  await page.goto(`${server.url}/demo/article.html`);
  await page.locator('claimline-mark').first().waitFor({ timeout: 15_000 });
  return {
    server,
    browser,
    page,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}
