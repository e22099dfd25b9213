import { describe, expect, it } from 'vitest';
import './all-languages';
import { extractFigures } from './index';

type Row = [string, Array<[string, string | null]>];

/** Each figure's text and population, with the language given and detected. */
const table = (lang: string, rows: Row[]) =>
  it.each(rows)('%s', (text, expected) => {
    const read = (options: { lang?: string }) =>
      extractFigures(text, options).map((f) => [f.text, f.population]);
    expect(read({ lang })).toEqual(expected);
    expect(read({})).toEqual(expected);
  });

describe('population: English', () => {
  table('en', [
    ['At least 300 soldiers were killed.', [['At least 300', 'military']]],
    [
      'Some 50 militants and 20 fighters died.',
      [
        ['Some 50', 'military'],
        ['20', 'military'],
      ],
    ],
    [
      'About 40 civilians died and 30 children were wounded.',
      [
        ['About 40', 'civilian'],
        ['30', 'civilian'],
      ],
    ],
    ['Twelve residents were injured.', [['Twelve', 'civilian']]],
    ['At least 12 soldiers and civilians were wounded.', [['At least 12', 'mixed']]],
    ['Some 30 civilians and Ukrainian soldiers were hurt.', [['Some 30', 'mixed']]],
    ['Military deaths reached 5,000.', [['5,000', 'military']]],
    ['Civilian casualties rose to 200.', [['200', 'civilian']]],
    // the 200 are the soldiers of the figure before
    [
      '300 troops were killed and 200 wounded.',
      [
        ['300', 'military'],
        ['200', 'military'],
      ],
    ],
    // neither soldiers nor civilians
    ['25 people died.', [['25', null]]],
    ['25 Ukrainians died.', [['25', null]]],
    ['300 casualties were reported.', [['300', null]]],
  ]);
});

describe('population: German', () => {
  table('de', [
    ['Mindestens 300 Soldaten wurden getötet.', [['Mindestens 300', 'military']]],
    [
      'Etwa 40 Zivilisten starben, darunter 12 Kinder.',
      [
        ['Etwa 40', 'civilian'],
        ['12', 'civilian'],
      ],
    ],
    ['Rund 30 Einwohner wurden verletzt.', [['Rund 30', 'civilian']]],
    ['Mindestens 12 Soldaten und Zivilisten wurden verletzt.', [['Mindestens 12', 'mixed']]],
    ['Rund 300 Bundeswehrsoldaten wurden verletzt.', [['Rund 300', 'military']]],
    ['Mindestens 25 Menschen starben.', [['Mindestens 25', null]]],
  ]);
});

describe('population: Spanish', () => {
  table('es', [
    ['Al menos 300 soldados murieron.', [['Al menos 300', 'military']]],
    ['Unos 40 civiles murieron en el ataque.', [['Unos 40', 'civilian']]],
    ['Al menos 30 habitantes resultaron heridos.', [['Al menos 30', 'civilian']]],
    ['Al menos 12 soldados y civiles resultaron heridos.', [['Al menos 12', 'mixed']]],
    ['Unos 20 combatientes murieron.', [['Unos 20', 'military']]],
    ['Al menos 25 personas murieron.', [['Al menos 25', null]]],
  ]);
});

describe('population: French', () => {
  table('fr', [
    ['Au moins 300 soldats ont été tués.', [['Au moins 300', 'military']]],
    ['Une quarantaine de civils sont morts.', [['Une quarantaine', 'civilian']]],
    ['Au moins 30 habitants ont été blessés.', [['Au moins 30', 'civilian']]],
    ['Au moins 12 soldats et civils ont été blessés.', [['Au moins 12', 'mixed']]],
    ['Au moins 20 combattants sont morts.', [['Au moins 20', 'military']]],
    ['Au moins 25 personnes sont mortes.', [['Au moins 25', null]]],
  ]);
});

describe('population: Russian', () => {
  table('ru', [
    ['Погибли не менее 300 военных.', [['не менее 300', 'military']]],
    ['Погибли 40 мирных жителей.', [['40', 'civilian']]],
    ['Ранены 12 военных и мирных жителей.', [['12', 'mixed']]],
    ['Погибли 30 детей.', [['30', 'civilian']]],
    ['Уничтожены 20 боевиков.', [['20', 'military']]],
    ['Погибли 25 человек.', [['25', null]]],
  ]);
});

describe('population: Ukrainian', () => {
  table('uk', [
    ['Загинули щонайменше 300 військових.', [['щонайменше 300', 'military']]],
    ['Загинули 40 мирних жителів.', [['40', 'civilian']]],
    ['Поранено 12 військових і цивільних.', [['12', 'mixed']]],
    ['Загинули 30 дітей.', [['30', 'civilian']]],
    ['Знищено 20 бойовиків.', [['20', 'military']]],
    ['Загинули 25 людей.', [['25', null]]],
  ]);
});
