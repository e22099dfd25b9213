import { describe, expect, it } from 'vitest';
import { checkMessage } from './check-message';
import { LIMITS } from './contract';
import { DEMO_FIGURE } from './figure.fixture';
import { TO_BACKGROUND } from './to-background';

const parseMessage = (raw: unknown) => checkMessage(TO_BACKGROUND, raw);

const figure = DEMO_FIGURE;
const ok = {
  type: 'context/get',
  payload: { figure, sentence: 's', articleText: 'a', articleDate: '2025-04-30' },
};
const batch = (patch: Record<string, unknown> = {}) => ({
  type: 'contexts/get',
  payload: {
    title: 'A page',
    passages: ['first block', 'second block'],
    figures: [
      { figure, sentence: 'about 600 dead', span: { start: 6, end: 9 }, passage: 0 },
      { figure: { ...figure, population: 'military' }, sentence: 's', passage: 1 },
    ],
    articleDate: null,
    lang: 'de',
    ...patch,
  },
});
const reasonOf = (raw: unknown) => {
  const parsed = parseMessage(raw);
  return parsed.ok ? 'ok' : parsed.reason;
};

describe('parseMessage', () => {
  it('accepts a well-formed context request, with its span, population, language and page', () => {
    expect(parseMessage(ok).ok).toBe(true);
    const full = {
      ...ok.payload,
      figure: { ...figure, population: 'civilian' },
      sentence: 'about 600 dead',
      span: { start: 0, end: 9 },
      lang: 'uk',
      pageUrl: 'https://news.example/a',
    };
    expect(parseMessage({ type: 'context/get', payload: full }).ok).toBe(true);
  });

  it.each([
    ['bad metric', { ...ok, payload: { ...ok.payload, figure: { ...figure, metric: 'eaten' } } }],
    ['negative bound', { ...ok, payload: { ...ok.payload, figure: { ...figure, low: -1 } } }],
    ['NaN bound', { ...ok, payload: { ...ok.payload, figure: { ...figure, high: Number.NaN } } }],
    ['bad date', { ...ok, payload: { ...ok.payload, articleDate: 'yesterday' } }],
    ['missing figure', { ...ok, payload: { sentence: 's', articleText: 'a', articleDate: null } }],
    [
      'a population that is none',
      { ...ok, payload: { ...ok.payload, figure: { ...figure, population: 'x' } } },
    ],
    ['a span outside its sentence', { ...ok, payload: { ...ok.payload, span: { start: 0, end: 5 } } }],
  ])('refuses %s as invalid', (_name, raw) => {
    expect(reasonOf(raw)).toBe('invalid');
  });

  it('leaves what is no Claimline message to others', () => {
    expect(reasonOf('hello')).toBe('unknown');
    expect(reasonOf({ type: 'claims/deleteAll', payload: {} })).toBe('unknown');
  });

  it('accepts text up to each limit and refuses one character more as too large', () => {
    const article = (n: number) => ({ ...ok, payload: { ...ok.payload, articleText: 'x'.repeat(n) } });
    expect(reasonOf(article(LIMITS.articleText))).toBe('ok');
    expect(reasonOf(article(LIMITS.articleText + 1))).toBe('tooLarge');
    const sentence = { ...ok, payload: { ...ok.payload, sentence: 'x'.repeat(LIMITS.sentence + 1) } };
    expect(reasonOf(sentence)).toBe('tooLarge');
    const draft = { type: 'claims/save', payload: { draft: { note: 'x'.repeat(LIMITS.draft) } } };
    expect(reasonOf(draft)).toBe('tooLarge');
  });
});

describe('parseMessage: one batched request for many figures', () => {
  it('accepts figures that point at their passages', () => {
    expect(reasonOf(batch())).toBe('ok');
  });

  it('refuses a figure pointing at no passage', () => {
    const figures = [{ figure, sentence: 's', passage: 2 }];
    expect(reasonOf(batch({ figures }))).toBe('invalid');
  });

  it('refuses more figures or passage text than the limits, as too large', () => {
    const figures = Array.from({ length: LIMITS.batchFigures + 1 }, () => ({
      figure,
      sentence: 's',
      passage: 0,
    }));
    expect(reasonOf(batch({ figures }))).toBe('tooLarge');
    const passage = 'x'.repeat(LIMITS.articleText);
    const passages = Array.from({ length: Math.ceil(LIMITS.batchText / passage.length) + 1 }, () => passage);
    expect(reasonOf(batch({ passages }))).toBe('tooLarge');
  });
});
