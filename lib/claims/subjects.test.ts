import { describe, expect, it } from 'vitest';
import type { Metric } from '../extract/types';
import { matchSubject, SUBJECTS, subjectById } from './subjects';

const NK_ARTICLE = `Seoul says North Korean troops sent to Russia's Kursk region have suffered heavy losses.
North Korean soldiers were thrown into assaults, and Pyongyang has since confirmed the deployment.
South Korea's intelligence service believes more North Korean units will follow.`;
const GAZA_ARTICLE =
  'Israeli strikes continued across the Gaza Strip, where the health ministry updated its count.';
const SUDAN_ARTICLE = 'Fighting between the army and the Rapid Support Forces spread to El Fasher in Darfur.';

const match = (party: string | null, metric: Metric, sentence: string, articleText = '') =>
  matchSubject({ party, metric, sentence, articleText })?.subjectId ?? null;

describe('subject registry', () => {
  it('has the seven subjects of the seeds, each with parties, words and a start date', () => {
    expect(SUBJECTS.map((s) => s.id).sort()).toEqual([
      'civilian-casualties-ukraine',
      'gaza-war-casualties',
      'israeli-soldiers-killed-gaza-war',
      'north-korean-troops-russia-ukraine',
      'russian-military-losses-ukraine-war',
      'sudan-war-death-toll',
      'ukrainian-military-losses-ukraine-war',
    ]);
    for (const s of SUBJECTS) {
      expect(s.parties.length).toBeGreaterThan(0);
      expect(s.words.length).toBeGreaterThan(0);
      expect(s.period.start).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    expect(subjectById('gaza-war-casualties')?.label).toBe('Casualties of the Gaza war');
  });
});

describe('matchSubject', () => {
  it.each([
    [
      '"600 dead" with its party, in an article about North Koreans in Kursk',
      'north-korea',
      'killed',
      'about 600 dead',
      NK_ARTICLE,
      'north-korean-troops-russia-ukraine',
    ],
    [
      '"600 dead" with no party, from the article alone',
      null,
      'killed',
      'including about 600 dead',
      NK_ARTICLE,
      'north-korean-troops-russia-ukraine',
    ],
    [
      'troops deployed with no party',
      null,
      'deployed',
      '15,000 troops in two stages',
      NK_ARTICLE,
      'north-korean-troops-russia-ukraine',
    ],
    [
      'Palestinians killed in Gaza',
      'palestinians',
      'killed',
      '52,300 Palestinians killed in Gaza',
      '',
      'gaza-war-casualties',
    ],
    [
      'a Gaza figure without party inside a North Korea article',
      null,
      'killed',
      'In Gaza, 52,300 Palestinians have been killed',
      NK_ARTICLE,
      'gaza-war-casualties',
    ],
    [
      'Hamas fighters under the Gaza subject',
      'palestinian-militants',
      'killed',
      '17,000 militants',
      GAZA_ARTICLE,
      'gaza-war-casualties',
    ],
    [
      'Israeli soldiers',
      'israel',
      'killed',
      '726 soldiers',
      GAZA_ARTICLE,
      'israeli-soldiers-killed-gaza-war',
    ],
    [
      'Russian losses',
      'russia',
      'casualties',
      '1,000,000 Russian troops killed or wounded',
      NK_ARTICLE,
      'russian-military-losses-ukraine-war',
    ],
    [
      'Ukrainian soldiers',
      'ukraine',
      'killed',
      '43,000 Ukrainian soldiers killed',
      '',
      'ukrainian-military-losses-ukraine-war',
    ],
    [
      'Ukrainian civilians though the party says Ukraine',
      'ukraine',
      'killed',
      '12,000 Ukrainian civilians killed',
      '',
      'civilian-casualties-ukraine',
    ],
    [
      'civilians named only by the sentence',
      null,
      'killed',
      'killed 15,000 civilians in Ukraine',
      '',
      'civilian-casualties-ukraine',
    ],
    [
      'Sudan from the article',
      null,
      'killed',
      'at least 20,000 people killed',
      SUDAN_ARTICLE,
      'sudan-war-death-toll',
    ],
  ] as const)('%s', (_name, party, metric, sentence, article, subject) => {
    expect(match(party, metric, sentence, article)).toBe(subject);
  });

  it('lets sentence words beat article words', () => {
    const article = `${NK_ARTICLE} ${NK_ARTICLE}`;
    expect(match(null, 'killed', 'the Gaza health ministry counts 50,000 dead', article)).toBe(
      'gaza-war-casualties',
    );
  });

  it('lets the party beat the words of sentence and article', () => {
    expect(match('north-korea', 'killed', 'as in Gaza, 600 died', GAZA_ARTICLE)).toBe(
      'north-korean-troops-russia-ukraine',
    );
  });

  it('returns the label with the id', () => {
    expect(matchSubject({ party: 'sudan', metric: 'killed', sentence: '', articleText: '' })).toEqual({
      subjectId: 'sudan-war-death-toll',
      label: 'Death toll of the war in Sudan',
    });
  });

  it.each([
    ['nothing identifies a subject', null, 'killed', '30 people died', 'A storm hit the coast.'],
    ['a party no subject follows', 'us', 'killed', 'three American soldiers killed', NK_ARTICLE],
    ['a metric the subject does not record', 'russia', 'deployed', '50,000 Russian troops massed', ''],
    [
      'Israeli civilians: the Israeli subject counts soldiers',
      'israel',
      'killed',
      '1,200 Israeli civilians',
      '',
    ],
  ] as const)('returns null when %s', (_name, party, metric, sentence, article) => {
    expect(match(party, metric, sentence, article)).toBeNull();
  });
});
