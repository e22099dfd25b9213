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
import { parseNumbers, parseRanges } from '../lib/extract/all-languages';
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
const arg = (process.argv[2] ?? 'en').toLowerCase();
const lang = Object.keys(LANGS).find((k) => k === arg || LANGS[k]?.toLowerCase() === arg) ?? arg;
const name = LANGS[lang];
if (!name) {
  console.error(`unknown language ${lang}; one of ${Object.keys(LANGS).join(', ')}`);
  process.exit(2);
}

const load = (model: string): Case[] =>
  JSON.parse(
    readFileSync(sharedPath('peer-specs', 'recognizers-text', `${name}-${model}.json`), 'utf8').replace(
      /^\uFEFF/,
      '',
    ),
  ) as Case[];
/** Values are written with the language's decimal mark: "2,35" in German, Spanish and French. */
const num = (v: string | undefined): number => Number(lang === 'en' ? v : (v ?? '').replace(',', '.'));
/**
 * The German file gives no subtype and marks nearly every case NotSupported for javascript (the
 * library's JavaScript port has no German at all), so for German: a result is an integer or a
 * decimal when its value is a number and its text no fraction word ("halb", "drittel", "1/2").
 */
const FRACTION = /halb|drittel|viertel|\/|[½⅙¼¾]/;
const subtypeOf = (r: Result): string | undefined =>
  r.Resolution?.subtype ??
  (lang === 'de' && !FRACTION.test(r.Text.toLowerCase()) && Number.isFinite(num(r.Resolution?.value))
    ? Number.isInteger(num(r.Resolution?.value))
      ? 'integer'
      : 'decimal'
    : undefined);
/** The end of a result: its start plus its text (the files differ on whether End is inclusive). */
const end = (r: Result): number => r.Start + r.Text.length;
const close = (a: number, b: number): boolean => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));

let passed = 0;
let numberCases = 0;
let numberPassed = 0;
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
  else if (lang !== 'de' && (c.NotSupported ?? '').includes('javascript'))
    skip('number: not supported by javascript');
  else if (results.some((r) => subtypeOf(r) !== 'integer' && subtypeOf(r) !== 'decimal'))
    skip('number: fraction, power or other subtype');
  else {
    const got = parseNumbers(c.Input, lang);
    const want = results.map((r) => `${r.Start}:${r.Text.toLowerCase()}=${num(r.Resolution?.value)}`);
    const have = got.map((n) => `${n.start}:${n.text.toLowerCase()}=${n.value}`);
    const ok =
      got.length === results.length &&
      results.every((r, i) => {
        const n = got[i];
        return n && n.start === r.Start && n.end === end(r) && close(n.value, num(r.Resolution?.value));
      });
    numberCases++;
    if (ok) {
      passed++;
      numberPassed++;
    } else report('number', c, want.join(' '), have.join(' '));
  }
}

const EXCLUDED_RANGE = [
  'equal',
  'igual',
  'égal',
  'gleich',
  '=',
  'half',
  'quarter',
  'tenth',
  'fifteenth',
  '/',
  'negative',
  ' in 5',
];

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
        if (!g || g.start !== r.Start || g.end !== end(r)) return false;
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
console.log(
  `${name} integer and decimal cases: ${numberPassed}/${numberCases} passed (${((100 * numberPassed) / Math.max(1, numberCases)).toFixed(1)}%)`,
);
console.log(`${passed} passed, ${failed} failed`);
