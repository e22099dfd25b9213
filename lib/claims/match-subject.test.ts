import { describe, expect, it } from 'vitest';
import type { Metric, Population } from '../extract/types';
import { matchSubject } from './match-subject';

const NK = 'north-korean-troops-russia-ukraine';
const GAZA = 'gaza-war-casualties';
const NK_ARTICLE = `Seoul says North Korean troops sent to Russia's Kursk region have suffered heavy losses.
North Korean soldiers were thrown into assaults, and Pyongyang has since confirmed the deployment.
South Korea's intelligence service believes more North Korean units will follow.`;
const GAZA_ARTICLE =
  'Israeli strikes continued across the Gaza Strip, where the health ministry updated its count.';
const SUDAN_ARTICLE = 'Fighting between the army and the Rapid Support Forces spread to El Fasher in Darfur.';
const ALEPPO_ARTICLE = `Warplanes pound Aleppo. Russian and Syrian jets struck the eastern districts of the city
again on Sunday, rescue workers said, as the Kremlin denied hitting a hospital.`;

const match = (
  party: string | null,
  metric: Metric,
  sentence: string,
  articleText = '',
  population: Population | null = null,
) => matchSubject({ party, population, metric, sentence, articleText })?.subjectId ?? null;

describe('matchSubject on evidence', () => {
  it.each([
    [
      '"600 dead" with its party, in an article about North Koreans in Kursk',
      'north-korea',
      'killed',
      'about 600 dead',
      NK_ARTICLE,
      null,
      NK,
    ],
    [
      '"600 dead" with no party, from the article alone',
      null,
      'killed',
      'including about 600 dead',
      NK_ARTICLE,
      null,
      NK,
    ],
    ['troops deployed with no party', null, 'deployed', '15,000 troops in two stages', NK_ARTICLE, null, NK],
    [
      'Palestinians killed in Gaza',
      'palestinians',
      'killed',
      '52,300 Palestinians killed in Gaza',
      '',
      null,
      GAZA,
    ],
    [
      'a Gaza figure without party inside a North Korea article',
      null,
      'killed',
      'In Gaza, 52,300 Palestinians have been killed',
      NK_ARTICLE,
      null,
      GAZA,
    ],
    [
      'Hamas fighters under the Gaza subject',
      'palestinian-militants',
      'killed',
      '17,000 militants',
      GAZA_ARTICLE,
      'military',
      GAZA,
    ],
    [
      'Israeli soldiers',
      'israel',
      'killed',
      '726 soldiers',
      GAZA_ARTICLE,
      'military',
      'israeli-soldiers-killed-gaza-war',
    ],
    [
      'Russian losses in an article on the Kursk front',
      'russia',
      'casualties',
      '1,000,000 Russian troops killed or wounded',
      NK_ARTICLE,
      'military',
      'russian-military-losses-ukraine-war',
    ],
    [
      'Ukrainian soldiers',
      'ukraine',
      'killed',
      '43,000 Ukrainian soldiers killed',
      '',
      'military',
      'ukrainian-military-losses-ukraine-war',
    ],
    [
      'Ukrainian civilians though the party says Ukraine',
      'ukraine',
      'killed',
      '12,000 Ukrainian civilians killed',
      '',
      'civilian',
      'civilian-casualties-ukraine',
    ],
    [
      'civilians with no party, in Ukraine',
      null,
      'killed',
      'killed 15,000 civilians in Ukraine',
      '',
      'civilian',
      'civilian-casualties-ukraine',
    ],
    [
      'Sudan from the article',
      null,
      'killed',
      'at least 20,000 people killed',
      SUDAN_ARTICLE,
      null,
      'sudan-war-death-toll',
    ],
    [
      'the sentence over the article',
      null,
      'killed',
      'the Gaza health ministry counts 50,000 dead',
      `${NK_ARTICLE} ${NK_ARTICLE}`,
      null,
      GAZA,
    ],
    [
      'the party over the sentence',
      'north-korea',
      'killed',
      'as in Gaza, 600 died near Kursk',
      GAZA_ARTICLE,
      null,
      NK,
    ],
  ] as const)('%s', (_name, party, metric, sentence, article, population, subject) => {
    expect(match(party, metric, sentence, article, population)).toBe(subject);
  });

  it('returns the label with the id', () => {
    expect(
      matchSubject({ party: 'sudan', metric: 'killed', sentence: 'in Darfur', articleText: '' }),
    ).toEqual({ subjectId: 'sudan-war-death-toll', label: 'Death toll of the war in Sudan' });
  });

  it.each([
    ['nothing identifies a subject', null, 'killed', '30 people died', 'A storm hit the coast.', null],
    ['a party no subject follows', 'us', 'killed', 'three American soldiers killed', NK_ARTICLE, null],
    ['a metric the subject does not record', 'russia', 'deployed', '50,000 Russian troops massed', '', null],
    [
      'Israeli civilians: the Israeli subject counts soldiers',
      'israel',
      'killed',
      '1,200 Israeli civilians',
      GAZA_ARTICLE,
      'civilian',
    ],
    [
      'civilians under a soldiers-only party',
      'russia',
      'killed',
      '40 Russian civilians killed in Kursk',
      '',
      'civilian',
    ],
    [
      'a party without any word of its war',
      'north-korea',
      'killed',
      '600 North Korean soldiers died',
      'A report on the economy.',
      'military',
    ],
    ['the party alone, by default', 'sudan', 'killed', '', '', null],
    ['Aleppo, though Russian jets are named', null, 'killed', 'Dozens dead', ALEPPO_ARTICLE, null],
    [
      'Aleppo with a Russian party',
      'russia',
      'killed',
      'Russian strikes killed 40 in Aleppo',
      ALEPPO_ARTICLE,
      null,
    ],
    [
      'Syria in the sentence, Ukraine only in the article',
      'russia',
      'killed',
      'In Syria, 3,000 Russian soldiers were killed over the years',
      'Russia is also at war in Ukraine.',
      'military',
    ],
  ] as const)('returns null for %s', (_name, party, metric, sentence, article, population) => {
    expect(match(party, metric, sentence, article, population)).toBeNull();
  });
});

describe('matchSubject in six languages', () => {
  it.each([
    ['de', 'north-korea', 'Nordkorea hat rund 4.700 Soldaten im Gebiet Kursk verloren', NK],
    ['de', null, 'Nach Angaben aus Kiew wurden mehr als 600 nordkoreanische Soldaten getötet', NK],
    ['es', null, 'Unos 600 soldados norcoreanos murieron en la región rusa de Kursk', NK],
    ['fr', null, 'Environ 600 soldats nord-coréens ont été tués dans la région de Koursk', NK],
    ['ru', null, 'Около 600 северокорейских военных погибли в Курской области', NK],
    ['uk', null, 'Близько 600 північнокорейських військових загинули на Курщині', NK],
    ['de', null, 'Im Gazastreifen wurden mehr als 50.000 Palästinenser getötet', GAZA],
    ['es', null, 'Más de 50.000 palestinos han muerto en la Franja de Gaza', GAZA],
    ['fr', null, 'Plus de 50 000 Palestiniens ont été tués dans la bande de Gaza', GAZA],
    ['ru', null, 'В секторе Газа погибли более 50 000 палестинцев', GAZA],
    ['uk', null, 'У секторі Газа загинули понад 50 000 палестинців', GAZA],
    ['ru', 'russia', 'Россия потеряла под Бахмутом 20 000 военных', 'russian-military-losses-ukraine-war'],
    ['uk', 'ukraine', 'Україна втратила 43 000 військових', 'ukrainian-military-losses-ukraine-war'],
    ['fr', 'sudan', 'Au Darfour, au moins 20 000 morts', 'sudan-war-death-toll'],
  ] as const)('%s: %s', (_lang, party, sentence, subject) => {
    expect(match(party, 'killed', sentence)).toBe(subject);
  });

  it.each([
    ['de', 'In Aleppo wurden Dutzende Menschen getötet, russische Jets griffen an'],
    ['es', 'En Alepo murieron decenas de personas tras ataques rusos'],
    ['fr', 'À Alep, des dizaines de morts après des frappes russes'],
    ['ru', 'В Алеппо погибли десятки человек после ударов российской авиации'],
    ['uk', 'В Алеппо загинули десятки людей після ударів російської авіації'],
  ])('%s: a war the history does not follow is no subject', (_lang, sentence) => {
    expect(match(null, 'killed', sentence)).toBeNull();
    expect(match('russia', 'killed', sentence)).toBeNull();
  });
});
