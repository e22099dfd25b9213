import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { Claim } from '../claims/claim';
import { validateClaim } from '../claims/validate';
import { METRICS } from '../extract/types';
import { exportCsv } from './export-csv';
import { exportJson } from './export-json';
import { parseImport } from './parse-import';

/** Cases per property; `FUZZ_RUNS=100000 npx vitest run lib/io/fuzz` for a long run. */
const RUNS = Number(process.env.FUZZ_RUNS ?? 300);
const TIMEOUT = 10_000 + RUNS * 5;

const risky = fc.oneof(
  fc.string({ maxLength: 60 }),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc.constantFrom(
    '=1+2',
    '+44 1',
    '-x',
    '@SUM(A1)',
    "'=already",
    "''",
    '"quoted", yes',
    'line\nbreak',
    'a\r\nb',
    '\u2028',
  ),
);
const maybe = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: null });
const day = fc
  .date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

/** Claims as the database holds them: generated freely, kept when the validator accepts them. */
const storedClaim: fc.Arbitrary<Claim> = fc
  .record({
    id: fc.oneof(fc.uuid(), fc.string({ minLength: 1, maxLength: 30 })),
    subject: maybe(fc.constantFrom('gaza-war-casualties', 'test-war')),
    party: maybe(fc.constantFrom('north-korea', 'sudan')),
    metric: fc.constantFrom(...METRICS),
    low: fc.nat({ max: 1e9 }),
    claimedBy: risky,
    claimDate: day,
    cumulative: fc.boolean(),
    via: maybe(risky),
    place: maybe(risky),
    sourceName: maybe(risky),
    quote: maybe(risky),
    note: maybe(risky),
    origin: fc.constantFrom('seed', 'page', 'manual', 'import'),
    createdAt: fc.constant('2026-01-01T00:00:00.000Z'),
    updatedAt: fc.constant('2026-02-01T00:00:00.000Z'),
  })
  .map((r) => validateClaim({ ...r, high: r.low, qualifier: 'exact' }).claim)
  .filter((c): c is Claim => c !== undefined);

const bytes = (s: string) => new TextEncoder().encode(s);

describe('importers under fuzzing', () => {
  it(
    'JSON export round-trips any stored claims exactly',
    () => {
      fc.assert(
        fc.property(fc.uniqueArray(storedClaim, { selector: (c) => c.id, maxLength: 8 }), (claims) => {
          const p = parseImport(bytes(exportJson(claims)), 'x.json');
          expect(p.ok && p.errors).toEqual([]);
          expect(p.ok && p.records).toEqual(claims);
        }),
        { numRuns: RUNS },
      );
    },
    TIMEOUT,
  );

  it(
    'CSV export round-trips any stored claims exactly, and never starts a cell with a formula',
    () => {
      fc.assert(
        fc.property(
          fc.uniqueArray(storedClaim, { selector: (c) => c.id, minLength: 1, maxLength: 8 }),
          (claims) => {
            const csv = exportCsv(claims);
            const cells = Papa.parse<string[]>(csv, { delimiter: ',' }).data.flat();
            expect(cells.filter((cell) => /^[=+\-@\t\r]/.test(cell))).toEqual([]);
            const p = parseImport(bytes(csv), 'x.csv');
            expect(p.ok && p.errors).toEqual([]);
            expect(p.ok && p.records).toEqual(claims);
          },
        ),
        { numRuns: RUNS },
      );
    },
    TIMEOUT,
  );

  it(
    'never throws on arbitrary bytes or text; every record it accepts is valid',
    () => {
      const input = fc.oneof(
        fc.uint8Array({ maxLength: 300 }),
        fc.string({ maxLength: 300 }).map(bytes),
        fc.json({ maxDepth: 6 }).map(bytes),
        fc
          .array(fc.dictionary(fc.string({ maxLength: 12 }), fc.jsonValue({ maxDepth: 2 })), { maxLength: 5 })
          .map((rows) => bytes(JSON.stringify(rows))),
      );
      fc.assert(
        fc.property(input, fc.constantFrom('x.json', 'x.csv', 'x.jsonl', 'x'), (raw, name) => {
          const p = parseImport(raw, name);
          if (!p.ok) expect(p.error.length).toBeGreaterThan(0);
          else for (const r of p.records) expect(validateClaim(r).errors).toEqual([]);
        }),
        { numRuns: RUNS },
      );
    },
    TIMEOUT,
  );
});
