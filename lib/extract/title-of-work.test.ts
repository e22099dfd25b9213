import { describe, expect, it } from 'vitest';
import { extractFigures } from './all-languages';

const found = (text: string, lang: string): string[] =>
  extractFigures(text, { lang }).map((f) => `${f.text} ${f.metric}`);

describe('a figure in the title of a work is no count', () => {
  it('skips a short quoted title after a noun of a work, in any of its quotation marks', () => {
    expect(found('La novela «Un millón de muertos» se publicó en 1961.', 'es')).toEqual([]);
    expect(found('Der Film „300 Tote“ lief im Kino.', 'de')).toEqual([]);
    expect(found('She read the book “10,000 Dead” last year.', 'en')).toEqual([]);
    expect(found('The film “300” opened in 2007.', 'en')).toEqual([]);
  });
  it('reads a figure in quoted speech', () => {
    expect(found('“We lost 300 soldiers,” the commander said.', 'en')).toEqual(['300 casualties']);
    expect(found('Он сказал: «Погибли 40 военных».', 'ru')).toEqual(['40 killed']);
  });
});
