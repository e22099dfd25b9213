import { describe, expect, it } from 'vitest';
import { localise } from '../i18n';
import { parseImport } from './parse-import';

const bytes = (s: string) => new TextEncoder().encode(s);

describe('import errors in the reader language', () => {
  it('carry message keys whose English is the error shown today', () => {
    const files: [Uint8Array, string][] = [
      [new Uint8Array([]), 'x.json'],
      [bytes('   '), 'x.json'],
      [new Uint8Array([0x7b, 0xff, 0xfe]), 'x.json'],
      [bytes('{"claims": [1,'), 'x.json'],
      [bytes('hello'), 'x.json'],
      [bytes(`${'['.repeat(200)}${']'.repeat(200)}`), 'x.json'],
      [bytes('{"format": "other", "claims": []}'), 'x.json'],
      [bytes('{"format": "claimline-claims", "version": 99, "claims": []}'), 'x.json'],
      [bytes('metric,qualifier,__proto__\n'), 'x.csv'],
      [bytes('a,b\n1,2\n'), 'x.csv'],
      [bytes('metric,qualifier,claimedBy,claimedBy,claimDate\n'), 'x.csv'],
      [bytes('metric,qualifier,claimedBy\n'), 'x.csv'],
    ];
    const keys = new Set<string>();
    for (const [b, name] of files) {
      const p = parseImport(b, name);
      expect(p.ok, name).toBe(false);
      if (p.ok) continue;
      expect(p.i18n, p.error).toBeDefined();
      keys.add(p.i18n?.key ?? '');
      expect(localise({ message: p.error, i18n: p.i18n })).toBe(p.error);
    }
    expect(keys.size).toBeGreaterThan(10);
  });

  it('row errors too', () => {
    const csv =
      'metric,qualifier,claimedBy,claimDate\nkilled,exact,A,2025-01-01,extra\nkilled,exact,,2025-02-30\n';
    const jsonl =
      '{"metric":"killed","qualifier":"exact","claimedBy":"A","claimDate":"2025-01-01","low":1,"high":1}\n{bad\n{"__proto__":1}\n';
    for (const p of [parseImport(bytes(csv), 'x.csv'), parseImport(bytes(jsonl), 'x.jsonl')]) {
      expect(p.ok).toBe(true);
      if (!p.ok) continue;
      expect(p.errors.length).toBeGreaterThan(1);
      for (const e of p.errors) {
        if (e.field === '(csv)') continue;
        expect(e.i18n, e.message).toBeDefined();
        expect(localise(e)).toBe(e.message);
      }
    }
  });
});
