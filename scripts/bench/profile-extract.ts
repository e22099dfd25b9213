// A profiling harness for the extraction bench: the same real text (real-text.ts), the same
// lexicons as `npm run bench -- extract` (English, then the five others, no language given),
// lib/extract bundled unminified so a profile names its functions. The profile covers the timed
// rounds only (not the reading of ../shared, nor the first rounds that compile the code):
//   npx tsx scripts/bench/profile-extract.ts [rounds] [--english] [--blocks] [--profile OUT.cpuprofile]
// `--english`: the English real text with English alone; `--blocks`: the mixed text read block
// by block with one document state, as the content script reads a page.
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { bundled } from './extract-bundle';
import { readRealSources, realText } from './real-text';

const MB = 1024 * 1024;
const rounds = Number(process.argv.find((a) => /^\d+$/.test(a)) ?? 5);
const english = process.argv.includes('--english');
const blocks = process.argv.includes('--blocks');
const sources = await readRealSources();
if (!sources) process.exit(1);
const real = realText(sources, 6 * MB, english ? 'en' : null, 0.5);
const b = await bundled({ minify: false });
if (!english) for (const lang of ['de', 'es', 'fr', 'ru', 'uk']) await b.loadLexicon(lang);
const parts = real.text.split('\n\n');
let figures = 0;
for (let r = 0; r < 3; r++) b.extract(real.text);
const out = process.argv[process.argv.indexOf('--profile') + 1];
const session = process.argv.includes('--profile') ? new Session() : null;
if (session) {
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.start');
}
const t0 = process.cpuUsage();
for (let r = 0; r < rounds; r++) {
  if (blocks) {
    const discourse = b.createDiscourse();
    figures = 0;
    for (const p of parts) figures += b.extract(p, { discourse }).length;
  } else figures = b.extract(real.text).length;
}
const used = process.cpuUsage(t0);
if (session && out) {
  const { profile } = await session.post('Profiler.stop');
  writeFileSync(out, JSON.stringify(profile));
}
const ms = (used.user + used.system) / 1000 / rounds;
console.log(
  `${(real.text.length / MB).toFixed(1)} MB, ${figures} figures, ${ms.toFixed(0)} ms of CPU a round, ${(real.text.length / MB / (ms / 1000)).toFixed(1)} MB/s`,
);
b.dispose();
