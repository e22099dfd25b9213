// npm run bench, part "packs": a signed pack of 100,000 claims checked and applied (then an update
// of the same size over it), and the popover's lookup with those 100,000 pack claims in the
// history, in headless Chromium's IndexedDB (a page on 127.0.0.1). Prints figures; asserts nothing.
import { existsSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
// @ts-expect-error: plain ES module shared with the end-to-end tests
import { chromiumPath, launchPlain } from '../../e2e/browser.mjs';
import { bundlePage, serveBlank } from './bench-page';

const TOTAL = 100_000;
const RUNS = 200;

/** The page half, as the bundle defines it in the page. */
type Bench = typeof import('./packs-page');

const fmt = (ms: number) => (ms < 10 ? ms.toFixed(2) : ms.toFixed(0));
const at = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;

/** Runs the benchmark and prints its lines. */
export async function run(): Promise<void> {
  if (!existsSync(chromiumPath)) {
    console.log(`packs: skipped, no Chromium at ${chromiumPath} (set CHROMIUM_PATH).`);
    return;
  }
  const script = await bundlePage('packs-page.ts', 'claimlinePacks');
  const server = await serveBlank();
  const browser = await launchPlain();
  try {
    const page = await browser.newPage();
    await page.goto(server.url);
    await page.addScriptTag({ content: script });
    const applied = await page.evaluate(
      (total: number) =>
        (window as unknown as { claimlinePacks: Bench }).claimlinePacks.apply('bench-packs', total),
      TOTAL,
    );
    const looked = await page.evaluate(
      (runs: number) =>
        (window as unknown as { claimlinePacks: Bench }).claimlinePacks.lookup('bench-packs', runs),
      RUNS,
    );
    const n = TOTAL.toLocaleString('en');
    for (const [i, r] of applied.rounds.entries())
      console.log(
        `packs, ${i === 0 ? 'first apply' : 'update over it'} of ${n} claims (${(r.bytes / 1048576).toFixed(1)} MB): ` +
          `readPack (signature, parse, validate) ${fmt(r.read.ms)} ms, longest task ${fmt(r.read.longest)} ms; ` +
          `applyPack (one transaction) ${fmt(r.applied.ms)} ms, longest task ${fmt(r.applied.longest)} ms; ${r.applied.count.toLocaleString('en')} records`,
      );
    const task = (x: { ms: number; longest: number }) => `${fmt(x.ms)} ms, longest task ${fmt(x.longest)} ms`;
    console.log(
      `  the popup's claim list after it (${applied.stored.toLocaleString('en')} claims read, filtered, grouped): ` +
        `one toArray (before) ${task(applied.oneRead)}; a page at a time (now) ${task(applied.paged)}`,
    );
    console.log(
      `    of which the paged read ${task(applied.pagedRead)}; filter and group in memory ${task(applied.listing)}`,
    );
    const stat = (ms: number[]) => `median ${fmt(at(ms, 0.5))} ms, p95 ${fmt(at(ms, 0.95))} ms`;
    console.log(
      `packs, popover lookup (contextFor + pack sources) with ${n} pack claims: ${stat(looked.ms)} ` +
        `(${RUNS} runs; target p95 10 ms); ${looked.entries} claims compared, ${looked.fromPack} from the pack`,
    );
    console.log(
      `  before (the history read from the indexes at every lookup), interleaved: ${stat(looked.before)}`,
    );
    console.log(
      `  the first lookup after a write to the claims (reads anew), interleaved: ${stat(looked.afterWrite)}`,
    );
    console.log(
      `  the first lookup after a write to its own subject and metric, interleaved: ${stat(looked.afterOwnWrite)}`,
    );
    console.log(
      `  a lookup with nothing kept in memory (a service worker's first, from the histories rows), interleaved: ${stat(looked.nothingKept)}`,
    );
    const [load] = loadavg();
    console.log(`  ${cpus().length} CPUs, load average ${load?.toFixed(1)}`);
  } finally {
    await browser.close();
    server.close();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await run();
