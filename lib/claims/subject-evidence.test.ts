import { describe, expect, it } from 'vitest';
import { evidenceIn } from './subject-evidence';

describe('evidenceIn', () => {
  it.each([
    ['a stem with its endings', 'Ukrainians and the Ukrainian army', { ukraine: 2 }],
    ['a possessive', "North Korea's soldiers", { northKorea: 1 }],
    ['a hyphenated name', 'des soldats nord-coréens', { northKorea: 1 }],
    ['accents or none', 'Israël, Israel', { israel: 2 }],
    ['an inflected two-word name', 'войска Северной Кореи', { northKorea: 1 }],
    ['a German compound', 'im Gazastreifen', { gaza: 1 }],
    ['a place of a war the history does not follow', 'Warplanes pound Aleppo', { elsewhere: 1 }],
    ['one word of two groups', 'in Gaza', { gaza: 1 }],
  ])('counts %s', (_name, text, expected) => {
    expect(evidenceIn(text)).toMatchObject(expected);
  });

  it('counts whole words only: an exact word is not the start of another', () => {
    expect(evidenceIn('Russell Square, the Gazette and a homestead in Homsby')).toEqual({});
  });

  it('finds nothing in a text about nothing it follows', () => {
    expect(evidenceIn('A storm hit the coast and 30 people died.')).toEqual({});
    expect(evidenceIn('')).toEqual({});
  });
});
