// npm run bench, part "startup": what a page visit costs the reader in main-thread script time.
// The same pages are loaded in turns in three headless Chromiums: no extension, an extension whose
// content script is empty, and Claimline; each load in a fresh tab, its ScriptDuration read from
// the DevTools protocol once the page and the content script have settled. Prints medians and the
// differences measured in the same run; asserts nothing about time.
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';
// @ts-expect-error: plain ES modules shared with the end-to-end tests
import { extensionDir, launchPlain, launchWithExtension, root } from '../../e2e/browser.mjs';
// @ts-expect-error: plain ES module
import { startServer } from '../../e2e/serve.mjs';
import { firstPopoverDelays } from './first-popover';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
/** Time given to the page and the content script after `load` (the script runs at document_idle). */
const SETTLE_MS = 1_500;

/** A news-like article with no war figure: numbers, dates and prices, but no casualty or troop word near them. */
function figureFreePage(): string {
  const paras = [
    'The council approved the budget on Tuesday after a debate that lasted 4 hours, with 31 votes in favour.',
    'Ticket prices rise by 12% from 1 March; a monthly pass will cost 86 euros, up from 77.',
    'The new line, 14 kilometres long, links the airport with the centre in 22 minutes.',
    'Organisers expect the festival to sell 40,000 tickets over its three days in July.',
    'The company reported revenue of 2.3 billion dollars for the quarter, and hired 600 engineers.',
  ];
  const body = Array.from({ length: 60 }, (_, i) => `<p>${paras[i % paras.length]}</p>`).join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>City budget</title></head><body><article><h1>City budget approved</h1>${body}</article></body></html>`;
}

/** An unpacked extension whose content script is empty: the cost of being an extension at all. */
function emptyExtension(dir: string): string {
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, 'manifest.json'),
    JSON.stringify({
      manifest_version: 3,
      name: 'empty content script',
      version: '1.0',
      content_scripts: [{ matches: ['<all_urls>'], js: ['content.js'], run_at: 'document_idle' }],
    }),
  );
  writeFileSync(join(dir, 'content.js'), '');
  return dir;
}

/**
 * Main-thread script time (ms) of one visit of `url` in a fresh tab, or null when the visit failed
 * (a saved page whose resources never answer is measured after DOMContentLoaded and a settling time).
 */
async function visit(context: BrowserContext, url: string): Promise<number | null> {
  const page = await context.newPage();
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 60_000 });
    await page.waitForTimeout(SETTLE_MS);
    const { metrics } = await cdp.send('Performance.getMetrics');
    return ((metrics.find((m) => m.name === 'ScriptDuration')?.value ?? 0) as number) * 1000;
  } catch (error) {
    console.error(`startup benchmark: ${url} not measured: ${(error as Error).message.split('\n')[0]}`);
    return null;
  } finally {
    await page.close().catch(() => {});
  }
}

const push = (xs: number[], x: number | null) => {
  if (x !== null) xs.push(x);
};

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s[Math.floor((s.length - 1) / 2)] as number) : 0;
};
const ms = (n: number) => n.toFixed(1).padStart(8);

export async function run(): Promise<void> {
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    console.log(`startup benchmark: no built extension at ${extensionDir}; run 'npm run build' first`);
    return;
  }
  const artifacts = join(root, 'artifacts');
  mkdirSync(artifacts, { recursive: true });
  writeFileSync(join(artifacts, 'bench-no-figures.html'), figureFreePage());
  const empty = emptyExtension(join(artifacts, 'empty-extension'));
  const sharedDir = join(root, '../shared/pages');
  const candidates = existsSync(sharedDir) ? readdirSync(sharedDir).filter((n) => n.endsWith('.html')) : [];
  if (!candidates.length)
    console.log(
      `startup benchmark: ${sharedDir} is absent (it comes with the Claimline workplace); only the generated page is measured`,
    );

  const server = await startServer();
  const plain = await launchPlain();
  const plainContext = await plain.newContext();
  const withEmpty = await launchWithExtension({ extension: empty });
  const withClaimline = await launchWithExtension();
  try {
    // which saved pages have no figure: those where Claimline marks nothing
    const marksPage = await withClaimline.context.newPage();
    const noFigures: string[] = [];
    for (const name of candidates) {
      await marksPage.goto(`${server.url}/shared-pages/${name}`, {
        waitUntil: 'domcontentloaded',
        timeout: 60_000,
      });
      await marksPage.waitForTimeout(SETTLE_MS);
      if ((await marksPage.locator('claimline-mark').count()) === 0) noFigures.push(name);
    }
    await marksPage.close();

    const pages = [
      { name: 'generated, no figures', url: `${server.url}/artifacts/bench-no-figures.html` },
      ...noFigures.map((n) => ({ name: n, url: `${server.url}/shared-pages/${n}` })),
    ];
    const runs = new Map(
      pages.map((p) => [p.name, { none: [] as number[], empty: [] as number[], claimline: [] as number[] }]),
    );
    for (let round = 0; round < ROUNDS; round++)
      for (const p of pages) {
        const r = runs.get(p.name);
        if (!r) continue;
        // in turns, so load on the machine falls on all three alike
        push(r.none, await visit(plainContext, p.url));
        push(r.empty, await visit(withEmpty.context, p.url));
        push(r.claimline, await visit(withClaimline.context, p.url));
      }

    console.log(
      `\nStartup benchmark: main-thread script time per visit (headless Chromium, median of ${ROUNDS}; ms)`,
    );
    console.log('page                              none   empty CS  Claimline  Claimline - empty');
    const extras: number[] = [];
    for (const p of pages) {
      const r = runs.get(p.name);
      if (!r) continue;
      const extra = median(r.claimline) - median(r.empty);
      if (p.name !== pages[0]?.name) extras.push(extra);
      console.log(
        `${p.name.padEnd(28)}${ms(median(r.none))} ${ms(median(r.empty))} ${ms(median(r.claimline))} ${ms(extra)}`,
      );
    }
    const first = runs.get(pages[0]?.name ?? '');
    if (first)
      console.log(
        `figure-free page: Claimline adds ${(median(first.claimline) - median(first.empty)).toFixed(1)} ms over an empty content script (target <= 5)`,
      );
    if (extras.length)
      console.log(
        `${extras.length} real pages without figures: Claimline adds a median ${median(extras).toFixed(1)} ms over an empty content script (target <= 15)`,
      );
    const delays = await firstPopoverDelays(withClaimline.context, `${server.url}/demo/article.html`, ROUNDS);
    if (delays.length)
      console.log(
        `first popover of a page (its script loaded on that hover): ${median(delays).toFixed(1)} ms after the 300 ms intent delay (median of ${delays.length}; target < 100)`,
      );
  } finally {
    await withClaimline.close();
    await withEmpty.close();
    await plain.close();
    await server.close();
  }
}
