import { describe, expect, it } from 'vitest';
import './all-languages';
import { createDiscourse } from './discourse';
import { extractFigures } from './index';

/** Each block's figures (text, party, speaker), the blocks read in order with one state. */
function readDocument(lang: string, blocks: string[]): Array<[string, string | null, string | null]> {
  const discourse = createDiscourse();
  return blocks.flatMap((block) =>
    extractFigures(block, { lang, discourse }).map((f): [string, string | null, string | null] => [
      f.text,
      f.party,
      f.claimedBy ?? null,
    ]),
  );
}

describe('speakers that point back, resolved across blocks', () => {
  it.each([
    [
      'en',
      [
        "South Korea's spy agency said Pyongyang had sent 11,000 troops to Russia.",
        'The agency said 300 soldiers had been killed.',
        'Around 200 more were wounded, it said.',
      ],
      ["South Korea's spy agency", "South Korea's spy agency", "South Korea's spy agency"],
    ],
    [
      'de',
      [
        'Nach Angaben des Gesundheitsministeriums wurden mehr als 300 Menschen getötet.',
        'Das Ministerium sagte, 40 Kinder seien verletzt worden.',
      ],
      ['Gesundheitsministerium', 'Gesundheitsministerium'],
    ],
    [
      'es',
      [
        'Según el Ministerio de Salud, 300 personas murieron.',
        'El ministerio dijo que 40 niños resultaron heridos.',
      ],
      ['el Ministerio de Salud', 'el Ministerio de Salud'],
    ],
    [
      'fr',
      [
        'Selon le ministère de la Santé, 300 personnes ont été tuées.',
        'Le ministère a indiqué que 40 enfants ont été blessés.',
      ],
      ['le ministère de la Santé', 'le ministère de la Santé'],
    ],
    [
      'ru',
      [
        'По данным Министерства здравоохранения, погибли 300 человек.',
        'Ведомство сообщило, что ранены 40 детей.',
      ],
      ['Министерство здравоохранения', 'Министерство здравоохранения'],
    ],
    [
      'uk',
      [
        'За даними Міністерства охорони здоров’я, загинули 300 людей.',
        'Відомство повідомило, що поранені 40 дітей.',
      ],
      ['Міністерство охорони здоров’я', 'Міністерство охорони здоров’я'],
    ],
  ])('%s', (lang, blocks, speakers) => {
    expect(readDocument(lang, blocks).map(([, , by]) => by)).toEqual(speakers);
  });

  it('leaves out a speaker that points back to nothing named, and never a person for "the agency"', () => {
    expect(readDocument('en', ['The agency said 300 soldiers had been killed.'])).toEqual([
      ['300', null, null],
    ]);
    expect(
      readDocument('en', [
        'Zelenskyy said 300 soldiers had been killed.',
        'The agency said 40 more had died.',
      ]).map(([, , by]) => by),
    ).toEqual(['Zelenskyy', null]);
    expect(readDocument('de', ['Das Ministerium sagte, 300 Soldaten seien gefallen.'])).toEqual([
      ['300', null, null],
    ]);
  });

  it('prefers the organisation that shares the noun', () => {
    const blocks = [
      'The Health Ministry said 300 people had been killed.',
      'The army said 40 soldiers had been killed.',
      'The ministry said 20 more people had died.',
    ];
    expect(readDocument('en', blocks).map(([, , by]) => by)).toEqual([
      'The Health Ministry',
      'The army',
      'The Health Ministry',
    ]);
  });
});

describe('names, not fragments', () => {
  it.each([
    [
      'Nach Angaben des Gesundheitsministeriums mehr als 300 Menschen getötet.',
      'de',
      'Gesundheitsministerium',
    ],
    ['Nach Angaben des Geheimdienstes wurden 300 Soldaten getötet.', 'de', 'Geheimdienst'],
    ['Laut dem Pentagon wurden 30 Soldaten verwundet.', 'de', 'Pentagon'],
    [
      'Según fuentes del Ministerio del Interior, 30 policías murieron.',
      'es',
      'fuentes del Ministerio del Interior',
    ],
    ['La Corée du Nord a perdu, selon la Corée du Sud, environ 4 700 soldats.', 'fr', 'la Corée du Sud'],
    ['По данным Генштаба ВСУ, погибли 20 военных.', 'ru', 'Генштаб ВСУ'],
    ['За даними Генштабу ЗСУ, загинули 20 військових.', 'uk', 'Генштаб ЗСУ'],
    ['According to officials more than 300 soldiers were killed.', 'en', 'officials'],
    // the speaker before an auxiliary, and a name going on with "de la"
    ['Le ministère de la Santé a indiqué que 40 enfants ont été blessés.', 'fr', 'ministère de la Santé'],
  ])('%s', (text, lang, by) => expect(extractFigures(text, { lang })[0]?.claimedBy).toBe(by));
});

describe('the party of the group a noun points back to', () => {
  it.each([
    [
      'en',
      ['North Korea has sent 11,000 soldiers to Russia.', 'Around 2,000 of those soldiers have been killed.'],
    ],
    [
      'en',
      ['North Korea has sent 11,000 soldiers to Russia.', 'Officials said 2,000 of them had been killed.'],
    ],
    [
      'de',
      [
        'Nordkorea hat 11.000 Soldaten nach Russland geschickt.',
        'Rund 2.000 dieser Soldaten wurden getötet.',
      ],
    ],
    ['es', ['Corea del Norte envió 11.000 soldados a Rusia.', 'Unos 2.000 de esos soldados murieron.']],
    [
      'fr',
      ['La Corée du Nord a envoyé 11 000 soldats en Russie.', 'Environ 2 000 de ces soldats ont été tués.'],
    ],
    ['ru', ['КНДР направила 11 тысяч военных в Россию.', 'Около 2 тысяч этих военных погибли.']],
    ['uk', ['КНДР направила 11 тисяч військових до Росії.', 'Близько 2 тисяч цих військових загинули.']],
  ])('%s: %s', (lang, blocks) => {
    expect(readDocument(lang, blocks).map(([text, party]) => [text.replace(/^\D+/, ''), party])).toEqual([
      [expect.any(String), 'north-korea'],
      [expect.any(String), 'north-korea'],
    ]);
  });

  it('takes no party from a group named before when the noun does not point back', () => {
    const blocks = [
      'North Korea has sent 11,000 soldiers to Russia.',
      'Elsewhere, 300 soldiers were killed in a flood.',
    ];
    expect(readDocument('en', blocks).map(([, party]) => party)).toEqual(['north-korea', null]);
    // without the state, the second block alone knows no group
    expect(extractFigures('Around 2,000 of those soldiers have been killed.')[0]?.party).toBeNull();
  });
});

describe('whose losses: the subject of the verb of losing, not the speaker', () => {
  it.each([
    ['en', "North Korea has, according to South Korea's spy agency, lost about 4,700 soldiers."],
    ['en', 'North Korea, South Korean officials said, has lost about 4,700 soldiers.'],
    ['de', 'Nordkorea hat nach Angaben des südkoreanischen Geheimdienstes rund 4.700 Soldaten verloren.'],
    ['de', 'Nordkorea hat laut Südkorea rund 4.700 Soldaten verloren.'],
    ['es', 'Corea del Norte, según Corea del Sur, ha perdido unos 4.700 soldados.'],
    ['fr', 'La Corée du Nord a perdu, selon la Corée du Sud, environ 4 700 soldats.'],
    ['ru', 'Северная Корея, по данным южнокорейской разведки, потеряла около 4700 военных.'],
    ['uk', 'Північна Корея, за даними південнокорейської розвідки, втратила близько 4700 військових.'],
  ])('%s: %s', (lang, text) => {
    expect(extractFigures(text, { lang }).map((f) => f.party)).toEqual(['north-korea']);
  });

  it("still counts the speaker's own people when no one else is named", () => {
    expect(extractFigures('Ukrainian officials say 300 soldiers were killed.')[0]?.party).toBe('ukraine');
  });
});
