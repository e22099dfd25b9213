import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractFigures } from './index';
import { parseNumbers } from './parse-number';

const pieces = [
  'about ',
  'at least ',
  'more than ',
  'nearly ',
  'between ',
  ' and ',
  ' to ',
  '-',
  ',',
  '.',
  ' ',
  '\n',
  '1,200',
  '3 400',
  '4.7',
  ' thousand',
  ' million',
  'k',
  'K',
  '+',
  '~',
  'twenty-one',
  ' hundred',
  'a dozen',
  'dozens of',
  'tens of thousands',
  ' soldiers',
  ' troops',
  ' were killed',
  ' wounded',
  ' Russian',
  ' Ukraine’s',
  ' casualties, including ',
  ' according to the ministry',
  ' said',
  '$',
  '%',
  '2023',
  'U.S.',
  'one',
  'of them',
];
const newsish = fc.array(fc.constantFrom(...pieces), { maxLength: 60 }).map((a) => a.join(''));
const anyText = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  newsish,
);

describe('extractFigures properties', () => {
  it('never throws', () => {
    fc.assert(
      fc.property(anyText, (text) => void extractFigures(text)),
      { numRuns: 500 },
    );
  });

  it('gives offsets inside the text whose slice is the figure text', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        for (const f of extractFigures(text)) {
          expect(f.start).toBeGreaterThanOrEqual(0);
          expect(f.end).toBeLessThanOrEqual(text.length);
          expect(f.start).toBeLessThan(f.end);
          expect(text.slice(f.start, f.end)).toBe(f.text);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('keeps low <= high when both are set, and figures in order without overlap', () => {
    fc.assert(
      fc.property(newsish, (text) => {
        let last = -1;
        for (const f of extractFigures(text)) {
          if (f.low !== null && f.high !== null) expect(f.low).toBeLessThanOrEqual(f.high);
          expect(f.low !== null || f.high !== null).toBe(true);
          expect(f.start).toBeGreaterThanOrEqual(last);
          last = f.end;
        }
      }),
      { numRuns: 500 },
    );
  });

  it('finds the same figures in a passage wherever it sits in a longer text', () => {
    const base = 'At least 300 soldiers were killed and 40 were wounded.';
    fc.assert(
      fc.property(
        fc.string({ maxLength: 2000 }).map((s) => s.replace(/[0-9]/g, 'x')),
        (pad) => {
          const text = `${pad}\n${base}`;
          const found = extractFigures(text).filter((f) => f.start > pad.length);
          expect(found.map((f) => [f.text, f.metric])).toEqual([
            ['At least 300', 'killed'],
            ['40', 'wounded'],
          ]);
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe('parseNumbers properties', () => {
  it('reads back any integer written with thousands separators', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999_999_999_999 }), (n) => {
        expect(parseNumbers(n.toLocaleString('en-US')).map((x) => x.value)).toEqual([n]);
      }),
    );
  });
});
