import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { subjectById } from '../lib/claims/subjects';
import { validateClaims } from '../lib/claims/validate';
import { SEED_CLAIMS } from './index';

// The source file lives beside the repository in the workspace; a fresh clone may not have it.
const sourcePath = join(import.meta.dirname, '../../shared/claims/seed-claims.jsonl');

describe('seed claims', () => {
  it('are all 148, each passing the one record validator unchanged', () => {
    const { records, errors } = validateClaims(SEED_CLAIMS, { newId: () => 'unused', now: () => 'unused' });
    expect(errors).toEqual([]);
    expect(records).toEqual(SEED_CLAIMS);
    expect(SEED_CLAIMS).toHaveLength(148);
  });

  it('have unique stable ids numbered in file order per subject', () => {
    const ids = SEED_CLAIMS.map((c) => c.id);
    expect(new Set(ids).size).toBe(148);
    for (const c of SEED_CLAIMS) {
      expect(c.id).toMatch(new RegExp(`^seed:${c.subject}:\\d{3}$`));
      expect(c.origin).toBe('seed');
    }
    expect(ids).toContain('seed:north-korean-troops-russia-ukraine:043');
  });

  it('group into the seven registered subjects with the published counts', () => {
    const counts: Record<string, number> = {};
    for (const c of SEED_CLAIMS) counts[c.subject ?? ''] = (counts[c.subject ?? ''] ?? 0) + 1;
    expect(Object.values(counts).sort((a, b) => b - a)).toEqual([43, 37, 31, 17, 10, 7, 3]);
    for (const id of Object.keys(counts)) expect(subjectById(id)).toBeDefined();
  });

  it.skipIf(!existsSync(sourcePath))('carry the facts of every source record and never copy its note', () => {
    const rows = readFileSync(sourcePath, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    const seen: Record<string, number> = {};
    for (const row of rows) {
      seen[row.subject] = (seen[row.subject] ?? 0) + 1;
      const id = `seed:${row.subject}:${String(seen[row.subject]).padStart(3, '0')}`;
      const seed = SEED_CLAIMS.find((c) => c.id === id);
      const { note, ...facts } = row;
      expect(seed).toMatchObject(facts);
      if (note) expect(seed?.note).not.toBe(note);
    }
  });

  it('know who counts whom', () => {
    const byId = (id: string) => SEED_CLAIMS.find((c) => c.id === id);
    expect(byId('seed:north-korean-troops-russia-ukraine:021')?.claimantType).toBe('third-government');
    expect(byId('seed:north-korean-troops-russia-ukraine:019')?.claimantType).toBe('adversary');
    expect(byId('seed:gaza-war-casualties:001')).toMatchObject({
      claimantType: 'own-side',
      population: 'unknown',
    });
    expect(byId('seed:civilian-casualties-ukraine:001')?.population).toBe('civilian');
  });
});
