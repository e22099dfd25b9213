// What the extraction bench measures with: lib/extract bundled as the content script ships it,
// the floor (a plain regular-expression pass) and CPU-time timers.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

const NUMBER_WORDS =
  'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|hundreds|thousand|thousands|million|dozen|dozens';
const FLOOR = new RegExp(`\\d+|\\b(?:${NUMBER_WORDS})\\b`, 'gi');

/** The floor: how many digit runs and number words one pass of a plain regular expression finds. */
export function floorScan(text: string): number {
  FLOOR.lastIndex = 0;
  let n = 0;
  while (FLOOR.exec(text) !== null) n++;
  return n;
}

/**
 * Best of `runs` CPU times of fn (user + system, in milliseconds): steadier than wall-clock time on a
 * shared machine, and the same measure for every contender.
 */
export function time(fn: () => unknown, runs: number): number {
  return timeEach([fn], runs)[0] as number;
}

/**
 * Best CPU times of several functions run in turn, round after round: each meets the machine's
 * load of the same moments, so their ratio does not depend on when one of them happened to run.
 */
export function timeEach(fns: (() => unknown)[], rounds: number): number[] {
  const best = fns.map(() => Number.POSITIVE_INFINITY);
  for (let r = 0; r < rounds; r++)
    fns.forEach((fn, i) => {
      const t = process.cpuUsage();
      fn();
      const d = process.cpuUsage(t);
      best[i] = Math.min(best[i] as number, (d.user + d.system) / 1000);
    });
  return best;
}

type Extract = typeof import('../../lib/extract').extractFigures;
type Load = typeof import('../../lib/extract').loadLexicon;
type NewDiscourse = typeof import('../../lib/extract').createDiscourse;

/** lib/extract as a bundle: its two entry points, the sizes of its entry and chunks. */
export interface Bundle {
  extract: Extract;
  loadLexicon: Load;
  createDiscourse: NewDiscourse;
  bytes: number;
  gzip: number;
  chunks: { name: string; bytes: number; gzip: number }[];
  /** the folder the bundle was written to, removed by `dispose` */
  dispose: () => void;
}

/**
 * English as a page gets it from the background: with its countries, after the shared parties.
 * lib/extract's entry registers no language (the content script ships none), so the bench's
 * entry adds this ahead of it.
 */
const WITH_ENGLISH = `
import { lexiconFromSpec } from './lexicon/compile';
import { withCountries } from './lexicon/countries';
import { EN_SPEC } from './lexicon/en';
import { setParties } from './lexicon/parties';
import { PARTY_LIST } from './lexicon/party-list';
import { registerLexicon } from './lexicon/registry';
setParties(PARTY_LIST);
registerLexicon('en', lexiconFromSpec(withCountries(EN_SPEC)));
export * from './index';
`;

/**
 * lib/extract bundled and minified (unminified with `minify: false`, for a profile that names functions): the entry with English (WITH_ENGLISH) and one chunk per other
 * language, loaded by `loadLexicon` through `import()`. Sizes in bytes and gzipped.
 */
export async function bundled({
  minify = true,
  from = join(root, 'lib', 'extract'),
  name = 'extract',
}: {
  minify?: boolean;
  /** the lib/extract folder to bundle (another checkout's, to compare two versions in one process) */
  from?: string;
  /** a name for the bundle's folder, unique in the process */
  name?: string;
} = {}): Promise<Bundle> {
  const dir = join(tmpdir(), `claimline-${name}-bench-${process.pid}`);
  mkdirSync(dir, { recursive: true });
  const out = await build({
    stdin: {
      contents: WITH_ENGLISH,
      resolveDir: from,
      loader: 'ts',
      sourcefile: 'bench-entry.ts',
    },
    bundle: true,
    minify,
    format: 'esm',
    splitting: true,
    outdir: dir,
    outExtension: { '.js': '.mjs' },
    entryNames: 'extract',
    chunkNames: '[name]-[hash]',
    write: false,
  });
  let entry = { bytes: 0, gzip: 0 };
  const chunks: { name: string; bytes: number; gzip: number }[] = [];
  for (const f of out.outputFiles) {
    writeFileSync(f.path, f.contents);
    const size = { bytes: f.contents.length, gzip: gzipSync(f.contents).length };
    const name = f.path.slice(dir.length + 1);
    if (name === 'extract.mjs') entry = size;
    else chunks.push({ name, ...size });
  }
  const mod = (await import(pathToFileURL(join(dir, 'extract.mjs')).href)) as {
    extractFigures: Extract;
    loadLexicon: Load;
    createDiscourse: NewDiscourse;
  };
  const dispose = (): void => rmSync(dir, { recursive: true, force: true });
  return {
    extract: mod.extractFigures,
    loadLexicon: mod.loadLexicon,
    createDiscourse: mod.createDiscourse,
    ...entry,
    chunks,
    dispose,
  };
}
