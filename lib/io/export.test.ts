import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { SEED_CLAIMS } from '../../seeds';
import { makeClaim } from '../claims/test-claims';
import { validateClaims } from '../claims/validate';
import { exportCsv } from './export-csv';
import { exportJson } from './export-json';
import { parseImport } from './parse-import';

const bytes = (s: string) => new TextEncoder().encode(s);
const NOW = () => '2026-11-27T08:00:00.000Z';

const tricky = [
  makeClaim({
    claimDate: '2025-01-13',
    note: '=HYPERLINK("http://evil.example","click")',
    via: '+44 20 7946 0000',
    place: '-Kursk',
    sourceName: '@handle',
    quote: 'He said, "about 300",\nthen left.',
  }),
  makeClaim({ claimDate: '2025-02-01', note: "'=already quoted", place: '\tTabbed', quote: '\rCarriage' }),
  makeClaim({
    claimDate: '2025-03-01',
    low: 10,
    high: 20,
    best: 14,
    qualifier: 'range',
    cumulative: false,
    note: 'Ünïcödé — ✓ 🚩',
  }),
];

/** Records as the database holds them: every one has passed the validator (which trims text). */
const stored = [...SEED_CLAIMS, ...validateClaims(tricky).records];

describe('JSON export', () => {
  it('writes the named, versioned envelope', () => {
    const env = JSON.parse(exportJson(tricky, NOW));
    expect(env).toMatchObject({ format: 'claimline-claims', version: 1, exportedAt: NOW() });
    expect(env.claims).toHaveLength(3);
  });

  it('round-trips every seed and tricky claim exactly', () => {
    const parsed = parseImport(bytes(exportJson(stored, NOW)), 'x.json');
    expect(parsed.ok && parsed.errorCount).toBe(0);
    expect(parsed.ok && parsed.format).toBe('claimline-json');
    expect(parsed.ok && parsed.records).toEqual(stored);
  });
});

describe('CSV export', () => {
  const csv = exportCsv(tricky);
  const cells = Papa.parse<string[]>(csv.trim()).data;
  const header = cells[0] as string[];
  const cell = (row: number, col: string) => (cells[row] as string[])[header.indexOf(col)];

  it('has a header row with every field', () => {
    expect(header).toContain('claimDate');
    expect(header).toHaveLength(27);
  });

  it('neutralises cells a spreadsheet would run as formulas', () => {
    expect(cell(1, 'note')).toBe(`'=HYPERLINK("http://evil.example","click")`);
    expect(cell(1, 'via')).toBe("'+44 20 7946 0000");
    expect(cell(1, 'place')).toBe("'-Kursk");
    expect(cell(1, 'sourceName')).toBe("'@handle");
    expect(cell(2, 'place')).toBe("'\tTabbed");
    expect(cell(2, 'quote')).toBe("'\rCarriage");
    expect(cell(2, 'note')).toBe("''=already quoted");
    expect(cell(3, 'low')).toBe('10');
  });

  it('quotes quotes, commas and newlines', () => {
    expect(csv).toContain('"He said, ""about 300"",\nthen left."');
    expect(cell(1, 'quote')).toBe('He said, "about 300",\nthen left.');
  });

  it('imports back to the same records', () => {
    const parsed = parseImport(bytes(exportCsv(stored)), 'x.csv');
    expect(parsed.ok && parsed.errors).toEqual([]);
    expect(parsed.ok && parsed.records).toEqual(stored);
  });
});
