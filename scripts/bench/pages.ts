// Page benchmark: scan time of the content script on every page of ../shared/pages and on a
// generated 5 MB page, in headless Chromium with the built extension; and the longest task.
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
// @ts-expect-error: plain ES modules shared with the end-to-end tests
import { extensionDir, launchPlain, launchWithExtension, root } from '../../e2e/browser.mjs';
// @ts-expect-error: plain ES module
import { startServer } from '../../e2e/serve.mjs';

interface PageResult {
  name: string;
  kb: number;
  marks: number;
  scanMs: number;
  busyMs: number;
  longestChunkMs: number;
  longestTaskMs: number;
}

/** About 5 MB of article markup: paragraphs with and without figures, links and emphasis. */
function bigPage(): string {
  const paras = [
    'Officials said at least <b>300</b> soldiers were killed and another 2,700 wounded in the fighting near the border.',
    'The ministry reported that approximately 4,700 troops had been deployed since <a href="#">March 2024</a>.',
    'Residents described long queues for bread and water; the bridge, 400 metres long, was closed on Tuesday at 10:00.',
    'In a statement, the army said more than 1,200 of its fighters had been captured, a figure that could not be verified.',
    'Prices rose by 12% in the city, where about 250,000 people still live, according to the mayor.',
  ];
  const out: string[] = [
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>5 MB page</title></head><body><article>',
  ];
  let size = 0;
  for (let i = 0; size < 5 * 1024 * 1024; i++) {
    const p = `<p>${paras[i % paras.length]} (${i})</p>\n`;
    out.push(p);
    size += p.length;
  }
  out.push('</article></body></html>');
  return out.join('');
}

async function measure(page: Page, url: string): Promise<Omit<PageResult, 'name' | 'kb'> | null> {
  await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 60_000 });
  const done = await page
    .waitForFunction(() => performance.getEntriesByName('claimline:scan').length > 0, null, {
      timeout: 60_000,
    })
    .then(() => true)
    .catch(() => false);
  await page.waitForTimeout(200);
  // a string, not a function: tsx would wrap named functions in a helper the page does not have
  const r = (await page.evaluate(`(() => {
    const last = (name) => performance.getEntriesByName(name).at(-1)?.duration ?? 0;
    const tasks = window.__longtasks ?? [];
    return {
      marks: document.querySelectorAll('claimline-mark').length,
      scanMs: last('claimline:scan'),
      busyMs: last('claimline:busy'),
      longestChunkMs: last('claimline:longest-chunk'),
      longestTaskMs: Math.max(0, ...tasks),
    };
  })()`)) as Omit<PageResult, 'name' | 'kb'>;
  return done ? r : { ...r, scanMs: 0 };
}

const LONGTASKS = `window.__longtasks = [];
new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__longtasks.push(e.duration); })
  .observe({ type: 'longtask', buffered: true });`;

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s[Math.floor((s.length - 1) / 2)] as number) : 0;
};
const f = (n: number) => n.toFixed(1).padStart(7);

export async function run(): Promise<void> {
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    console.log(`page benchmark: no built extension at ${extensionDir}; run 'npm run build' first`);
    return;
  }
  const artifacts = join(root, 'artifacts');
  mkdirSync(artifacts, { recursive: true });
  writeFileSync(join(artifacts, 'bench-5mb.html'), bigPage());
  const sharedDir = join(root, '../shared/pages');
  const shared =
    existsSync(sharedDir) && process.env.BENCH_PAGES !== 'none'
      ? readdirSync(sharedDir).filter((n) => n.endsWith('.html'))
      : [];
  if (!shared.length)
    console.log(
      `page benchmark: ${sharedDir} is absent (it comes with the Claimline workplace); only the 5 MB page is measured`,
    );

  const server = await startServer();
  const browser = await launchWithExtension();
  const results: PageResult[] = [];
  try {
    const page = await browser.context.newPage();
    await page.addInitScript(LONGTASKS);
    for (const name of shared) {
      const r = await measure(page, `${server.url}/shared-pages/${name}?bench=1`);
      if (r) results.push({ name, kb: statSync(join(sharedDir, name)).size / 1024, ...r });
    }
    const big = await measure(page, `${server.url}/artifacts/bench-5mb.html?bench=1`);
    const plain = await launchPlain();
    const plainPage = await plain.newPage();
    await plainPage.addInitScript(LONGTASKS);
    await plainPage.goto(`${server.url}/artifacts/bench-5mb.html`, { waitUntil: 'load', timeout: 60_000 });
    await plainPage.waitForTimeout(1_000);
    const plainLongest = await plainPage.evaluate(() =>
      Math.max(0, ...((window as unknown as { __longtasks: number[] }).__longtasks ?? [])),
    );
    await plain.close();

    console.log('\nPage benchmark (headless Chromium, built extension; ms)');
    console.log('page                              KB   marks    scan    busy  longest chunk');
    for (const r of results)
      console.log(
        `${r.name.padEnd(28)}${f(r.kb)} ${String(r.marks).padStart(6)} ${f(r.scanMs)} ${f(r.busyMs)} ${f(r.longestChunkMs)}`,
      );
    if (results.length)
      console.log(
        `median scan time over ${results.length} real pages: ${median(results.map((r) => r.scanMs)).toFixed(1)} ms (busy ${median(results.map((r) => r.busyMs)).toFixed(1)} ms); longest Claimline task on any: ${Math.max(...results.map((r) => r.longestChunkMs)).toFixed(1)} ms`,
      );
    if (big)
      console.log(
        `generated 5 MB page: ${big.marks} marks, scan ${big.scanMs.toFixed(0)} ms (busy ${big.busyMs.toFixed(0)} ms), longest Claimline task ${big.longestChunkMs.toFixed(1)} ms (target <= 50); longest main-thread task ${big.longestTaskMs.toFixed(0)} ms with Claimline, ${plainLongest.toFixed(0)} ms without (parsing the page itself)`,
      );
  } finally {
    await browser.close();
    await server.close();
  }
}
