import { describe, expect, it } from 'vitest';
import { extractFigures } from './index';
import type { Figure } from './types';

const pick = (f: Figure) => [f.text, f.low, f.high, f.qualifier, f.metric, f.party];
const run = (text: string) => extractFigures(text, { lang: 'en' }).map(pick);

describe('line breaks inside a sentence (page source wrapped at a width)', () => {
  it('reads a figure whose noun is on the next, indented line', () => {
    const text =
      'Their estimate in March, when they said at least 300\n        Russian marines had been killed and another 1,900 wounded, was lower.';
    expect(run(text)).toEqual([
      ['at least 300', 300, null, 'atLeast', 'killed', 'russia'],
      ['1,900', 1900, 1900, 'exact', 'wounded', 'russia'],
    ]);
  });
  it('reads a figure wrapped before a lowercase word', () => {
    expect(run('Officials said at least 80\nsoldiers were killed.')).toEqual([
      ['at least 80', 80, null, 'atLeast', 'killed', null],
    ]);
  });
  it('still ends a headline at its line break', () => {
    const found = extractFigures('Ceasefire talks resume in Doha\nAbout 40 soldiers were wounded on Friday.');
    expect(found.map(pick)).toEqual([['About 40', 40, 40, 'approx', 'wounded', null]]);
  });
  it('ends a sentence at a blank line', () => {
    expect(run('The army sent 900 soldiers\n\nThe weather was cold.')).toEqual([
      ['900', 900, 900, 'exact', 'deployed', null],
    ]);
  });
});

describe('precision traps', () => {
  it.each([
    'She served as a trustee of its three governing bodies until two weeks ago.',
    'The board has two advisory bodies and one audit committee.',
    'The startup is losing its founders and laying off hundreds of engineers.',
    'The retailer laid off 1,200 workers last spring.',
    'Vaccination saved over 40,000 lives in 2019.',
    'The new law could save 3,000 lives a year, officials said.',
  ])('%s', (text) => expect(run(text)).toEqual([]));

  it('still counts lives lost', () => {
    expect(run('More than 70 people lost their lives in the shelling.')).toEqual([
      ['More than 70', 70, null, 'moreThan', 'killed', null],
    ]);
  });
  it('still counts bodies found after a number', () => {
    expect(run('Rescuers recovered 45 bodies from the rubble.')).toEqual([
      ['45', 45, 45, 'exact', 'killed', null],
    ]);
  });
});

describe('demo article sentences', () => {
  it('casualties including dead', () => {
    expect(
      run(
        'Iran has suffered approximately 3,100 casualties, including approximately 450 dead, since it began sending fighters to Syria.',
      ),
    ).toEqual([
      ['approximately 3,100', 3100, 3100, 'approx', 'casualties', 'iran'],
      ['approximately 450', 450, 450, 'approx', 'killed', 'iran'],
    ]);
  });
  it('a total deployed in stages', () => {
    expect(run('Tehran had deployed a total of 12,000 troops in three stages.')).toEqual([
      ['12,000', 12000, 12000, 'exact', 'deployed', 'iran'],
    ]);
  });
  it('soldiers returned home', () => {
    expect(run('Roughly 1,500 soldiers had returned home since the start of the spring.')).toEqual([
      ['Roughly 1,500', 1500, 1500, 'approx', 'withdrawn', null],
    ]);
  });
  it('killed and wounded with a date and a speaker', () => {
    const [f] = extractFigures(
      'Olena Petrenko said on 3 March that 2,500 Russian soldiers had been killed and wounded.',
    );
    expect(f && [...pick(f), f.claimedBy]).toEqual([
      '2,500',
      2500,
      2500,
      'exact',
      'casualties',
      'russia',
      'Olena Petrenko',
    ]);
  });
  it('more than N killed, with the ministry as source', () => {
    const [f] = extractFigures(
      'The Health Ministry said on Monday that more than 41,000 Palestinians had been killed since the war began in October 2023.',
    );
    expect(f && [...pick(f), f.claimedBy]).toEqual([
      'more than 41,000',
      41000,
      null,
      'moreThan',
      'killed',
      'palestinians',
      'The Health Ministry',
    ]);
  });
  it.each([
    'The border lies roughly 300 kilometres north of the capital. Kyiv first confirmed the move on 12 May, more than four months after the first units arrived in January 2025.',
    'Reporters were told that a soldier captured in March had asked to stay in the West.',
  ])('no figure: %s', (text) => expect(run(text)).toEqual([]));
});
