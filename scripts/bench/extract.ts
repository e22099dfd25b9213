// npm run bench, part "extract": throughput of extractFigures, bundled as the content script
// ships it, against a floor (one pass of a plain regular expression for digit runs and number
// words) timed in turns with it in the same run. The main figure is real text (real-text.ts: the
// dev corpus's war-news passages among the text of the saved real pages, from ../shared at run
// time); then each language's passages read with that language given (a tagged page), the
// English ones in English alone, generated news-like text, compromise's numbers(),
// adversarial input against real text, and the cost of every language loaded on English text.
// Prints figures; asserts nothing about time.
import nlp from 'compromise';
import { type Bundle, bundled, floorScan, time, timeEach } from './extract-bundle';
import { newsText } from './news-text';
import { type RealText, readRealSources, realText } from './real-text';

const MB = 1024 * 1024;
/** the part of the real text that is the corpus's war-news passages; the rest is the pages' prose */
const NEWS_SHARE = 0.5;
const OTHER_LANGUAGES = ['de', 'es', 'fr', 'ru', 'uk'];

function adversarial(bytes: number): Record<string, string> {
  const fill = (unit: string): string => unit.repeat(Math.ceil(bytes / unit.length)).slice(0, bytes);
  return {
    'long digit runs': fill(`${'9876543210'.repeat(50)} `),
    '"1,1,1,..."': fill('1,'),
    'repeated qualifiers': fill('about at least more than nearly up to as many as between '),
    'no spaces': fill('300soldierskilled1,200troopswounded'),
    'number words': fill('one two three hundred thousand dozens of tens of '),
    'numbers and cues': fill('12 soldiers killed, '),
  };
}

const mbps = (bytes: number, ms: number): string => (bytes / MB / (ms / 1000)).toFixed(1);

/** Extraction and the floor timed in turns on one text: their times and what was found. */
function measure(
  b: Bundle,
  text: string,
  rounds: number,
): { tExtract: number; tFloor: number; figures: number; numbers: number } {
  b.extract(text.slice(0, MB));
  const [tFloor, tExtract] = timeEach([() => floorScan(text), () => b.extract(text)], rounds) as [
    number,
    number,
  ];
  return { tExtract, tFloor, figures: b.extract(text).length, numbers: floorScan(text) };
}

const describe = (r: RealText, what: string): string =>
  `${(r.text.length / MB).toFixed(1)} MB of real text: ${what} (${Math.round((100 * r.newsChars) / r.text.length)}%) among the text blocks of the ${r.pages} saved pages of ../shared/pages`;

function sizes(b: Bundle): void {
  console.log(
    `extract: lib/extract bundled and minified: ${(b.bytes / 1024).toFixed(1)} KB (${(b.gzip / 1024).toFixed(1)} KB gzipped) with English; other languages load as separate chunks:`,
  );
  console.log(
    `  ${b.chunks.map((c) => `${c.name.replace(/-[A-Z0-9]+\.mjs$/, '')} ${(c.bytes / 1024).toFixed(1)} KB (${(c.gzip / 1024).toFixed(1)} gz)`).join(', ')}`,
  );
}

export async function run(): Promise<void> {
  const sources = await readRealSources();
  if (!sources) process.exit(1);
  const mixed = realText(sources, 6 * MB, null, NEWS_SHARE);
  const english = realText(sources, 6 * MB, 'en', NEWS_SHARE);
  const b = await bundled();
  sizes(b);
  // English alone first: a lexicon once loaded stays loaded
  const en = measure(b, english.text, 9);
  const synthetic = newsText(6 * MB);
  const syn = measure(b, synthetic, 9);
  const synAlone = time(() => b.extract(synthetic), 5);
  for (const lang of OTHER_LANGUAGES) await b.loadLexicon(lang);
  const real = measure(b, mixed.text, 9);
  const realMbps = mixed.text.length / MB / (real.tExtract / 1000);
  console.log(
    `  ${describe(mixed, `the ${mixed.passages} passages of the dev corpus in its six languages`)}; ${real.numbers} numbers (one per ${Math.round(mixed.text.length / real.numbers)} chars), ${real.figures} figures; every lexicon loaded, each sentence read in the language it looks like; CPU time, best of nine rounds in turns`,
  );
  console.log(
    `  extractFigures        ${mbps(mixed.text.length, real.tExtract)} MB/s (${real.tExtract.toFixed(0)} ms; target >= 30 MB/s)`,
  );
  console.log(
    `  floor regex scan      ${mbps(mixed.text.length, real.tFloor)} MB/s (${real.tFloor.toFixed(0)} ms)`,
  );
  console.log(`  vs floor: ${(real.tExtract / real.tFloor).toFixed(2)}x the floor's time (target <= 10x)`);
  // a page tagged with its language: the content script then gives that language (readingLanguage)
  const tagged = ['en', ...OTHER_LANGUAGES].map((lang) => ({
    lang,
    text: realText(sources, MB, lang, NEWS_SHARE).text,
  }));
  const taggedBytes = tagged.reduce((n, t) => n + t.text.length, 0);
  const [tTaggedFloor, tTagged] = timeEach(
    [
      () => {
        for (const t of tagged) floorScan(t.text);
      },
      () => {
        for (const t of tagged) b.extract(t.text, { lang: t.lang });
      },
    ],
    9,
  ) as [number, number];
  console.log(
    `  each language's passages among the same prose, 1 MB a language, read with that language given (a page tagged with its language, every lexicon loaded): ${mbps(taggedBytes, tTagged)} MB/s, ${(tTagged / tTaggedFloor).toFixed(2)}x the floor`,
  );
  console.log(
    `  English alone, ${describe(english, `the ${english.passages} English passages`)}, only English loaded (an English page): ${mbps(english.text.length, en.tExtract)} MB/s, ${(en.tExtract / en.tFloor).toFixed(2)}x the floor; ${en.figures} figures`,
  );
  console.log(
    `  generated news-like text, ${(synthetic.length / MB).toFixed(1)} MB, one number per ${Math.round(synthetic.length / syn.numbers)} chars, English only: ${mbps(synthetic.length, syn.tExtract)} MB/s, ${(syn.tExtract / syn.tFloor).toFixed(2)}x the floor (target <= 4x); ${syn.figures} figures`,
  );
  // compromise reads English only: set against extraction of the same English text, and of the generated text
  const nlpOf = (text: string): number => {
    const slice = text.slice(0, 100_000);
    return slice.length / MB / (time(() => nlp(slice).numbers().json(), 2) / 1000);
  };
  const [nlpReal, nlpSyn] = [nlpOf(english.text), nlpOf(synthetic)];
  const enMbps = english.text.length / MB / (en.tExtract / 1000);
  const synMbps = synthetic.length / MB / (syn.tExtract / 1000);
  console.log(
    `  compromise numbers() on 100 KB: ${nlpReal.toFixed(3)} MB/s on the English real text, so English alone is ${(enMbps / nlpReal).toFixed(0)}x faster and the main figure ${(realMbps / nlpReal).toFixed(0)}x; ${nlpSyn.toFixed(3)} MB/s on the generated text, ${(synMbps / nlpSyn).toFixed(0)}x (target >= 500x)`,
  );
  const news = mixed.text.slice(0, MB);
  const tNews = time(() => b.extract(news), 7);
  let worst = 0;
  console.log(`  adversarial 1 MB vs 1 MB of the real text, every lexicon loaded (${tNews.toFixed(1)} ms):`);
  for (const [name, adv] of Object.entries(adversarial(MB))) {
    const t = time(() => b.extract(adv), 3);
    worst = Math.max(worst, t / tNews);
    console.log(`    ${name.padEnd(22)} ${t.toFixed(1)} ms  ${(t / tNews).toFixed(2)}x`);
  }
  console.log(`  worst adversarial ratio: ${worst.toFixed(2)}x (target <= 3x)`);
  // every language loaded: English text read with language detection per sentence
  const tAll = time(() => b.extract(synthetic), 5);
  const tAllEn = time(() => b.extract(synthetic, { lang: 'en' }), 5);
  const all = b.extract(synthetic).length;
  console.log(
    `  every language loaded, generated English text, no lang given: ${mbps(synthetic.length, tAll)} MB/s, ${(tAll / synAlone).toFixed(2)}x English alone (target <= 1.5x); ${all === syn.figures ? 'same' : `${all} vs ${syn.figures}`} figures; with lang 'en' ${(tAllEn / synAlone).toFixed(2)}x`,
  );
  b.dispose();
}
