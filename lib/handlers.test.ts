import 'fake-indexeddb/auto';
import { afterAll, describe, expect, it } from 'vitest';
import { SEED_CLAIMS } from '../seeds';
import { importSeeds, openDb } from './db';
import { createHandler, mayWrite } from './handlers';
import { LIMITS } from './messages';

const self = { id: 'claimline-id', origin: 'chrome-extension://claimline-id' };
const db = openDb('handlers-test');
const ready = importSeeds(db, SEED_CLAIMS);
const handle = createHandler(db, ready, self);
afterAll(() => db.delete());

const contentScript = { id: self.id, tab: { id: 1 }, url: 'https://news.example/a' };
const draft = {
  claimedBy: 'Test agency',
  claimDate: '2025-03-03',
  metric: 'killed',
  qualifier: 'exact',
  low: 10,
  high: 10,
};

describe('background message handler', () => {
  it('answers the history of the demo figure', async () => {
    const answer = await handle(
      {
        type: 'context/get',
        payload: {
          figure: {
            text: 'approximately 600',
            low: 600,
            high: 600,
            qualifier: 'approx',
            metric: 'killed',
            party: 'north-korea',
          },
          sentence: 'North Korea has suffered approximately 600 dead, the agency said.',
          articleText: 'North Korean soldiers in Kursk',
          articleDate: '2025-04-30',
        },
      },
      contentScript,
    );
    expect(answer?.ok).toBe(true);
    const data = answer?.ok ? (answer.data as { subject: { id: string } | null; prior: unknown[] }) : null;
    expect(data?.subject?.id).toBe('north-korean-troops-russia-ukraine');
    expect(data?.prior.length).toBeGreaterThan(0);
  });

  it('ignores unknown messages', async () => {
    expect(await handle({ type: 'claims/deleteAll' }, contentScript)).toBeUndefined();
    expect(await handle('hello', contentScript)).toBeUndefined();
  });

  it('answers a known message it refuses with the cause, never with silence', async () => {
    expect(await handle({ type: 'context/get', payload: { figure: 'x' } }, contentScript)).toMatchObject({
      ok: false,
      reason: 'invalid',
    });
    const huge = {
      type: 'context/get',
      payload: {
        figure: { text: '600', low: 600, high: 600, qualifier: 'exact', metric: 'killed', party: null },
        sentence: '600 killed',
        articleText: 'x'.repeat(LIMITS.articleText + 1),
        articleDate: null,
      },
    };
    expect(await handle(huge, contentScript)).toMatchObject({ ok: false, reason: 'tooLarge' });
  });

  it('answers the contexts of many figures in one message, in order', async () => {
    const ref = (low: number, metric: string) => ({
      text: String(low),
      low,
      high: low,
      qualifier: 'approx',
      metric,
      party: 'north-korea',
    });
    const answer = await handle(
      {
        type: 'contexts/get',
        payload: {
          title: 'News of the day',
          passages: ['North Korean soldiers fought in Kursk for Russia.', 'A storm hit the coast.'],
          figures: [
            { figure: ref(600, 'killed'), sentence: 'about 600 dead', passage: 0 },
            { figure: ref(15000, 'deployed'), sentence: '15,000 troops', passage: 0 },
            { figure: { ...ref(30, 'killed'), party: null }, sentence: '30 people died', passage: 1 },
          ],
          articleDate: '2025-04-30',
        },
      },
      contentScript,
    );
    expect(answer?.ok).toBe(true);
    const contexts = answer?.ok
      ? (answer.data as { contexts: { subject: { id: string } | null; known: unknown }[] }).contexts
      : [];
    expect(contexts.map((c) => c.subject?.id ?? null)).toEqual([
      'north-korean-troops-russia-ukraine',
      'north-korean-troops-russia-ukraine',
      null,
    ]);
    expect(contexts[0]?.known).toMatchObject({ claimDate: '2025-04-30' });
  });

  it('saves a draft from the content script as a new page claim, whatever id or origin it claims', async () => {
    const before = await db.claims.count();
    const answer = await handle(
      { type: 'claims/save', payload: { draft: { ...draft, id: SEED_CLAIMS[0]?.id, origin: 'seed' } } },
      contentScript,
    );
    expect(answer?.ok).toBe(true);
    expect(await db.claims.count()).toBe(before + 1);
    expect(await db.claims.get(SEED_CLAIMS[0]?.id as string)).toEqual(SEED_CLAIMS[0]);
    expect(await db.claims.where('claimedBy').equals('Test agency').first()).toMatchObject({
      origin: 'page',
    });
  });

  it('refuses writes from anyone but Claimline itself', async () => {
    const before = await db.claims.count();
    const other = await handle(
      { type: 'claims/save', payload: { draft } },
      { id: 'another-extension', tab: { id: 1 } },
    );
    expect(other).toEqual({
      ok: false,
      error: 'writes are accepted only from Claimline itself',
      reason: 'notAllowed',
    });
    expect(await db.claims.count()).toBe(before);
  });

  it('hands the content script the lexicon of a language it has, and nothing for others', async () => {
    const de = await handle({ type: 'lexicon/get', payload: { lang: 'de' } }, contentScript);
    expect(de?.ok && (de.data as { spec: unknown }).spec).toBeTruthy();
    const none = await handle({ type: 'lexicon/get', payload: { lang: '__proto__' } }, contentScript);
    expect(none).toEqual({ ok: true, data: { spec: null } });
  });

  it('knows its own pages from others', () => {
    expect(mayWrite({ id: self.id, url: `${self.origin}/popup.html` }, self)).toBe(true);
    expect(mayWrite({ id: self.id, url: 'https://evil.example/' }, self)).toBe(false);
    expect(mayWrite(undefined, self)).toBe(false);
  });
});
