import 'fake-indexeddb/auto';
import { afterAll, describe, expect, it } from 'vitest';
import type { ClaimContext } from '../lib/claims/compare';
import { importSeeds, openDb } from '../lib/db';
import type { Searches } from '../lib/extract/engine/lexicon-searches';
import { fromPlainData, lexiconFromPlain, type PlainLexicon } from '../lib/extract/lexicon/plain-lexicon';
import { LIMITS } from '../lib/messages/contract';
import { DEMO_FIGURE } from '../lib/messages/figure.fixture';
import { SEED_CLAIMS } from '../seeds';
import { CONTENT_SCRIPT, SAVE_DRAFT, SELF } from './handler.fixture';
import { createHandler, mayWrite } from './handlers';

const db = openDb('handlers-test');
const ready = importSeeds(db, SEED_CLAIMS);
const handle = createHandler(db, ready, SELF);
afterAll(() => db.delete());

describe('background message handler', () => {
  it('answers the history of the demo figure', async () => {
    const answer = await handle(
      {
        type: 'context/get',
        payload: {
          figure: DEMO_FIGURE,
          sentence: 'North Korea has suffered approximately 600 dead, the agency said.',
          articleText: 'North Korean soldiers in Kursk',
          articleDate: '2025-04-30',
        },
      },
      CONTENT_SCRIPT,
    );
    expect(answer?.ok).toBe(true);
    const data = answer?.ok ? (answer.data as { subject: { id: string } | null; prior: unknown[] }) : null;
    expect(data?.subject?.id).toBe('north-korean-troops-russia-ukraine');
    expect(data?.prior.length).toBeGreaterThan(0);
  });

  it('ignores unknown messages', async () => {
    expect(await handle({ type: 'claims/deleteAll' }, CONTENT_SCRIPT)).toBeUndefined();
    expect(await handle('hello', CONTENT_SCRIPT)).toBeUndefined();
  });

  it('answers a known message it refuses with the cause, never with silence', async () => {
    expect(await handle({ type: 'context/get', payload: { figure: 'x' } }, CONTENT_SCRIPT)).toMatchObject({
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
    expect(await handle(huge, CONTENT_SCRIPT)).toMatchObject({ ok: false, reason: 'tooLarge' });
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
      CONTENT_SCRIPT,
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
      { type: 'claims/save', payload: { draft: { ...SAVE_DRAFT, id: SEED_CLAIMS[0]?.id, origin: 'seed' } } },
      CONTENT_SCRIPT,
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
      { type: 'claims/save', payload: { draft: SAVE_DRAFT } },
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
    const de = await handle({ type: 'lexicon/get', payload: { lang: 'de' } }, CONTENT_SCRIPT);
    expect(de?.ok && (de.data as { lexicon: unknown }).lexicon).toBeTruthy();
    const none = await handle({ type: 'lexicon/get', payload: { lang: '__proto__' } }, CONTENT_SCRIPT);
    expect(none).toEqual({ ok: true, data: { lexicon: null, searches: null } });
    // English too (the content script ships no language), with the parties
    const en = await handle({ type: 'lexicon/get', payload: { lang: 'en' } }, CONTENT_SCRIPT);
    const data = en?.ok ? (en.data as unknown as { lexicon: unknown; parties: unknown[] }) : null;
    expect(data?.lexicon).toBeTruthy();
    expect(data?.parties.length).toBeGreaterThan(10);
  });

  it('hands a page the gate of a language first, without its lexicon', async () => {
    const en = await handle({ type: 'lexicon/cues', payload: { lang: 'en' } }, CONTENT_SCRIPT);
    const data = en?.ok ? (en.data as Record<string, { source: string; flags: string }>) : null;
    expect(Object.keys(data ?? {})).toEqual(['cues']);
    const cues = new RegExp(data?.cues?.source ?? '$^', data?.cues?.flags);
    expect(cues.test('300 soldiers were killed')).toBe(true);
    expect(JSON.stringify(data).length).toBeLessThan(15_000);
    const none = await handle({ type: 'lexicon/cues', payload: { lang: 'xx' } }, CONTENT_SCRIPT);
    expect(none).toEqual({ ok: true, data: { cues: null } });
    const bad = await handle(
      { type: 'lexicon/cues', payload: { lang: 'en', readWith: 'de' } },
      CONTENT_SCRIPT,
    );
    expect(bad).toMatchObject({ ok: false, reason: 'invalid' });
  });

  it('sends English too, with its countries, which the content script does not ship', async () => {
    const en = await handle({ type: 'lexicon/get', payload: { lang: 'en' } }, CONTENT_SCRIPT);
    const plain = en?.ok ? (en.data as { lexicon: PlainLexicon | null }).lexicon : null;
    // as a page gets it: the message's JSON
    const lexicon = lexiconFromPlain(JSON.parse(JSON.stringify(plain)));
    expect(lexicon.parties.chadians).toBe('chad');
    expect(lexicon.capitalNames.has('chad')).toBe(true);
  });

  it('sends the searches of the languages a page reads together, built for them together', async () => {
    const en = await handle(
      { type: 'lexicon/get', payload: { lang: 'en', readWith: ['de', 'xx'] } },
      CONTENT_SCRIPT,
    );
    const mixed = en?.ok ? (en.data as { mixed: { langs: string[]; searches: PlainLexicon } }).mixed : null;
    expect(mixed?.langs).toEqual(['en', 'de']);
    const searches = fromPlainData<Searches>(JSON.parse(JSON.stringify(mixed?.searches)));
    // "Soldaten" is a German cue word, "killed" an English one: one search finds both
    expect(searches.cues.test('zwölf Soldaten')).toBe(true);
    expect(searches.cues.test('were killed')).toBe(true);
    const alone = await handle({ type: 'lexicon/get', payload: { lang: 'en' } }, CONTENT_SCRIPT);
    expect(alone?.ok && 'mixed' in (alone.data as object)).toBe(false);
    const bad = await handle(
      { type: 'lexicon/get', payload: { lang: 'en', readWith: 'de' } },
      CONTENT_SCRIPT,
    );
    expect(bad).toMatchObject({ ok: false, reason: 'invalid' });
  });

  it('knows its own pages from others', () => {
    expect(mayWrite({ id: SELF.id, url: `${SELF.origin}/popup.html` }, SELF)).toBe(true);
    expect(mayWrite({ id: SELF.id, url: 'https://evil.example/' }, SELF)).toBe(false);
    expect(mayWrite(undefined, SELF)).toBe(false);
  });

  /** A context request as the content script builds it for `figure` in `sentence`. */
  const ask = (sentence: string, text: string, patch: Record<string, unknown>) => {
    const start = sentence.indexOf(text);
    return handle(
      {
        type: 'context/get',
        payload: {
          sentence,
          span: { start, end: start + text.length },
          articleText: 'North Korean troops fight for Russia in the Kursk region of Russia.',
          articleDate: '2025-04-30',
          lang: 'en',
          ...patch,
          figure: { text, qualifier: 'exact', party: 'north-korea', ...(patch.figure as object) },
        },
      },
      CONTENT_SCRIPT,
    ).then((answer) => (answer?.ok ? (answer.data as ClaimContext) : null));
  };

  it('compares a figure the article dates earlier as of that date, as the claim the history holds', async () => {
    const sentence =
      'Volodymyr Zelenskyy said on 9 January that 4,000 North Korean troops had been killed or wounded near Kursk.';
    const ctx = await ask(sentence, '4,000', {
      figure: { low: 4000, high: 4000, metric: 'casualties', claimedBy: 'Volodymyr Zelenskyy' },
    });
    expect(ctx?.claimDate).toBe('2025-01-09');
    expect(ctx?.known).toMatchObject({
      claimDate: '2025-01-09',
      claimedBy: 'Volodymyr Zelenskyy, President of Ukraine',
    });
    expect(ctx?.prior.every((e) => e.claim.claimDate <= '2025-01-09')).toBe(true);
    expect(ctx?.later.map((e) => e.claim.claimDate)).toContain('2025-04-30');
  });

  it('finds "in January" as the January claim the history holds', async () => {
    const sentence = 'Back in January the spy agency said at least 300 North Korean soldiers had died.';
    const ctx = await ask(sentence, 'at least 300', {
      figure: { low: 300, high: null, qualifier: 'atLeast', metric: 'killed' },
    });
    expect(ctx?.claimPeriod).toEqual({ first: '2025-01-01', last: '2025-01-31' });
    expect(ctx?.known).toMatchObject({ claimDate: '2025-01-13', low: 300 });
  });

  it("knows a claim of the article's own day", async () => {
    const sentence = 'The agency said about 2,000 troops had gone home.';
    const ctx = await ask(sentence, 'about 2,000', {
      figure: {
        low: 2000,
        high: 2000,
        qualifier: 'approx',
        metric: 'withdrawn',
        claimedBy: "South Korea's National Intelligence Service",
      },
    });
    expect(ctx?.known).toMatchObject({ claimDate: '2025-04-30', metric: 'withdrawn' });
  });

  it('shows a figure saved from a page in its popover when the page is read again', async () => {
    const pageUrl = 'https://news.example/a-war-nobody-follows';
    const sentence = 'Officials said 37 fishermen were killed.';
    const figure = { low: 37, high: 37, metric: 'killed', party: null };
    const before = await ask(sentence, '37', { pageUrl, articleText: 'A storm at sea.', figure });
    expect(before?.subject).toBeNull();
    expect(before?.known).toBeNull();
    const saved = await handle(
      {
        type: 'claims/save',
        payload: {
          draft: {
            ...SAVE_DRAFT,
            low: 37,
            high: 37,
            subject: '',
            party: '',
            sourceUrl: pageUrl,
            claimDate: '2025-04-30',
          },
        },
      },
      CONTENT_SCRIPT,
    );
    expect(saved?.ok && (saved.data as { claim?: unknown }).claim).toBeTruthy();
    const after = await ask(sentence, '37', { pageUrl, articleText: 'A storm at sea.', figure });
    expect(after?.known).toMatchObject({ low: 37, sourceUrl: pageUrl });
  });
});
