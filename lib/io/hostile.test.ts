import { describe, expect, it } from 'vitest';
import { makeClaim } from '../claims/test-claims';
import { exportCsv } from './export-csv';
import { exportJson } from './export-json';
import { type ParsedImport, parseImport } from './parse-import';
import { MAX_DEPTH } from './parse-json';

const bytes = (s: string) => new TextEncoder().encode(s);
const good = makeClaim({ claimDate: '2025-01-13' });
const envelope = (claims: unknown[]) =>
  JSON.stringify({ format: 'claimline-claims', version: 1, exportedAt: '2026-01-01T00:00:00Z', claims });

function fileError(p: ParsedImport): string {
  if (p.ok) throw new Error(`expected a file error, got ${p.records.length} records`);
  return p.error;
}
function rowErrors(p: ParsedImport): string[] {
  if (!p.ok) throw new Error(`expected row errors, got file error ${p.error}`);
  return p.errors.map((e) => `${p.unit} ${e.line}: ${e.field}: ${e.message}`);
}

describe('hostile imports get a clear error', () => {
  it('invalid UTF-8', () => {
    const raw = new Uint8Array([...bytes('id,claimDate\n1,'), 0xff, 0xfe, 0x41]);
    expect(fileError(parseImport(raw, 'x.csv'))).toMatch(/not valid UTF-8.*offset 15/);
  });

  it('a byte-order mark is dropped, not an error', () => {
    const p = parseImport(new Uint8Array([0xef, 0xbb, 0xbf, ...bytes(envelope([good]))]), 'x.json');
    expect(p.ok && p.records).toEqual([good]);
  });

  it('deeply nested JSON, without overflowing the stack', () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    expect(fileError(parseImport(bytes(deep), 'x.json'))).toMatch(`nested more than ${MAX_DEPTH} levels`);
    const inRecord = envelope([{ ...good, note: JSON.parse(`${'['.repeat(40)}${']'.repeat(40)}`) }]);
    expect(fileError(parseImport(bytes(inRecord), 'x.json'))).toMatch(/nested/);
  });

  it('__proto__, constructor and prototype keys', () => {
    const text = `[${JSON.stringify(good).replace('{', '{"__proto__":{"polluted":true},')},${JSON.stringify({ ...good, id: 'b', constructor: { prototype: { x: 1 } } })}]`;
    const p = parseImport(bytes(text), 'x.json');
    expect(rowErrors(p)).toEqual([
      "record 1: __proto__: the key '__proto__' is not allowed in a claim",
      "record 2: constructor: the key 'constructor' is not allowed in a claim",
    ]);
    expect(p.ok && p.records).toEqual([]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(
      fileError(parseImport(bytes('__proto__,metric,qualifier,claimedBy,claimDate\n'), 'x.csv')),
    ).toMatch("forbidden column '__proto__'");
  });

  it('a lone surrogate (JSON \\ud83d), which no export could write back: refused with its field', () => {
    const broken = envelope([good, { ...good, id: 'half', note: 'flag \ud83c here' }]).replace(
      '\ud83c',
      '\\ud83c',
    );
    const p = parseImport(bytes(broken), 'x.json');
    expect(rowErrors(p)).toEqual([
      'record 2: note: note holds a broken character (half of a UTF-16 surrogate pair), which no export could keep: fix the file',
    ]);
    expect(p.ok && p.records).toEqual([good]);
  });

  it('every record read back from its own CSV or JSON export, exactly, whatever its text', () => {
    const text = makeClaim({
      claimDate: '2025-01-13',
      id: 'text',
      note: 'emoji \u{1F1FA}\u{1F1E6}, RTL العربية, tab\tand\r\nnewlines, \u200b, =formula',
    });
    for (const [file, name] of [
      [exportJson([text]), 'x.json'],
      [exportCsv([text]), 'x.csv'],
    ] as const) {
      const p = parseImport(bytes(file), name);
      expect(p.ok && p.records).toEqual([text]);
    }
  });

  it('huge strings', () => {
    const p = parseImport(bytes(envelope([{ ...good, note: 'x'.repeat(5_000_000) }])), 'x.json');
    expect(rowErrors(p)).toEqual(['record 1: note: note is longer than 1000 characters']);
  });

  it('wrong types and impossible dates, with line and field', () => {
    const csv = [
      'metric,qualifier,claimedBy,claimDate,low,high,cumulative',
      'killed,approx,Agency,2025-02-30,100,100,true',
      'killed,approx,Agency,yesterday,100,100,true',
      'killed,approx,Agency,2025-02-01,"1,00",1000,maybe',
      'killed,approx,Agency,2025-02-01,100,100,false',
    ].join('\n');
    expect(rowErrors(parseImport(bytes(csv), 'x.csv'))).toEqual([
      "line 2: claimDate: claimDate '2025-02-30' is not a date (YYYY-MM-DD)",
      "line 3: claimDate: claimDate 'yesterday' is not a date (YYYY-MM-DD)",
      'line 4: low: low must be a number',
      'line 4: cumulative: cumulative must be true or false',
    ]);
    const json = envelope([
      { ...good, low: '100', high: 100 },
      { ...good, id: 'x', claimedBy: 42 },
      'text',
      null,
    ]);
    expect(rowErrors(parseImport(bytes(json), 'x.json'))).toEqual([
      'record 1: low: low must be a number',
      'record 2: claimedBy: claimedBy must be text',
      'record 3: (record): a claim must be an object',
      'record 4: (record): a claim must be an object',
    ]);
  });

  it('lines of CSV count quoted newlines', () => {
    const csv =
      'metric,qualifier,claimedBy,claimDate,low,high,note\nkilled,approx,A,2025-01-01,1,1,"two\nlines"\nkilled,approx,A,2025-13-01,1,1,x\n';
    expect(rowErrors(parseImport(bytes(csv), 'x.csv'))).toEqual([
      "line 4: claimDate: claimDate '2025-13-01' is not a date (YYYY-MM-DD)",
    ]);
  });

  it('malformed files', () => {
    expect(fileError(parseImport(bytes('{"format":"claimline-claims","claims":[{'), 'x.json'))).toMatch(
      /not valid JSON/,
    );
    expect(fileError(parseImport(bytes('{"format":"other","claims":[]}'), 'x.json'))).toMatch(
      /not a Claimline export/,
    );
    expect(
      fileError(parseImport(bytes(envelope([]).replace('"version":1', '"version":2')), 'x.json')),
    ).toMatch(/version 2; this Claimline reads version 1/);
    expect(fileError(parseImport(bytes('hello,world\n1,2\n'), 'x.csv'))).toMatch(/no header row/);
    expect(
      fileError(parseImport(bytes('metric,qualifier,claimedBy,claimDate,claimDate\n'), 'x.csv')),
    ).toMatch("names the column 'claimDate' twice");
    expect(fileError(parseImport(bytes(''), 'x.csv'))).toMatch(/empty/);
    expect(fileError(parseImport(bytes('\uFEFF  \n'), 'x.json'))).toMatch(/empty/);
  });

  it('a million rows', () => {
    const csv = `metric,qualifier,claimedBy,claimDate\n${'killed,approx,A,2025-01-01\n'.repeat(1_000_000)}`;
    expect(fileError(parseImport(bytes(csv), 'x.csv'))).toMatch(/imports at most 250,000/);
  });

  it('reads the seed formats: a JSON array and JSON Lines without ids', () => {
    const { id: _id, origin: _o, createdAt: _c, updatedAt: _u, ...bare } = good;
    const jsonl = `${JSON.stringify(bare)}\n\n${JSON.stringify({ ...bare, low: 5, high: 5 })}\nnot json\n`;
    const p = parseImport(bytes(jsonl), 'seeds.jsonl');
    expect(p.ok && p.format).toBe('jsonl');
    expect(p.ok && p.records.map((r) => [r.low, r.origin])).toEqual([
      [100, 'import'],
      [5, 'import'],
    ]);
    expect(rowErrors(p)[0]).toMatch(/^line 4: \(json\): not valid JSON/);
    const arr = parseImport(bytes(JSON.stringify([good])), 'seeds.json');
    expect(arr.ok && arr.format).toBe('json-array');
    expect(arr.ok && arr.records).toEqual([good]);
  });

  it('a round trip of a big export stays fast enough for a worker', () => {
    const many = Array.from({ length: 20_000 }, (_, i) => ({ ...good, id: `c${i}` }));
    const t = performance.now();
    const p = parseImport(bytes(exportJson(many)), 'x.json');
    expect(p.ok && p.records.length).toBe(20_000);
    expect(performance.now() - t).toBeLessThan(5_000);
  });
});
