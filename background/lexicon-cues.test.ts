import { describe, expect, test } from 'vitest';
import { extractFigures } from '../lib/extract/all-languages';
import { lexiconCues } from './lexicon-cues';

const gate = (...langs: string[]) => {
  const cues = langs.map((l) => lexiconCues(l));
  return new RegExp(cues.map((c) => `(?:${c?.source})`).join('|'), cues[0]?.flags);
};

describe('the cue search a page gets with its lexicons', () => {
  test('finds the cue word of every sentence with a figure', () => {
    const en = gate('en');
    for (const text of [
      'At least 300 soldiers were killed in the offensive.',
      'The ministry said 1,200 troops were deployed to the border.',
      'A 50,000-strong force crossed the river.',
      'Some 40 peacekeepers were wounded.',
    ]) {
      expect(extractFigures(text, { lang: 'en' }).length).toBeGreaterThan(0);
      expect(en.test(text)).toBe(true);
    }
  });

  test('finds none in text without a casualty or troop word, which then has no figure', () => {
    const all = gate('en', 'de', 'fr');
    const text = 'Ticket prices rise by 12% from 1 March; a monthly pass will cost 86 euros, up from 77.';
    expect(all.test(text)).toBe(false);
    expect(extractFigures(text)).toEqual([]);
  });

  test('reads the cue words of each language asked for', () => {
    expect(gate('en').test('Mindestens 300 Soldaten wurden getötet.')).toBe(false);
    expect(gate('en', 'de').test('Mindestens 300 Soldaten wurden getötet.')).toBe(true);
  });

  test('has nothing for a language without a lexicon', () => {
    expect(lexiconCues('xx')).toBeNull();
    expect(lexiconCues('__proto__')).toBeNull();
  });
});
