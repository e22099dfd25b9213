import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import './all-languages';
import { extractFigures, parseNumbers } from './index';

const pieces = [
  'около ',
  'более ',
  'понад ',
  'щонайменше ',
  'mindestens ',
  'bis zu ',
  'al menos ',
  'más de ',
  "qu'environ ",
  'au moins ',
  '3.000',
  '3 000',
  '3,5',
  '4,7 тыс.',
  ' тисяч',
  ' Tausend',
  ' mil millones',
  ' mille',
  'quatre-vingt-dix-neuf',
  'zweihunderteinundzwanzig',
  'трех тысяч',
  "п'ять",
  ' военных',
  ' солдат',
  ' військових',
  ' Soldaten',
  ' soldados',
  ' soldats',
  ' погибли',
  ' загинули',
  ' поранені',
  ' getötet',
  ' verwundet',
  ' muertos',
  ' heridos',
  ' tués',
  ' blessés',
  ' российских',
  ' nordkoreanische',
  ' nord-coréens',
  ', ',
  '. ',
  '\n',
  ' и ',
  ' y ',
  ' et ',
  ' und ',
  '-',
  '—',
  '31. Januar 2019',
  ' de ',
];
const mixed = fc.array(fc.constantFrom(...pieces), { maxLength: 60 }).map((a) => a.join(''));
const langs = fc.constantFrom(undefined, 'auto', 'en', 'de', 'es', 'fr', 'ru', 'uk');

describe('every language: properties', () => {
  it('never throws; offsets inside the text; low <= high; in order', () => {
    fc.assert(
      fc.property(fc.oneof(mixed, fc.string({ maxLength: 200 })), langs, (text, lang) => {
        let last = -1;
        for (const f of extractFigures(text, { lang })) {
          expect(text.slice(f.start, f.end)).toBe(f.text);
          expect(f.start).toBeLessThan(f.end);
          if (f.low !== null && f.high !== null) expect(f.low).toBeLessThanOrEqual(f.high);
          expect(f.start).toBeGreaterThanOrEqual(last);
          last = f.end;
        }
      }),
      { numRuns: 600 },
    );
  });

  it('reads back any integer written with dots or spaces as thousands separators', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1000, max: 999_999_999 }),
        fc.constantFrom('de', 'es', 'fr', 'ru', 'uk'),
        (n, lang) => {
          const sep = lang === 'fr' ? '\u202f' : '.';
          const written = n.toLocaleString('en-US').replaceAll(',', sep);
          expect(parseNumbers(written, lang).map((x) => x.value)).toEqual([n]);
        },
      ),
    );
  });
});
