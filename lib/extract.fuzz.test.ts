import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractFigures } from './extract';
import type { Figure } from './extract/types';

/** Cases per property; `npm run fuzz` runs 100,000. */
const RUNS = Number(process.env.FUZZ_RUNS ?? 300);
const TIMEOUT = 10_000 + RUNS * 2;

const WORDS = [
  'at least',
  'approximately',
  'more than',
  'up to',
  'nearly',
  'between',
  'and',
  'to',
  'from',
  'some',
  'about',
  'killed',
  'wounded',
  'dead',
  'casualties',
  'troops',
  'soldiers',
  'deployed',
  'captured',
  'missing',
  'including',
  'North Korean',
  'Russian',
  'Palestinians',
  'said',
  'according to',
  'thousand',
  'million',
  'dozens',
  'hundreds',
  'tens of thousands',
  'of',
  'a',
  'two',
  'twenty-one',
  'or so',
  '+',
  '-',
  '–',
  ',',
  '.',
  '%',
  '$',
  'km',
  '2024',
  '1,234',
  '4.7',
  '15K',
  '1 234',
  '1\u00a0234',
  '1\u2009234',
  '00',
  '1,1,1',
  '9999999999999999999999',
  '\n',
  '  ',
];
const sentence = fc.array(
  fc.oneof(fc.constantFrom(...WORDS), fc.integer({ min: 0, max: 10_000_000 }).map(String)),
  {
    maxLength: 40,
  },
);
const text = fc.oneof(
  sentence.map((w) => w.join(' ')),
  sentence.map((w) => w.join('')), // no spaces
  fc.string({ maxLength: 200 }),
  fc.string({ unit: 'grapheme', maxLength: 100 }),
);

function check(input: string, figures: Figure[]) {
  let previousEnd = -1;
  for (const f of figures) {
    expect(f.start).toBeGreaterThanOrEqual(0);
    expect(f.end).toBeLessThanOrEqual(input.length);
    expect(f.start).toBeLessThan(f.end);
    expect(input.slice(f.start, f.end)).toBe(f.text);
    expect(f.start).toBeGreaterThanOrEqual(previousEnd); // in order, never overlapping
    previousEnd = f.end;
    if (f.low !== null && f.high !== null) expect(f.low).toBeLessThanOrEqual(f.high);
    for (const b of [f.low, f.high]) if (b !== null) expect(Number.isFinite(b) && b >= 0).toBe(true);
  }
}

describe('extractFigures under fuzzing', () => {
  it(
    'never throws, and every figure is a well-formed slice of the text',
    () => {
      fc.assert(
        fc.property(
          text,
          fc.constantFrom(undefined, 'en', 'de', 'fr', 'es', 'ru', 'uk', 'xx'),
          (input, lang) => {
            check(input, extractFigures(input, { lang }));
          },
        ),
        { numRuns: RUNS },
      );
    },
    TIMEOUT,
  );
});
