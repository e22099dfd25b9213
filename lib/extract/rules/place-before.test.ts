import { describe, expect, it } from 'vitest';
import '../all-languages';
import { extractFigures } from '../index';

const parties = (text: string, lang?: string) =>
  extractFigures(text, lang ? { lang } : {}).map((f) => [f.low, f.metric, f.party]);

// a filler sentence with no number, so that the place falls outside the figure's window
const far = ' The reports gave no further details about what happened there. '.repeat(4);

describe('the place named before a figure whose side nothing names', () => {
  it('is read from sentences with no number well before the figure', () => {
    expect(
      parties(`Heavy fighting broke out in Sudan on Monday.${far}Later, 40 people were killed.`),
    ).toEqual(parties(`Heavy fighting broke out in Sudan on Monday. Later, 40 people were killed.`));
    expect(
      parties(`Heavy fighting broke out in Sudan on Monday.${far}Later, 40 people were killed.`)[0]?.[2],
    ).toBe('sudan');
  });

  it('is found at the start of the text, after brackets and after a symbol', () => {
    for (const opening of [
      'In Sudan, heavy fighting broke out.',
      '(in Sudan) Heavy fighting broke out.',
      '★in Sudan heavy fighting broke out.',
      '🔥in Sudan heavy fighting broke out.',
    ])
      expect(parties(`${opening}${far}Later, 40 people were killed.`)[0]?.[2]).toBe('sudan');
  });

  it('is the last place named, and a word merely ending in "in" names none', () => {
    expect(
      parties(`Talks began in Ukraine, then moved on to Sudan.${far}Later, 40 people were killed.`)[0]?.[2],
    ).toBe('ukraine');
    expect(
      parties(
        `Troops came in Yemen; later fighting broke out in Sudan.${far}Later, 40 people were killed.`,
      )[0]?.[2],
    ).toBe('sudan');
    // "Kremlin Ukraine": letters before "in", no place
    expect(
      parties(
        `Fighting broke out in Sudan. The Kremlin Ukraine envoy arrived.${far}Later, 40 people were killed.`,
      )[0]?.[2],
    ).toBe('sudan');
  });

  it('is read in other languages', () => {
    const de = ' Weitere Einzelheiten wurden nicht bekannt gegeben. '.repeat(6);
    expect(
      parties(`Schwere Kämpfe brachen im Sudan aus.${de}Später wurden 40 Menschen getötet.`, 'de')[0]?.[2],
    ).toBe('sudan');
    const ru = ` Подробности не сообщаются. `.repeat(10);
    expect(parties(`Бои начались в Судане.${ru}Позже погибли 40 человек.`, 'ru')[0]?.[2]).toBe('sudan');
  });
});
