/**
 * Runs the number specs of Microsoft Recognizers-Text (../shared/peer-specs/recognizers-text)
 * through the number parser: `npm run conformance [-- LANG]` (English by default; German, Spanish
 * and French files are there for when their lexicons exist).
 *
 * NumberModel: the cases whose results are all integers or decimals. Skipped: fractions, powers,
 * ordinals, percentages and results without a subtype; cases with no expected result (they test
 * what a general recognizer must not read, e.g. "1m isn't a number"); cases the library's own
 * JavaScript port does not support (NotSupported includes "javascript").
 * NumberRangeModel: the count ranges this project reads (between/from..to, A-B, A to B, more/fewer
 * than, at least, up to, over, under, or more/or less). Skipped: equality and "or equal" forms,
 * two-sided comparisons ("larger than 10 and smaller than 20"), fractions, ordinals and negative
 * numbers, and cases with no expected result. NotSupported is ignored here: almost every range case
 * lists "javascript", which says nothing about this parser.
 * Prints the failures, then `N passed, N failed`.
 */
import { readFileSync } from 'node:fs';
import { parseNumbers, parseRanges } from '../lib/extract';
import { sharedPath } from './shared-path';

interface Result {
  Text: string;
  Start: number;
  End: number;
  Resolution?: { subtype?: string; value?: string };
}
interface Case {
  Input: string;
  Results?: Result[];
  NotSupported?: string;
}

const LANGS: Readonly<Record<string, string>> = { en: 'English', de: 'German', es: 'Spanish', fr: 'French' };
const lang = (process.argv[2] ?? 'en').toLowerCase();
const name = LANGS[lang];
if (!name) {
  console.error(`unknown language ${lang}; one of ${Object.keys(LANGS).join(', ')}`);
  process.exit(2);
}

const load = (model: string): Case[] =>
  JSON.parse(
    readFileSync(sharedPath('peer-specs', 'recognizers-text', `${name}-${model}.json`), 'utf8'),
  ) as Case[];
const close = (a: number, b: number): boolean => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));

let passed = 0;
let failed = 0;
const skipped: Record<string, number> = {};
const skip = (why: string): void => {
  skipped[why] = (skipped[why] ?? 0) + 1;
};
const report = (model: string, c: Case, expected: string, got: string): void => {
  failed++;
  console.log(`FAIL ${model} ${JSON.stringify(c.Input)}\n  expected ${expected}\n  got      ${got}`);
};

for (const c of load('NumberModel')) {
  const results = c.Results ?? [];
  if (results.length === 0) skip('number: no expected result');
  else if ((c.NotSupported ?? '').includes('javascript')) skip('number: not supported by javascript');
  else if (results.some((r) => r.Resolution?.subtype !== 'integer' && r.Resolution?.subtype !== 'decimal'))
    skip('number: fraction, power or other subtype');
  else {
    const got = parseNumbers(c.Input, lang);
    const want = results.map((r) => `${r.Start}:${r.Text.toLowerCase()}=${Number(r.Resolution?.value)}`);
    const have = got.map((n) => `${n.start}:${n.text.toLowerCase()}=${n.value}`);
    const ok =
      got.length === results.length &&
      results.every((r, i) => {
        const n = got[i];
        return n && n.start === r.Start && n.end === r.End + 1 && close(n.value, Number(r.Resolution?.value));
      });
    if (ok) passed++;
    else report('number', c, want.join(' '), have.join(' '));
  }
}

const EXCLUDED_RANGE = ['equal', '=', 'half', 'quarter', 'tenth', 'fifteenth', '/', 'negative', ' in 5'];

/** "[20,30)" -> low/high and whether each end is open. */
function interval(v: string): {
  low: number | null;
  high: number | null;
  openLow: boolean;
  openHigh: boolean;
} {
  const [a = '', b = ''] = v.slice(1, -1).split(',');
  return {
    low: a === '' ? null : Number(a),
    high: b === '' ? null : Number(b),
    openLow: v[0] === '(',
    openHigh: v.endsWith(')'),
  };
}

for (const c of load('NumberRangeModel')) {
  const results = c.Results ?? [];
  const texts = results.map((r) => r.Text.toLowerCase());
  if (results.length === 0) skip('range: no expected result');
  else if (
    texts.some(
      (t) => EXCLUDED_RANGE.some((x) => t.includes(x)) || /-\d/.test(t.replace(/\d\s*[-–]\s*\d/g, '')),
    )
  )
    skip('range: equality, fraction, ordinal or negative');
  else if (
    results.some((r) => {
      const iv = interval(r.Resolution?.value ?? '');
      const t = r.Text.toLowerCase();
      return (
        iv.low !== null &&
        iv.high !== null &&
        !/^(between|from)\b|\d\s*(-|–|~|to|through)\s*\d|\d\s*k?\s*[-–~]/.test(t)
      );
    })
  )
    skip('range: two-sided comparison');
  else {
    const got = parseRanges(c.Input, lang).filter((r) => r.qualifier !== 'exact');
    const ok =
      got.length === results.length &&
      results.every((r, i) => {
        const g = got[i];
        const iv = interval(r.Resolution?.value ?? '');
        if (!g || g.start !== r.Start || g.end !== r.End + 1) return false;
        if (iv.low !== null && iv.high !== null)
          return g.qualifier === 'range' && g.low === iv.low && g.high === iv.high;
        if (iv.low !== null)
          return (
            g.low === iv.low &&
            g.high === null &&
            (iv.openLow ? g.qualifier === 'moreThan' : g.qualifier === 'atLeast')
          );
        return (
          g.low === null &&
          g.high === iv.high &&
          (iv.openHigh ? g.qualifier === 'lessThan' : g.qualifier === 'atMost')
        );
      });
    if (ok) passed++;
    else
      report(
        'range',
        c,
        results.map((r) => `${r.Start}:${r.Text}=${r.Resolution?.value}`).join(' '),
        got.map((g) => `${g.start}:${g.text}=${g.qualifier}[${g.low},${g.high}]`).join(' '),
      );
  }
}

console.log('\nSkipped:');
for (const [why, n] of Object.entries(skipped)) console.log(`  ${n} ${why}`);
console.log(`${passed} passed, ${failed} failed`);
