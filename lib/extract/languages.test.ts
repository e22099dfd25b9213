import { describe, expect, it } from 'vitest';
import './all-languages';
import { extractFigures, hasLexicon, loadLexicon, parseNumber, registerLexicon } from './index';
import { lexiconFromSpec } from './lexicon/compile';
import { FR_SPEC } from './lexicon/fr';
import type { Figure } from './types';

const pick = (f: Figure) => [f.text, f.low, f.high, f.qualifier, f.metric, f.party];
type Row = [string, Array<ReturnType<typeof pick>>];
const table = (lang: string, rows: Row[]) =>
  it.each(rows)('%s', (text, expected) => {
    expect(extractFigures(text, { lang }).map(pick)).toEqual(expected);
    // the same sentence without a language given: detected from its words
    expect(extractFigures(text).map(pick)).toEqual(expected);
  });

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

describe('Russian', () => {
  table('ru', [
    // "сотни" alone is hundreds; after a qualifier, a hundred
    [
      'Более сотни российских военных были убиты.',
      [['Более сотни', 100, null, 'moreThan', 'killed', 'russia']],
    ],
    ['Сотни военных погибли.', [['Сотни', 200, 999, 'vague', 'killed', null]]],
    // times and spans of time are no counts: "в 5 утра", "за 3 дня"
    ['24 февраля в 5 утра погибли 7 военных.', [['7', 7, 7, 'exact', 'killed', null]]],
    // "об уничтожении до 400": the destruction of soldiers is their death
    [
      'Минобороны России сообщило об уничтожении до 400 украинских военнослужащих.',
      [['до 400', null, 400, 'atMost', 'killed', 'ukraine']],
    ],
    [
      'В результате удара погибли около десятка военных.',
      [['около десятка', 10, 10, 'approx', 'killed', null]],
    ],
    ['Уничтожено 5 танков и до 300 военнослужащих.', [['до 300', null, 300, 'atMost', 'killed', null]]],
    [
      'По данным штаба, около 12 тысяч российских военных были убиты.',
      [['около 12 тысяч', 12000, 12000, 'approx', 'killed', 'russia']],
    ],
    [
      'Армия потеряла почти 3,4 тыс. военных убитыми и около 9 тыс. — ранеными.',
      [
        ['почти 3,4 тыс.', null, 3400, 'nearly', 'killed', null],
        ['около 9 тыс.', 9000, 9000, 'approx', 'wounded', null],
      ],
    ],
    [
      'В районе находится до 25 тыс. военнослужащих.',
      [['до 25 тыс.', null, 25000, 'atMost', 'deployed', null]],
    ],
    [
      'В результате обстрела погибли 5 мирных жителей, еще 14 человек ранены.',
      [
        ['5', 5, 5, 'exact', 'killed', null],
        ['14', 14, 14, 'exact', 'wounded', null],
      ],
    ],
    [
      'Более двух тысяч солдат попали в плен.',
      [['Более двух тысяч', 2000, null, 'moreThan', 'captured', null]],
    ],
    ['Число погибших достигло 1.250 человек.', [['1.250', 1250, 1250, 'exact', 'killed', null]]],
    ['В 2023 году в городе построили 40 домов за 3 млн рублей.', []],
    ['Число жертв возросло до 52 человек.', [['до 52', null, 52, 'atMost', 'killed', null]]],
  ]);
});

describe('Ukrainian', () => {
  table('uk', [
    [
      'Понад сотню російських військових було знищено.',
      [['Понад сотню', 100, null, 'moreThan', 'killed', 'russia']],
    ],
    ['Загинули близько десятка цивільних.', [['близько десятка', 10, 10, 'approx', 'killed', null]]],
    [
      'Від початку року загинули понад 900 російських військових.',
      [['понад 900', 900, null, 'moreThan', 'killed', 'russia']],
    ],
    [
      'Щонайменше 12 людей загинули, ще 30 дістали поранення.',
      [
        ['Щонайменше 12', 12, null, 'atLeast', 'killed', null],
        ['30', 30, 30, 'exact', 'wounded', null],
      ],
    ],
    [
      'На фронті перебуває близько 4,7 тисячі бійців.',
      [['близько 4,7 тисячі', 4700, 4700, 'approx', 'deployed', null]],
    ],
    ["П'ять військовослужбовців зникли безвісти.", [["П'ять", 5, 5, 'exact', 'missing', null]]],
    ['Внаслідок удару пошкоджено 7 приватних будинків і 3 автомобілі.', []],
    [
      'Кількість загиблих зросла до 9 осіб, ще 21 поранені.',
      [
        ['до 9', null, 9, 'atMost', 'killed', null],
        ['21', 21, 21, 'exact', 'wounded', null],
      ],
    ],
    [
      'У полоні перебувають понад 3 тисячі росіян.',
      [['понад 3 тисячі', 3000, null, 'moreThan', 'captured', 'russia']],
    ],
  ]);
});

describe('German', () => {
  table('de', [
    // a particle at the end of the clause: "zieht ... ab", "zog ... zurück"
    [
      'Die Bundeswehr zieht ihre letzten 1.000 Soldaten aus Mali ab.',
      [['1.000', 1000, 1000, 'exact', 'withdrawn', 'germany']],
    ],
    ['Russland zog 300 Soldaten aus der Region zurück.', [['300', 300, 300, 'exact', 'withdrawn', 'russia']]],
    [
      'Die Armee zieht 2.000 Soldaten an der Grenze zusammen.',
      [['2.000', 2000, 2000, 'exact', 'deployed', null]],
    ],
    ['Im Jahr 2022 wurden 15 Soldaten befördert.', []],
    // text wrapped at a width: a line ending in a number goes on
    [
      'Nach Angaben der Armee wurden mindestens 300\nSoldaten getötet.',
      [['mindestens 300', 300, null, 'atLeast', 'killed', null]],
    ],
    ['Mindestens 40 Soldaten wurden getötet.', [['Mindestens 40', 40, null, 'atLeast', 'killed', null]]],
    [
      'Nach Angaben der Armee wurden 3.500 russische Soldaten verwundet.',
      [['3.500', 3500, 3500, 'exact', 'wounded', 'russia']],
    ],
    [
      'Bis zu zweitausend Soldaten sind dort stationiert.',
      [['Bis zu zweitausend', null, 2000, 'atMost', 'deployed', null]],
    ],
    ['Mehr als 1,5 Millionen Menschen sind geflohen.', []],
    [
      'Rund 250 Bundeswehrsoldaten kehrten zurück.',
      [['Rund 250', 250, 250, 'approx', 'withdrawn', 'germany']],
    ],
    ['Am 12. März 2024 kamen drei Journalisten ums Leben.', [['drei', 3, 3, 'exact', 'killed', null]]],
    ['Ein Soldat wurde verletzt.', []],
  ]);
});

describe('Spanish', () => {
  table('es', [
    [
      'Al menos 45 soldados rusos murieron en el ataque.',
      [['Al menos 45', 45, null, 'atLeast', 'killed', 'russia']],
    ],
    [
      'El ministerio informó de 1.200 muertos y más de 3.000 heridos.',
      [
        ['1.200', 1200, 1200, 'exact', 'killed', null],
        ['más de 3.000', 3000, null, 'moreThan', 'wounded', null],
      ],
    ],
    [
      'Unos dos mil soldados fueron desplegados en la frontera.',
      [['Unos dos mil', 2000, 2000, 'approx', 'deployed', null]],
    ],
    ['Decenas de civiles resultaron heridos.', [['Decenas', 24, 99, 'vague', 'wounded', null]]],
    [
      'Una treintena de soldados murieron en el ataque.',
      [['Una treintena', 30, 30, 'approx', 'killed', null]],
    ],
    [
      'Israel afirma haber matado a unos 17.000 combatientes de Hamás.',
      [['unos 17.000', 17000, 17000, 'approx', 'killed', 'hamas']],
    ],
    [
      'Más de un centenar de civiles resultaron heridos.',
      [['Más de un centenar', 100, null, 'moreThan', 'wounded', null]],
    ],
    ['España retirará sus 600 soldados de Irak.', [['600', 600, 600, 'exact', 'withdrawn', null]]],
    ['El 5 de mayo de 2022 llegaron 30 camiones con 200 toneladas de ayuda.', []],
    ['Un soldado murió en el accidente.', []],
  ]);
});

describe('French', () => {
  table('fr', [
    ['Au moins 20 soldats ont été tués.', [['Au moins 20', 20, null, 'atLeast', 'killed', null]]],
    [
      "L'armée affirme qu'environ 1 500 soldats russes ont été blessés.",
      [['environ 1 500', 1500, 1500, 'approx', 'wounded', 'russia']],
    ],
    [
      'Quatre-vingt-dix militaires sont portés disparus.',
      [['Quatre-vingt-dix', 90, 90, 'exact', 'missing', null]],
    ],
    ["Plus d'un millier? Non: 2,5 millions d'euros ont été versés.", []],
    ['Des centaines de civils ont été tués.', [['centaines', 200, 999, 'vague', 'killed', null]]],
    [
      'Au moins 12 civils ont été tués et une trentaine blessés.',
      [
        ['Au moins 12', 12, null, 'atLeast', 'killed', null],
        ['une trentaine', 30, 30, 'approx', 'wounded', null],
      ],
    ],
    [
      "Plus d'une centaine de soldats russes ont été tués.",
      [["Plus d'une centaine", 100, null, 'moreThan', 'killed', 'russia']],
    ],
    [
      'La France va retirer ses 1 500 soldats du Niger.',
      [['1 500', 1500, 1500, 'exact', 'withdrawn', 'france']],
    ],
    [
      "L'avion a ramené 206 passagers, dont 12 enfants et 26 blessés.",
      [['26', 26, 26, 'exact', 'wounded', null]],
    ],
  ]);
});

describe('whose people', () => {
  it.each([
    ['Установлены личности 40 погибших российских военных.', 'ru', 'russia'],
    ['Серед 90 загиблих українських цивільних є діти.', 'uk', 'civilians-ukraine'],
    ['La coalición tuvo 300 bajas, de las cuales 250 fueron estadounidenses.', 'es', 'us'],
    ['Israel afirma haber matado a unos 17.000 combatientes de Hamás.', 'es', 'hamas'],
    ['Israël affirme avoir tué quelque 17 000 combattants du Hamas.', 'fr', 'hamas'],
    ["L'OTAN a déployé 4 000 soldats en Roumanie.", 'fr', 'nato'],
    ['Deux cents soldats nord-coréens ont été tués.', 'fr', 'north-korea'],
    ['Dabei wurden 12 afghanische Polizisten getötet.', 'de', 'afghanistan'],
    ['Die Türkei hat 3.000 Soldaten entsandt.', 'de', 'turkey'],
    // where troops were sent is no party: the subject is
    ['Der Iran hat 3.000 Soldaten nach Syrien entsandt.', 'de', 'iran'],
    ['Unos 3.000 soldados turcos cruzaron la frontera.', 'es', 'turkey'],
    ['Quelque 3 000 soldats turcs ont franchi la frontière.', 'fr', 'turkey'],
    ['Около 3000 турецких военных пересекли границу.', 'ru', 'turkey'],
    ['Близько 3000 турецьких військових перетнули кордон.', 'uk', 'turkey'],
  ])('%s', (text, lang, party) => expect(extractFigures(text, { lang }).at(-1)?.party).toBe(party));
});

describe('counts of people that are no figures', () => {
  it.each([
    // everyday counts
    ['Rund 500 Freiwillige halfen beim Aufräumen.', 'de'],
    ['Más de 200 voluntarios ayudaron a limpiar la playa.', 'es'],
    ['El equipo ganó 3 partidos y perdió 2.', 'es'],
    ['Cette année, 12 soldats ont été décorés.', 'fr'],
    ['12 военных были награждены орденами.', 'ru'],
    ['Une centaine de bénévoles ont nettoyé la plage.', 'fr'],
    // soldiers before a court
    ["Au total, 14 militaires ont été mis en cause dans l'enquête.", 'fr'],
    ['Unos 12 soldados fueron acusados de asesinato.', 'es'],
    ['12 Soldaten wurden wegen Mordes angeklagt.', 'de'],
    ['12 военных были осуждены за убийство.', 'ru'],
    ['12 військових були засуджені за вбивство.', 'uk'],
  ])('%s', (text, lang) => expect(extractFigures(text, { lang })).toEqual([]));
});

describe('who said it', () => {
  it.each([
    // the name without the case the sentence gives it
    ['Laut der Armee wurden 30 Soldaten getötet.', 'de', 'Armee'],
    ['Según el ejército, 50 soldados fueron capturados.', 'es', 'el ejército'],
    ["Selon l'état-major, 40 soldats ont été tués.", 'fr', "l'état-major"],
    ['По данным Генштаба, погибли 20 военных.', 'ru', 'Генштаб'],
    ['Минобороны России сообщило об уничтожении до 400 военных.', 'ru', 'Минобороны России'],
    // a name going on with "de", "der": the whole name
    [
      'Según el Ministerio de Sanidad de Gaza, 40 personas murieron.',
      'es',
      'el Ministerio de Sanidad de Gaza',
    ],
    ['Selon le ministère de la Défense, 300 soldats ont été tués.', 'fr', 'le ministère de la Défense'],
    [
      'Laut dem Verteidigungsministerium der Ukraine wurden 300 Soldaten getötet.',
      'de',
      'Verteidigungsministerium der Ukraine',
    ],
  ])('%s', (text, lang, by) => expect(extractFigures(text, { lang })[0]?.claimedBy).toBe(by));
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
