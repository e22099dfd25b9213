import { describe, expect, it } from 'vitest';
import '../all-languages';
import { extractFigures } from '../index';
import { lexiconFor } from '../lexicon/registry';
import { splitCompound } from './compound-number';

const de = lexiconFor('de');

describe('splitCompound', () => {
  it('cuts number words glued into one into their pieces', () => {
    expect(splitCompound('zweihunderteinundzwanzig', de)).toEqual([
      'zwei',
      'hundert',
      'ein',
      'und',
      'zwanzig',
    ]);
    expect(splitCompound('dreitausend', de)).toEqual(['drei', 'tausend']);
    expect(splitCompound('siebenundvierzig', de)).toEqual(['sieben', 'und', 'vierzig']);
  });

  it('reads no number in ordinary words, even ones that start or end as a number word does', () => {
    for (const w of [
      'soldaten',
      'einheit',
      'zweifel',
      'achtung',
      'elfenbein',
      'neunzehnte',
      'und',
      'zwei',
      '',
    ])
      expect(splitCompound(w, de)).toBeNull();
    // a number word, then letters that are none
    expect(splitCompound('dreihundertx', de)).toBeNull();
    // "und" at either end joins nothing
    expect(splitCompound('undzwanzig', de)).toBeNull();
  });
});

describe('compound numbers in German text', () => {
  it('reads a figure written as one glued number word', () => {
    const figs = extractFigures('Bei dem Angriff wurden dreiundvierzig Soldaten getötet.', { lang: 'de' });
    expect(figs.map((f) => [f.text, f.low, f.metric])).toEqual([['dreiundvierzig', 43, 'killed']]);
    const more = extractFigures('Nach Angaben der Armee wurden dreitausend Soldaten verwundet.', {
      lang: 'de',
    });
    expect(more.map((f) => [f.low, f.metric])).toEqual([[3000, 'wounded']]);
  });
});
