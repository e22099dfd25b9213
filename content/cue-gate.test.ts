import { describe, expect, test, vi } from 'vitest';
import { extractFigures } from '../lib/extract/all-languages';
import { gateSearch } from '../lib/extract/engine/gate-cues';
import { searchesOf } from '../lib/extract/engine/lexicon-searches';
import { lexiconFor } from '../lib/extract/lexicon/registry';
import type { Figure } from '../lib/extract/types';
import { CUE_REACH, cueGate, cueNearNumber, FIRST_LOOK, type GateReach } from './cue-gate';
import { gateSearches } from './gate-searches';

const figure = { text: '300' } as Figure;
const LANGS = ['en', 'de', 'es', 'fr', 'ru', 'uk'];

/** The page's gate as content/start.ts builds it from what the background sends (background/lexicon-cues.ts). */
function gateOf(langs: string[]) {
  const searches = gateSearches(
    langs.map((l) => {
      const lex = lexiconFor(l);
      if (!lex) throw new Error(l);
      const others = langs.flatMap((o) => (o === l ? [] : (lexiconFor(o) ?? [])));
      return { cues: gateSearch([lex], others), numbers: searchesOf(lex).trig.search };
    }),
  );
  if (!searches) throw new Error('no gate');
  return (text: string, far?: GateReach) => cueNearNumber(text, searches, far);
}

/** Sentences of our own with a figure, by language: each must open the gate and have a figure. */
const FIGURES: Record<string, string[]> = {
  en: [
    'Dozens dead as the storm hit the coast overnight.',
    'Officials said hundreds were killed in the shelling.',
    'Russia will send 500 more troops to the border.',
    'About 300 police officers were sent to the square.',
    'The military said 2,000 soldiers remain in the north.',
    'The ministry said on Monday, in a long statement about the talks, that about 1,200 troops would stay.',
  ],
  de: [
    'Mehr als 2.000 Soldaten wurden an die Grenze verlegt.',
    'Dutzende Tote nach dem Angriff auf den Markt.',
    'Bei dem Anschlag wurden 14 Menschen getötet und 30 verletzt.',
  ],
  es: [
    'Al menos doscientos muertos tras el bombardeo.',
    'El gobierno envió 1.500 soldados a la frontera.',
    'Unos 40 civiles resultaron heridos en el ataque.',
  ],
  fr: [
    'Des centaines de morts dans la région, selon la mairie.',
    "L'armée a déployé 3 000 soldats dans le nord du pays.",
    'Au moins 12 civils ont été tués dans la nuit.',
  ],
  ru: [
    'Погибли десятки мирных жителей.',
    'На границу отправили 2000 военных.',
    'В результате обстрела ранены 15 человек.',
  ],
  uk: [
    'Загинули сотні військових під час штурму.',
    'До міста прибули 300 військових.',
    'Внаслідок обстрілу поранено 12 людей.',
  ],
};

/** Everyday sentences of our own with numbers and words the gate knows in a war sense: none may open it. */
const EVERYDAY: Record<string, string[]> = {
  en: [
    'Customer service is open 24 hours a day, 7 days a week.',
    'The station is 5 minutes from the hotel, and 12 trains leave every hour.',
    'Join 9,000 other readers and get our newsletter every Friday.',
    'The general meeting starts at 10 in the main hall of the school.',
    'The service was cut for 3 hours on Tuesday and returned at 4 pm.',
  ],
  de: ['Der Mann am Schalter verkauft bis 8 Uhr Karten für 12 Euro.', 'Die Preise ziehen um 5 Prozent an.'],
  es: [
    'La estación de servicio abre las 24 horas y cuenta con 12 surtidores.',
    'El hotel tiene 40 habitaciones y mantiene sus precios desde 2019.',
  ],
  fr: [
    'La station-service est ouverte 24 heures sur 24 et compte 12 pompes.',
    "L'hôtel dispose de 40 chambres et fait 3 étages.",
  ],
  ru: ['Станция метро находится в 5 минутах от отеля.', 'Служба поддержки работает 24 часа в сутки.'],
  uk: ['Станція знаходиться за 5 хвилин від готелю.', 'Магазини залишаються відкритими до 22 години.'],
};

describe('the gate with the lexicons the background sends', () => {
  test('opens for figures in digits and in words, in every language, each with English as a page loads them', () => {
    for (const lang of LANGS) {
      const opens = gateOf(['en', lang]);
      for (const text of FIGURES[lang] ?? []) {
        expect(extractFigures(text, { lang }).length, text).toBeGreaterThan(0);
        expect(opens(text), text).toBe(true);
      }
    }
  });

  test('stays shut for everyday sentences with numbers and words of service, stations, joining, in every language', () => {
    for (const lang of LANGS) {
      const opens = gateOf(['en', lang]);
      for (const text of EVERYDAY[lang] ?? []) expect(opens(text), text).toBe(false);
    }
  });

  test('stays shut where cue words stand far from any number, or there is no number', () => {
    const opens = gateOf(LANGS);
    const filler = ' The weather was fine and the market was busy all afternoon.'.repeat(8);
    expect(filler.length).toBeGreaterThan(CUE_REACH);
    for (const text of [
      'Film review: the soldiers of the story are brave and the ending is sad.',
      `The troops in the novel march home.${filler} Tickets cost 12 euros in 2025.`,
      `Released 2024.${filler} A memorial for those killed in the war.`,
      'Die Soldaten des Romans kehren heim.',
      'Солдаты в этом фильме сыграны хорошо.',
    ])
      expect(opens(text), text).toBe(false);
  });

  test('a weak word opens it with a number beside it and a second cue word, not alone', () => {
    const opens = gateOf(['en']);
    expect(opens('The contract was cut by 3 weeks.')).toBe(false);
    expect(opens('The army will cut 3,000 jobs and 500 soldiers.')).toBe(true);
    expect(opens('Police said 40 people were there.')).toBe(false);
    expect(opens('Some 40 police remain at the base.')).toBe(true);
  });

  test('every figure the extractor finds is in text it opens for', () => {
    const opens = gateOf(LANGS);
    for (const text of [
      'Dozens dead as the storm hit the coast overnight.',
      'The ministry said on Monday, in a long statement about the talks, that about 1,200 troops would stay.',
      `A report listed the losses.${' It was long.'.repeat(10)} Killed: 140.`,
    ]) {
      expect(extractFigures(text).length, text).toBeGreaterThan(0);
      expect(opens(text), text).toBe(true);
    }
  });

  test("a first look at a page's whole text opens where a block of it does, with a line break between text nodes", () => {
    const opens = gateOf(['en']);
    const block = 'Officials said that about 1,500 of the more than 3,000 US troops would stay.';
    const asNodes = block.split(' ').join('\n ');
    expect(opens(block)).toBe(true);
    expect(opens(asNodes, FIRST_LOOK)).toBe(true);
  });
});

describe('cueGate', () => {
  const searches = { cues: /\b(killed|troops)\b/u, numbers: /\d|\b(?:dozens|hundreds)\b/iu };

  test('reads no block without a cue word near a number, and loads the extractor once, for the first with one', async () => {
    const extract = vi.fn(() => [figure]);
    const load = vi.fn(async () => extract);
    const gated = cueGate(searches, load);
    expect(gated('Ticket prices rise by 12% from 1 March.', {})).toEqual([]);
    expect(gated('The troops of the film are well played.', {})).toEqual([]);
    expect(load).not.toHaveBeenCalled();
    const loading = gated('Hundreds killed.', {});
    expect(loading).toBeInstanceOf(Promise);
    expect(gated('At least 300 were killed.', {})).toBe(loading);
    await loading;
    expect(gated('At least 300 were killed.', {})).toEqual([figure]);
    expect(gated('Some 1,200 troops were sent.', { lang: 'en' })).toEqual([figure]);
    expect(load).toHaveBeenCalledTimes(1);
    expect(extract).toHaveBeenLastCalledWith('Some 1,200 troops were sent.', { lang: 'en' });
  });

  test('answers a failed load with the failure, and never reads', async () => {
    const gated = cueGate(searches, () => Promise.reject(new Error('refused')));
    await expect(gated('300 killed', {})).rejects.toThrow('refused');
  });
});
