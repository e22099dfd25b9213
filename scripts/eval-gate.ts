/**
 * What the page's gate (content/cue-gate.ts) would lose and what it keeps shut, read at run time
 * from ../shared: every passage of corpus/dev.jsonl with a figure must open it (with English and
 * the passage's language, as a page in that language loads them), and so must every text window
 * of the saved pages in which the extractor finds a figure; it prints how many would be lost, and
 * on how many of the figure-free saved pages the gate still opens (each loads the extractor).
 * Beside it, the same figures for the gate before it had tiers (any cue word within 300 characters
 * of a number), for comparison.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { lexiconCues } from '../background/lexicon-cues';
import { lexiconOf } from '../background/lexicon-specs';
import { CUE_REACH, cueNearNumber, FIRST_LOOK, type GateReach, type GateSearches } from '../content/cue-gate';
import { gateSearches } from '../content/gate-searches';
import { windowsOf } from '../content/scanner';
import { extractFigures } from '../lib/extract/all-languages';
import { searchesOf } from '../lib/extract/engine/lexicon-searches';
import { FIGURE_FREE_PAGES } from './eval-pages';
import { readHtmlBlocks } from './html-page';
import { repoRoot } from './shared-path';

type Gate = (text: string) => boolean;

/** How many figures the extractor finds in some passages. */
const foundIn = (ps: readonly Passage[]): number =>
  ps.reduce((n, p) => n + extractFigures(p.text, { lang: p.lang }).length, 0);

/** The gate of a page that loads English and `langs`, as content/start.ts builds it. */
function tieredGate(langs: string[], far?: GateReach): Gate {
  const asked = [...new Set(['en', ...langs])];
  const all = asked.flatMap((l) => {
    const cues = lexiconCues(l, asked);
    return cues ? [{ cues, numbers: cues.numbers }] : [];
  });
  const searches = gateSearches(all) as GateSearches;
  return (text) => cueNearNumber(text, searches, far);
}

/** The gate before tiers: any word of the cue filter within CUE_REACH of a number. */
function untieredGate(langs: string[]): Gate {
  const lexicons = [...new Set(['en', ...langs])].flatMap((l) => lexiconOf(l) ?? []);
  const either = (rs: RegExp[]) => rs.map((r) => `(?:${r.source})`).join('|');
  const cues = new RegExp(either(lexicons.map((l) => searchesOf(l).cues)), 'gi');
  const numbers = new RegExp(either(lexicons.map((l) => searchesOf(l).trig.search)), 'i');
  return (text) => {
    cues.lastIndex = 0;
    for (let m = cues.exec(text); m; m = cues.exec(text)) {
      if (m[0].length === 0) cues.lastIndex++;
      const window = text.slice(Math.max(m.index - CUE_REACH, 0), cues.lastIndex + CUE_REACH);
      if (numbers.test(window)) return true;
    }
    return false;
  };
}

const GATES = { tiered: tieredGate, untiered: untieredGate };
type Name = keyof typeof GATES;

interface Passage {
  id: string;
  lang: string;
  text: string;
  figures: unknown[];
}

/** Prints the gate's losses on the corpus and the saved pages; returns how many figures the extractor finds that the tiered gate loses. */
export async function evalGate(): Promise<number> {
  const shared = resolve(repoRoot, '..', 'shared');
  const corpusFile = resolve(shared, 'corpus', 'dev.jsonl');
  if (!existsSync(corpusFile)) {
    console.error(
      `gate: ${corpusFile} is absent (../shared comes with the Claimline workplace); nothing was checked`,
    );
    process.exit(1);
  }
  const passages = readFileSync(corpusFile, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Passage)
    .filter((p) => p.figures.length > 0);
  const lost = { tiered: [] as Passage[], untiered: [] as Passage[] };
  for (const p of passages)
    for (const name of Object.keys(GATES) as Name[]) if (!GATES[name]([p.lang])(p.text)) lost[name].push(p);
  const figures = passages.reduce((n, p) => n + p.figures.length, 0);
  console.log(`corpus/dev.jsonl: ${passages.length} passages with ${figures} figures`);
  for (const name of Object.keys(GATES) as Name[]) {
    const n = lost[name].reduce((s, p) => s + p.figures.length, 0);
    // what the extractor itself would find in them, had the gate let them through
    const found = foundIn(lost[name]);
    console.log(
      `  ${name.padEnd(9)} gate loses ${lost[name].length} passages, ${n} figures (the extractor finds ${found} in them)${lost[name].length ? `: ${lost[name].map((p) => p.id).join(' ')}` : ''}`,
    );
  }
  const pagesDir = resolve(shared, 'pages');
  if (!existsSync(pagesDir)) {
    console.error(`gate: ${pagesDir} is absent; the saved pages were not checked`);
    return foundIn(lost.tiered);
  }
  let figureWindows = 0;
  const missed = { tiered: 0, untiered: 0 };
  const opened = { tiered: [] as string[], untiered: [] as string[] };
  /** pages whose first look (their whole text) shuts the gate though a block of them opens it */
  const shutByLook: string[] = [];
  const lookOpens: string[] = [];
  for (const file of readdirSync(pagesDir).filter((n) => n.endsWith('.html'))) {
    const name = file.replace(/\.html$/, '');
    const {
      blocks,
      langs,
      text: whole,
    } = await readHtmlBlocks(readFileSync(resolve(pagesDir, file), 'utf8'));
    const looks = tieredGate(langs, FIRST_LOOK)(whole);
    if (looks && FIGURE_FREE_PAGES.includes(name)) lookOpens.push(name);
    const gates = { tiered: tieredGate(langs), untiered: untieredGate(langs) };
    const open = { tiered: false, untiered: false };
    for (const block of blocks)
      for (const [from, to] of windowsOf(block)) {
        const text = block.slice(from, to);
        const hasFigure = extractFigures(text).length > 0;
        if (hasFigure) figureWindows++;
        for (const g of Object.keys(GATES) as Name[]) {
          if (open[g] && !hasFigure) continue;
          const opens = gates[g](text);
          open[g] ||= opens;
          if (hasFigure && !opens) missed[g]++;
        }
      }
    for (const g of Object.keys(GATES) as Name[])
      if (open[g] && FIGURE_FREE_PAGES.includes(name)) opened[g].push(name);
    if (open.tiered && !looks) shutByLook.push(name);
  }
  console.log(`saved pages: ${figureWindows} text windows with a figure the extractor finds`);
  for (const g of Object.keys(GATES) as Name[])
    console.log(
      `  ${g.padEnd(9)} gate misses ${missed[g]} of them; opens on ${opened[g].length} of ${FIGURE_FREE_PAGES.length} figure-free pages: ${opened[g].join(' ')}`,
    );
  console.log(
    `  first look (a page's whole text): shut on ${shutByLook.length} pages whose blocks open the gate${shutByLook.length ? `: ${shutByLook.join(' ')}` : ''}; opens on ${lookOpens.length} of ${FIGURE_FREE_PAGES.length} figure-free pages`,
  );
  return foundIn(lost.tiered) + missed.tiered + shutByLook.length;
}
