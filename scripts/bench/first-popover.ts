// Part of the startup benchmark: how long the first popover of a page takes to appear after the
// hover-intent delay, its script loaded on that first hover (content/popover-trigger.ts).
import type { BrowserContext } from 'playwright-core';

/** The hover-intent delay of content/popover-events.ts. */
const INTENT_MS = 300;

/**
 * Milliseconds from the pointer entering a mark to the popover's host joining the page, less the
 * intent delay, for the first popover of each of `rounds` fresh visits of `url`.
 */
export async function firstPopoverDelays(
  context: BrowserContext,
  url: string,
  rounds: number,
): Promise<number[]> {
  const out: number[] = [];
  for (let round = 0; round < rounds; round++) {
    const page = await context.newPage();
    try {
      await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 60_000 });
      const mark = page.locator('claimline-mark').first();
      await mark.waitFor({ timeout: 30_000 });
      // a string, not a function: tsx would wrap named functions in a helper the page does not have
      await page.evaluate(`(() => {
        window.__popover = new Promise((resolve) => {
          let entered = 0;
          document.addEventListener('mouseover', (e) => {
            if (!entered && e.target.closest && e.target.closest('[data-claimline-mark]')) entered = performance.now();
          }, true);
          new MutationObserver(() => {
            if (entered && document.querySelector('[data-claimline-popover]')) resolve(performance.now() - entered);
          }).observe(document.documentElement, { childList: true });
        });
      })()`);
      await mark.hover();
      const ms = (await page.evaluate('window.__popover')) as number;
      out.push(ms - INTENT_MS);
    } catch (error) {
      console.error(`first popover not measured: ${(error as Error).message.split('\n')[0]}`);
    } finally {
      await page.close().catch(() => {});
    }
  }
  return out;
}
