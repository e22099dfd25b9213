import { describe, expect, it } from 'vitest';
import './all-languages';
import { extractFigures, hasLexicon, loadLexicon, parseNumber, registerLexicon } from './index';
import { lexiconFromSpec } from './lexicon/compile';
import { FR_SPEC } from './lexicon/fr';
import type { Figure } from './types';

const pick = (f: Figure) => [f.text, f.low, f.high, f.qualifier, f.metric, f.party];

describe('loading', () => {
  it('loads a language by its tag and knows it afterwards', async () => {
    await loadLexicon('de-AT');
    expect(hasLexicon('de')).toBe(true);
    await loadLexicon('xx');
    expect(hasLexicon('xx')).toBe(false);
  });
  it('builds the same lexicon from its spec sent as JSON', () => {
    const text = 'Au moins 20 soldats ont été tués et 35 blessés.';
    const before = extractFigures(text, { lang: 'fr' });
    registerLexicon('fr', lexiconFromSpec(JSON.parse(JSON.stringify(FR_SPEC))));
    expect(extractFigures(text, { lang: 'fr' })).toEqual(before);
    expect(before).toHaveLength(2);
    registerLexicon('fr', lexiconFromSpec(FR_SPEC));
  });
});

describe('short sentences: the language told from the words of the figure', () => {
  it.each([
    ['Después del ataque, 12 soldados fueron capturados.', 'es'],
    ['Es gab 30 Tote.', 'de'],
    ['Dabei starben 40 Soldaten.', 'de'],
    ['Поранено 40 людей.', 'uk'],
    ['Ранены 40 человек.', 'ru'],
    ["L'Ukraine a capturé 25 soldats russes.", 'fr'],
    ['Once again, 30 soldiers were killed near the general hospital.', 'en'],
  ])('%s (%s)', (text, lang) => {
    const given = extractFigures(text, { lang });
    expect(given).toHaveLength(1);
    expect(extractFigures(text)).toEqual(given);
  });
});

describe('mixed-language text, sentence by sentence', () => {
  it('reads each sentence in its own language', () => {
    const text =
      'At least 30 soldiers were killed on Monday. Около 200 военных были ранены. Mindestens 15 Soldaten wurden gefangen genommen.';
    expect(extractFigures(text).map((f) => [f.text, f.metric])).toEqual([
      ['At least 30', 'killed'],
      ['Около 200', 'wounded'],
      ['Mindestens 15', 'captured'],
    ]);
  });

  it('does not cut a sentence at an abbreviation, whose piece could look like another language', () => {
    // "За даними штабу, бл." alone looks Russian, and Russian has no "бл."
    expect(extractFigures('За даними штабу, бл. 500 військових загинули.').map(pick)).toEqual([
      ['бл. 500', 500, 500, 'approx', 'killed', null],
    ]);
    expect(
      extractFigures(
        'Der Stab meldete ca. 300 Soldaten getötet. За даними штабу, бл. 500 військових загинули.',
      ).map(pick),
    ).toEqual([
      ['ca. 300', 300, 300, 'approx', 'killed', null],
      ['бл. 500', 500, 500, 'approx', 'killed', null],
    ]);
  });
});

describe('number words and formats', () => {
  it.each([
    ['cuarenta y siete', 'es', 47],
    ['dos mil trescientos cuarenta y siete', 'es', 2347],
    ['dos mil millones', 'es', 2e9],
    ['soixante-dix-sept', 'fr', 77],
    ['quatre-vingt-dix-neuf', 'fr', 99],
    ['deux cent deux mille', 'fr', 202000],
    ['12 000', 'fr', 12000],
    ['4,8', 'fr', 4.8],
    ['einhunderteinunddreißig', 'de', 131],
    ['zwei Millionen dreitausend', 'de', 2003000],
    ['111’000', 'de', 111000],
    ['двести тридцать пять', 'ru', 235],
    ['17,6 тысячи', 'ru', 17600],
    ["дев'яносто дев'ять", 'uk', 99],
    ['8 185', 'uk', 8185],
  ])('%s (%s) = %d', (text, lang, value) => expect(parseNumber(text, lang)).toBe(value));
});

describe('a figure read with the sentence before it', () => {
  const unit = 'Из Сирии будет выведен мотострелковый полк. В его составе - около двух тысяч военнослужащих.';
  const weather = 'Погода в регионе остается теплой. '.repeat(20);
  it.each([
    ['alone', unit],
    ['after a long text without figures', weather + unit],
  ])('"В его составе" takes the cue of the sentence before (%s)', (_, text) => {
    for (const options of [{ lang: 'ru' }, {}]) {
      expect(extractFigures(text, options).map((f) => [f.text, f.metric])).toEqual([
        ['около двух тысяч', 'withdrawn'],
      ]);
    }
  });
  it('without a word pointing back, a sentence with no cue of its own has no figure', () => {
    const text =
      'Из Сирии будет выведен мотострелковый полк. Около двух тысяч жителей города вышли на улицы.';
    expect(extractFigures(weather + text, { lang: 'ru' })).toEqual([]);
  });
});
