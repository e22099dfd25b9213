/**
 * Scores the extraction engine on ../shared/corpus/dev.jsonl by the rules of its README: a
 * prediction matches a gold figure when their ranges overlap; strict when low, high and metric are
 * also equal. Prints precision/recall/F1 (strict), detection F1 and party accuracy, overall and per
 * language, then the misses and false alarms (English in full, other languages summarized).
 *
 * A fixed fifth of the passages (chosen by a hash of the id, the same every run) is the fold: it is
 * scored apart and its misses are never printed, so rules are written from the other four fifths
 * and the fold forecasts the score on news nobody read. `--fold` prints the fold's table only.
 * `--file PATH` scores another set of passages in the same line format, by the same rules.
 * `--pages` counts the false marks on the real pages without figures instead (eval-pages.ts);
 * `--gate` checks the page's gate against the corpus and the saved pages (eval-gate.ts).
 */
import { readFileSync } from 'node:fs';
import { extractFigures } from '../lib/extract/all-languages';
import type { Figure } from '../lib/extract/types';
import { evalGate } from './eval-gate';
import { evalPages } from './eval-pages';
import { sharedPath } from './shared-path';

if (process.argv.includes('--pages')) {
  await evalPages();
  process.exit(0);
}
if (process.argv.includes('--gate')) process.exit((await evalGate()) > 0 ? 1 : 0);

interface Gold {
  span: string;
  start: number;
  low: number | null;
  high: number | null;
  qualifier: string;
  metric: string;
  party: string | null;
}
interface Passage {
  id: string;
  lang: string;
  text: string;
  figures: Gold[];
}
interface Tally {
  gold: number;
  pred: number;
  overlap: number;
  strict: number;
  partyOk: number;
  emptyPassages: number;
  emptyAlarms: number;
}

const overlaps = (g: Gold, p: Figure): boolean => p.start < g.start + g.span.length && g.start < p.end;
const strictOk = (g: Gold, p: Figure): boolean =>
  g.low === p.low && g.high === p.high && g.metric === p.metric;
const f1 = (p: number, r: number): number => (p + r === 0 ? 0 : (2 * p * r) / (p + r));
const fmt = (x: number): string => x.toFixed(3);
const show = (f: Gold | Figure): string => {
  const span = 'span' in f ? f.span : f.text;
  return `"${span}" [${f.low}, ${f.high}] ${f.qualifier} ${f.metric} ${f.party ?? 'null'}`;
};

// `--file PATH` scores another set in the same line format (a blind reading, for example)
const fileAt = process.argv.indexOf('--file');
const corpusFile = fileAt > 0 ? process.argv[fileAt + 1] : undefined;
if (fileAt > 0 && !corpusFile) {
  console.error('usage: npm run eval -- --file PATH.jsonl');
  process.exit(2);
}
const passages: Passage[] = readFileSync(corpusFile ?? sharedPath('corpus', 'dev.jsonl'), 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as Passage);

/** FNV-1a of the id: which passages are the fold does not depend on the order or number of the others. */
function inFold(id: string): boolean {
  if (corpusFile) return false; // another set is read whole: it is all held out already
  let h = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(id)) h = Math.imul(h ^ byte, 0x01000193) >>> 0;
  return h % 5 === 0;
}

const tallies = new Map<string, Tally>();
const notes = new Map<string, string[]>();
const tally = (lang: string): Tally => {
  let t = tallies.get(lang);
  if (!t) {
    t = { gold: 0, pred: 0, overlap: 0, strict: 0, partyOk: 0, emptyPassages: 0, emptyAlarms: 0 };
    tallies.set(lang, t);
  }
  return t;
};

for (const ps of passages) {
  const pred = extractFigures(ps.text, { lang: ps.lang });
  const lines: string[] = [];
  const used = new Set<number>();
  // the fold's tallies are kept apart, under "fold:<lang>", and its lines are not kept at all
  const fold = inFold(ps.id);
  const key = (lang: string) => (fold ? `fold:${lang}` : lang);
  const tallyOf = (lang: string) => tally(key(lang));
  for (const t of [tallyOf(ps.lang), tallyOf('all')]) {
    t.gold += ps.figures.length;
    t.pred += pred.length;
    if (ps.figures.length === 0) {
      t.emptyPassages++;
      t.emptyAlarms += pred.length;
    }
  }
  for (const g of ps.figures) {
    const cands = pred.map((p, i) => ({ p, i })).filter(({ p, i }) => !used.has(i) && overlaps(g, p));
    const best = cands.find(({ p }) => strictOk(g, p)) ?? cands[0];
    if (!best) {
      lines.push(`  miss        ${show(g)}`);
      continue;
    }
    used.add(best.i);
    const strict = strictOk(g, best.p);
    const partyOk = strict && g.party === best.p.party;
    for (const t of [tallyOf(ps.lang), tallyOf('all')]) {
      t.overlap++;
      if (strict) t.strict++;
      if (partyOk) t.partyOk++;
    }
    if (!strict) lines.push(`  wrong       gold ${show(g)}\n              got  ${show(best.p)}`);
    else if (!partyOk) lines.push(`  party       gold ${show(g)} got party ${best.p.party ?? 'null'}`);
  }
  pred.forEach((p, i) => {
    if (!used.has(i))
      lines.push(`  false alarm ${show(p)}${ps.figures.length === 0 ? '  (passage has no figures)' : ''}`);
  });
  if (lines.length && !fold) {
    const list = notes.get(ps.lang) ?? [];
    list.push(`${ps.id}:`, ...lines);
    notes.set(ps.lang, list);
  }
}

const langs = [...new Set(passages.map((p) => p.lang))].sort((a, b) =>
  a === 'en' ? -1 : b === 'en' ? 1 : a.localeCompare(b),
);
const foldOnly = process.argv.includes('--fold');

function printTable(title: string, prefix: string): void {
  console.log(title);
  console.log('lang   gold  pred   P(strict) R(strict) F1(strict)  F1(detect)  party-acc  alarms-in-empty');
  for (const lang of ['all', ...langs]) {
    const t = tally(`${prefix}${lang}`);
    const p = t.pred ? t.strict / t.pred : 0;
    const r = t.gold ? t.strict / t.gold : 0;
    const dp = t.pred ? t.overlap / t.pred : 0;
    const dr = t.gold ? t.overlap / t.gold : 0;
    const party = t.strict ? t.partyOk / t.strict : 0;
    console.log(
      `${lang.padEnd(5)} ${String(t.gold).padStart(5)} ${String(t.pred).padStart(5)}   ${fmt(p).padStart(9)} ${fmt(r).padStart(9)} ${fmt(f1(p, r)).padStart(10)}  ${fmt(f1(dp, dr)).padStart(10)}  ${fmt(party).padStart(9)}  ${t.emptyAlarms} in ${t.emptyPassages}`,
    );
  }
}

const foldCount = passages.filter((p) => inFold(p.id)).length;
if (corpusFile) printTable(`${corpusFile}: ${passages.length} passages`, '');
else if (!foldOnly) printTable(`dev: the ${passages.length - foldCount} passages rules are written from`, '');
if (!corpusFile)
  printTable(`${foldOnly ? '' : '\n'}fold: ${foldCount} held-out passages (misses never printed)`, 'fold:');
if (!foldOnly && !corpusFile) {
  const strictF1 = (prefix: string) => {
    const t = tally(`${prefix}all`);
    const p = t.pred ? t.strict / t.pred : 0;
    const r = t.gold ? t.strict / t.gold : 0;
    return f1(p, r);
  };
  const gap = strictF1('') - strictF1('fold:');
  console.log(
    `\nstrict F1 dev ${fmt(strictF1(''))}, fold ${fmt(strictF1('fold:'))}: gap ${fmt(gap)}${gap > 0.05 ? ' (over 0.05: rules are fitting sentences)' : ''}`,
  );
}
if (foldOnly) process.exit(0);
console.log('\nEnglish misses, wrong values and false alarms:');
console.log((notes.get('en') ?? ['  none']).join('\n'));
if (process.argv.includes('--all'))
  for (const lang of langs.filter((l) => l !== 'en'))
    console.log(`\n${lang}:\n${(notes.get(lang) ?? ['  none']).join('\n')}`);
console.log('\nOther languages (summary):');
for (const lang of langs.filter((l) => l !== 'en')) {
  const list = notes.get(lang) ?? [];
  const count = (kind: string): number => list.filter((l) => l.trimStart().startsWith(kind)).length;
  console.log(
    `  ${lang}: ${count('miss')} missed, ${count('wrong')} wrong, ${count('party')} wrong party, ${count('false alarm')} false alarms`,
  );
}
