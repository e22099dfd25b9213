// Two versions of lib/extract in one process: the figures of each on the bench's texts (hashed,
// so that a change to the engine can be shown to keep them) and their CPU times on the real
// text, timed in turns so that both meet the machine's load of the same moments:
//   npx tsx scripts/bench/compare-extract.ts OTHER/lib/extract [rounds] [--times]
// (`--times`: the times only, every lexicon loaded, no hashes.)
// OTHER is another checkout (for example `git archive HEAD lib | tar -x -C /tmp/before`, with its
// node_modules linked to this one's).
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { type Bundle, bundled, floorScan, timeEach } from './extract-bundle';
import { newsText } from './news-text';
import { readRealSources, realText } from './real-text';

const MB = 1024 * 1024;
const LANGUAGES = ['en', 'de', 'es', 'fr', 'ru', 'uk'];
const other = process.argv[2];
if (!other) throw new Error('usage: compare-extract.ts OTHER/lib/extract [rounds]');
const rounds = Number(process.argv.slice(3).find((a) => /^\d+$/.test(a)) ?? 7);
const sources = await readRealSources();
if (!sources) process.exit(1);
const mixed = realText(sources, 6 * MB, null, 0.5).text;
const english = realText(sources, 6 * MB, 'en', 0.5).text;
const tagged = LANGUAGES.map((lang) => ({ lang, text: realText(sources, MB, lang, 0.5).text }));
const synthetic = newsText(6 * MB);
const fill = (unit: string): string => unit.repeat(Math.ceil(MB / unit.length)).slice(0, MB);
const adversarial = [
  `${'9876543210'.repeat(50)} `,
  '1,',
  'about at least more than nearly up to as many as between ',
  '300soldierskilled1,200troopswounded',
  'one two three hundred thousand dozens of tens of ',
  '12 soldiers killed, ',
].map(fill);

const hash = (v: unknown): string =>
  createHash('sha256').update(JSON.stringify(v)).digest('hex').slice(0, 16);

/** The hashes of a bundle's figures on every text, English alone first (a lexicon once loaded stays loaded). */
async function hashes(b: Bundle): Promise<Record<string, string>> {
  const h: Record<string, string> = {};
  h['english alone'] = hash(b.extract(english));
  h['generated, english alone'] = hash(b.extract(synthetic));
  for (const lang of LANGUAGES.slice(1)) await b.loadLexicon(lang);
  h['real, every lexicon'] = hash(b.extract(mixed));
  for (const t of tagged) h[`real, ${t.lang} given`] = hash(b.extract(t.text, { lang: t.lang }));
  const discourse = b.createDiscourse();
  h['real, block by block'] = hash(mixed.split('\n\n').map((p) => b.extract(p, { discourse })));
  h['generated, every lexicon'] = hash(b.extract(synthetic));
  adversarial.forEach((a, k) => {
    h[`adversarial ${k}`] = hash(b.extract(a));
  });
  return h;
}

const before = await bundled({ from: resolve(other), name: 'before' });
const after = await bundled({ name: 'after' });
const timesOnly = process.argv.includes('--times');
if (timesOnly)
  for (const b of [before, after]) for (const lang of LANGUAGES.slice(1)) await b.loadLexicon(lang);
const [hb, ha] = timesOnly ? [{}, {}] : [await hashes(before), await hashes(after)];
let same = true;
for (const k of Object.keys(hb) as (keyof typeof hb)[]) {
  const ok = hb[k] === ha[k];
  same &&= ok;
  console.log(`${ok ? 'same' : 'DIFFERENT'}  ${k.padEnd(26)} ${hb[k]} ${ha[k]}`);
}
const [tFloor, tBefore, tAfter] = timeEach(
  [() => floorScan(mixed), () => before.extract(mixed), () => after.extract(mixed)],
  rounds,
) as [number, number, number];
const mbps = (ms: number): string => (mixed.length / MB / (ms / 1000)).toFixed(1);
console.log(
  `real text, every lexicon, best of ${rounds} in turns: before ${tBefore.toFixed(0)} ms (${mbps(tBefore)} MB/s, ${(tBefore / tFloor).toFixed(2)}x), after ${tAfter.toFixed(0)} ms (${mbps(tAfter)} MB/s, ${(tAfter / tFloor).toFixed(2)}x), floor ${tFloor.toFixed(0)} ms`,
);
const [eBefore, eAfter] = timeEach([() => before.extract(english), () => after.extract(english)], rounds);
console.log(
  `english real text (every lexicon loaded): before ${eBefore?.toFixed(0)} ms, after ${eAfter?.toFixed(0)} ms`,
);
before.dispose();
after.dispose();
if (!same) process.exitCode = 1;
