// npm run bench, part "lookup": history lookup + comparison for one figure with 100,000 claims in
// headless Chromium's IndexedDB (a page on 127.0.0.1: IndexedDB needs a real origin), against
// the same answer from a full table scan. Prints figures; asserts nothing about time.
import { existsSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { chromium } from 'playwright-core';
// @ts-expect-error: plain ES module shared with the end-to-end tests
import { chromiumPath, launchPlain } from '../../e2e/browser.mjs';
import { bundlePage, serveBlank } from './bench-page';

const CHROMIUM: string = chromiumPath;
const TOTAL = 100_000;
const RUNS = 200;
const SCAN_RUNS = 20;

type Bench = typeof import('./lookup-page');
declare global {
  interface Window {
    claimlineBench: Bench;
  }
}

const fmt = (ms: number) => (ms < 10 ? ms.toFixed(2) : ms.toFixed(1));
const at = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;

/** Runs the benchmark and prints its lines. */
export async function run(): Promise<void> {
  if (!existsSync(CHROMIUM)) {
    console.log(
      `lookup+compare: skipped, no Chromium at ${CHROMIUM} (install it with 'apt-get install -y chromium', or set CHROMIUM_PATH).`,
    );
    return;
  }
  const script = await bundlePage('lookup-page.ts', 'claimlineBench');
  const server = await serveBlank();
  let browser: Awaited<ReturnType<typeof chromium.launch>>;
  try {
    browser = await launchPlain();
  } catch (error) {
    server.close();
    console.log(
      `lookup+compare: skipped, Chromium at ${CHROMIUM} did not start: ${(error as Error).message.split('\n')[0]}`,
    );
    return;
  }
  try {
    const page = await browser.newPage();
    await page.goto(server.url);
    await page.addScriptTag({ content: script });
    const started = Date.now();
    const counts = await page.evaluate((total) => window.claimlineBench.fill('bench-lookup', total), TOTAL);
    const fillSeconds = (Date.now() - started) / 1000;
    const r = await page.evaluate(
      ([runs, scanRuns]) => window.claimlineBench.measure('bench-lookup', runs, scanRuns),
      [RUNS, SCAN_RUNS] as const,
    );
    const n = r.total.toLocaleString('en');
    const scanMedian = at(r.scan.ms, 0.5);
    const subject = counts['north-korean-troops-russia-ukraine'] ?? 0;
    const stats = (x: { ms: number[] }) =>
      `median ${fmt(at(x.ms, 0.5))} ms, p95 ${fmt(at(x.ms, 0.95))} ms (${RUNS} runs)`;
    const faster = (x: { ms: number[] }) => Math.round(scanMedian / at(x.ms, 0.5));
    console.log(
      `lookup+compare, ${n} claims: ${stats(r.wired)}; full scan median ${fmt(scanMedian)} ms (${SCAN_RUNS} runs); ` +
        `index is ${faster(r.wired)}x faster`,
    );
    console.log(
      `  contextFor (background/context-for.ts) reads ${r.wired.reads.toLocaleString('en')} claims, the full scan ${r.scan.reads.toLocaleString('en')}; ` +
        `the figure's subject holds ${subject.toLocaleString('en')}; ${r.prior} prior claims compared; same answer from each`,
    );
    const [load] = loadavg();
    console.log(
      `  demo figure "about 600 dead" (north-korea, killed, 2025-04-30); database filled in ${fillSeconds.toFixed(1)} s; ` +
        `${cpus().length} CPUs, load average ${load?.toFixed(1)}`,
    );
  } finally {
    await browser.close();
    server.close();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await run();
