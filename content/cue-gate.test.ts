import { describe, expect, test, vi } from 'vitest';
import { extractFigures } from '../lib/extract/all-languages';
import { searchesOf } from '../lib/extract/engine/lexicon-searches';
import { lexiconFor } from '../lib/extract/lexicon/registry';
import type { Figure } from '../lib/extract/types';
import { CUE_REACH, cueGate, cueNearNumber } from './cue-gate';

const figure = { text: '300' } as Figure;
const LANGS = ['en', 'de', 'es', 'fr', 'ru', 'uk'];

const flagsOf = (re: RegExp | undefined) => re?.flags.replace(/[gy]/g, '') ?? '';

/** The page's two searches as the background makes them (lexicon-cues.ts), joined as content/start.ts joins them. */
function searches(langs: string[]) {
  const all = langs.map((l) => searchesOf(lexiconFor(l)));
  const either = (parts: RegExp[]) => parts.map((p) => `(?:${p.source})`).join('|');
  return {
    cues: new RegExp(either(all.map((s) => s.cues)), `${flagsOf(all[0]?.cues)}g`),
    numbers: new RegExp(either(all.map((s) => s.trig.search)), flagsOf(all[0]?.trig.search)),
  };
}

describe('cueNearNumber with the lexicons the background sends', () => {
  const { cues, numbers } = searches(LANGS);
  const near = (text: string) => cueNearNumber(text, cues, numbers);

  test('opens for figures in digits and in words, in every language', () => {
    for (const text of [
      'Dozens dead as the storm hit the coast overnight.',
      'Officials said hundreds were killed in the shelling.',
      'Three soldiers were wounded near the checkpoint.',
      'Mehr als 2.000 Soldaten wurden an die Grenze verlegt.',
      'Dutzende Tote nach dem Angriff auf den Markt.',
      'Al menos doscientos muertos tras el bombardeo.',
      'Des centaines de morts dans la région, selon la mairie.',
      'Погибли десятки мирных жителей.',
      'Загинули сотні військових під час штурму.',
    ])
      expect(near(text), text).toBe(true);
  });

  test('stays shut where cue words stand far from any number, or there is no number', () => {
    const filler = ' The weather was fine and the market was busy all afternoon.'.repeat(8);
    expect(filler.length).toBeGreaterThan(CUE_REACH);
    for (const text of [
      'Film review: the soldiers of the story are brave and the ending is sad.',
      `The troops in the novel march home.${filler} Tickets cost 12 euros in 2025.`,
      `Released 2024.${filler} A memorial for those killed in the war.`,
      'Die Soldaten des Romans kehren heim.',
      'Солдаты в этом фильме сыграны хорошо.',
    ])
      expect(near(text), text).toBe(false);
  });

  test('every figure the extractor finds is in text it opens for', () => {
    for (const text of [
      'Dozens dead as the storm hit the coast overnight.',
      'The ministry said on Monday, in a long statement about the talks, that about 1,200 troops would stay.',
      `A report listed the losses.${' It was long.'.repeat(10)} Killed: 140.`,
    ]) {
      expect(extractFigures(text).length, text).toBeGreaterThan(0);
      expect(near(text), text).toBe(true);
    }
  });
});

describe('cueGate', () => {
  const cues = /\b(killed|troops)\b/u;
  const numbers = /\d|\b(?:dozens|hundreds)\b/iu;

  test('reads no block without a cue word near a number, and loads the extractor once, for the first with one', async () => {
    const extract = vi.fn(() => [figure]);
    const load = vi.fn(async () => extract);
    const gated = cueGate(cues, numbers, load);
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
    const gated = cueGate(cues, numbers, () => Promise.reject(new Error('refused')));
    await expect(gated('300 killed', {})).rejects.toThrow('refused');
  });
});
