import { describe, expect, test } from 'vitest';
import { makeClaim } from '../claims/test-claims';
import { validateClaim } from '../claims/validate';
import { exportCsv } from './export-csv';
import { parseImport } from './parse-import';

const read = (text: string) => {
  const parsed = parseImport(new TextEncoder().encode(text), 'claims.csv', {
    now: () => '2026-12-02T10:00:00Z',
  });
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed;
};

describe('CSV files as spreadsheets write them', () => {
  test("Claimline's own export is read without doubt; its columns go to their fields", () => {
    const parsed = read(exportCsv([makeClaim({ id: 'a1', claimDate: '2026-11-02' })]));
    expect(parsed.csv?.doubt).toBe(false);
    expect(parsed.csv?.columns.every((c) => c.field === c.header)).toBe(true);
  });

  test('a file of labels, semicolons and an unknown column is in doubt: its mapping and first rows', () => {
    const rows = Array.from({ length: 8 }, (_, i) => `killed;exact;Amt;2026-10-0${i + 1};1.200;1.200;rot`);
    const parsed = read(
      ['Kennzahl;Einschränkung;Urheber;Datum der Angabe;Untergrenze;Obergrenze;Farbe', ...rows].join('\n'),
    );
    expect(parsed.csv).toMatchObject({ delimiter: ';', doubt: true });
    expect(parsed.csv?.columns).toEqual([
      { header: 'Kennzahl', field: 'metric' },
      { header: 'Einschränkung', field: 'qualifier' },
      { header: 'Urheber', field: 'claimedBy' },
      { header: 'Datum der Angabe', field: 'claimDate' },
      { header: 'Untergrenze', field: 'low' },
      { header: 'Obergrenze', field: 'high' },
      { header: 'Farbe', field: null },
    ]);
    // the ignored column is read into no field, and the records are all imported
    expect(parsed.records).toHaveLength(8);
    expect(parsed.records[0]).not.toHaveProperty('Farbe');
    expect(parsed.csv?.preview.map((p) => p.line)).toEqual([2, 3, 4, 5, 6]);
    expect(parsed.csv?.preview[0]?.record).toMatchObject({
      metric: 'killed',
      low: 1200,
      claimDate: '2026-10-01',
    });
  });

  test('a comma file with exact field names but one unknown column is in doubt', () => {
    const parsed = read('metric,qualifier,claimedBy,claimDate,colour\nkilled,exact,A,2026-10-01,red\n');
    expect(parsed.csv?.doubt).toBe(true);
    expect(parsed.csv?.columns.at(-1)).toEqual({ header: 'colour', field: null });
  });

  test('semicolons, as spreadsheets in German, Spanish, French, Russian and Ukrainian locales write', () => {
    const parsed = read(
      'metric;qualifier;claimedBy;claimDate;low;high\nkilled;exact;Ministry of Examplia;2026-11-02;53.977;53.977\n',
    );
    expect(parsed.errorCount).toBe(0);
    expect(parsed.records[0]).toMatchObject({ claimedBy: 'Ministry of Examplia', low: 53977, high: 53977 });
  });

  test('a comma file whose cells hold semicolons is still read by its commas', () => {
    const claim = makeClaim({ id: ';;', claimDate: '2026-11-02', quote: ';', claimedBy: '!' });
    const parsed = read(exportCsv([claim]));
    expect(parsed.errorCount).toBe(0);
    expect(parsed.records[0]).toMatchObject({ id: ';;', quote: ';', claimedBy: '!' });
  });

  test('a quoted "53,977" in a comma file is a number, grouped by its thousands', () => {
    const parsed = read(
      'metric,qualifier,claimedBy,claimDate,low,high\nkilled,exact,Monitor,2026-11-02,"53,977","53,977"\n',
    );
    expect(parsed.records[0]).toMatchObject({ low: 53977, high: 53977 });
  });

  test("the form's labels as headers, in the UI language the file was made in", () => {
    const german = read(
      'Kennzahl;Einschränkung;Urheber;Datum der Angabe;Untergrenze;Obergrenze\nkilled;approx;Gesundheitsamt;2026-10-01;1 200;1 200\n',
    );
    expect(german.records[0]).toMatchObject({ metric: 'killed', claimedBy: 'Gesundheitsamt', low: 1200 });
    const english = read(
      'Metric,Qualifier,Claimant,Claim date *,Low\nwounded,atLeast,Red Crescent,2026-10-03,40\n',
    );
    expect(english.records[0]).toMatchObject({ metric: 'wounded', claimedBy: 'Red Crescent', low: 40 });
  });

  test('numbers that are not counts are still named as errors, not guessed', () => {
    const parsed = read(
      'metric,qualifier,claimedBy,claimDate,low,high\nkilled,exact,Monitor,2026-11-02,"1,5",\n',
    );
    expect(parsed.errors[0]).toMatchObject({ line: 2, field: 'low' });
  });
});

describe('claim dates', () => {
  const claim = { metric: 'killed', qualifier: 'exact', low: 5, high: 5, claimedBy: 'Monitor' };
  const now = () => '2026-12-02T10:00:00Z';
  test('a claim date in the future is an error naming the field', () => {
    const { errors } = validateClaim({ ...claim, claimDate: '2031-01-01' }, { now });
    expect(errors).toMatchObject([{ field: 'claimDate', message: 'claimDate 2031-01-01 is in the future' }]);
  });
  test("today's and tomorrow's dates pass (time zones differ), the day after does not", () => {
    expect(validateClaim({ ...claim, claimDate: '2026-12-03' }, { now }).errors).toEqual([]);
    expect(validateClaim({ ...claim, claimDate: '2026-12-04' }, { now }).errors).toHaveLength(1);
  });
});
