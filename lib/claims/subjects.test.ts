import { describe, expect, it } from 'vitest';
import { SUBJECTS, subjectById } from './subjects';

describe('subject registry', () => {
  it('has the seven subjects of the seeds, each with parties, evidence and a start date', () => {
    expect(SUBJECTS.map((s) => s.id).sort()).toEqual([
      'civilian-casualties-ukraine',
      'gaza-war-casualties',
      'israeli-soldiers-killed-gaza-war',
      'north-korean-troops-russia-ukraine',
      'russian-military-losses-ukraine-war',
      'sudan-war-death-toll',
      'ukrainian-military-losses-ukraine-war',
    ]);
    for (const s of SUBJECTS) {
      expect(s.parties.length).toBeGreaterThan(0);
      expect(s.evidence.people.length).toBeGreaterThan(0);
      expect(s.evidence.war.length).toBeGreaterThan(0);
      expect(s.period.start).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    expect(subjectById('gaza-war-casualties')?.label).toBe('Casualties of the Gaza war');
  });
});
