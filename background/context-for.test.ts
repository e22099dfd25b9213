import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeClaim } from '../lib/claims/test-claims';
import { type ClaimlineDb, historyFor, importSeeds, openDb } from '../lib/db';
import type { ContextRequest, ContextsRequest } from '../lib/messages/contract';
import { DEMO_FIGURE } from '../lib/messages/figure.fixture';
import { SEED_CLAIMS } from '../seeds';
import { contextFor, contextsFor } from './context-for';
import { CONTENT_SCRIPT, SELF } from './handler.fixture';
import { createHandler } from './handlers';
import { withPackSources } from './pack-sources';

const NK = 'north-korean-troops-russia-ukraine';
const SENTENCE = 'North Korea has suffered approximately 600 dead in Kursk, the agency said on 28 April.';
const REQUESTS: ContextRequest[] = [
  {
    figure: DEMO_FIGURE,
    sentence: SENTENCE,
    span: { start: 25, end: 42 },
    articleText: 'North Korean soldiers in Kursk',
    articleDate: '2025-04-30',
    lang: 'en',
    pageUrl: 'https://news.example/kursk',
  },
  {
    figure: {
      text: '4,700',
      low: 4700,
      high: 4700,
      qualifier: 'approx',
      metric: 'casualties',
      party: 'north-korea',
    },
    sentence: 'The North Korean troops have suffered about 4,700 casualties.',
    articleText: 'North Korean soldiers in Kursk',
    articleDate: null,
  },
  {
    figure: {
      text: '52,300',
      low: 52300,
      high: 52300,
      qualifier: 'exact',
      metric: 'killed',
      party: 'palestinians',
    },
    sentence: "Gaza's health ministry says 52,300 Palestinians have been killed.",
    articleText: 'Gaza',
    articleDate: '2025-04-30',
  },
];

let db: ClaimlineDb;
let handle: ReturnType<typeof createHandler>;
beforeAll(async () => {
  db = openDb('context-for-cache');
  await importSeeds(db, SEED_CLAIMS);
  // a pack's records among the seeds
  await db.claims.bulkAdd(
    Array.from({ length: 300 }, (_, i) =>
      makeClaim({
        id: `pack:desk:r${i}`,
        origin: 'pack',
        subject: NK,
        party: 'north-korea',
        metric: i % 2 ? 'killed' : 'casualties',
        low: 200 + i,
        high: 200 + i,
        claimDate: `2025-0${(i % 6) + 1}-${String((i % 27) + 1).padStart(2, '0')}`,
      }),
    ),
  );
  handle = createHandler(db, Promise.resolve(), SELF);
});
afterAll(() => db.delete());

/** Each request's context with the history read from the indexes at every lookup (as before the cache). */
const uncached = (request: ContextRequest) => contextFor(db, request, (query) => historyFor(db, query));

async function expectSameAnswers(): Promise<void> {
  for (const request of REQUESTS) {
    const answer = await handle({ type: 'context/get', payload: request }, CONTENT_SCRIPT);
    expect(answer?.ok ? answer.data : answer).toEqual(
      JSON.parse(JSON.stringify(await withPackSources(db, await uncached(request)))),
    );
    expect(await contextFor(db, request)).toEqual(await uncached(request));
  }
  const batch: ContextsRequest = {
    title: 'Kursk',
    passages: ['North Korean soldiers in Kursk'],
    figures: REQUESTS.map((r) => ({ figure: r.figure, sentence: r.sentence, passage: 0 })),
    articleDate: '2025-04-30',
    pageUrl: 'https://news.example/kursk',
  };
  const one = await contextsFor(db, batch);
  const each = await Promise.all(
    batch.figures.map(async (f) => {
      const c = await uncached({
        ...f,
        articleText: 'Kursk\nNorth Korean soldiers in Kursk',
        articleDate: '2025-04-30',
        pageUrl: batch.pageUrl,
      });
      return {
        subject: c.subject,
        summary: c.summary,
        claimDate: c.claimDate,
        known: c.known && { claimedBy: c.known.claimedBy, claimDate: c.known.claimDate },
      };
    }),
  );
  expect(one).toEqual(each);
}

describe('the popover lookup with its history kept until the claims change', () => {
  it('answers exactly as reading the indexes at every lookup', async () => {
    await expectSameAnswers();
    await expectSameAnswers();
  });

  it('a claim saved from the page is in the next lookup, and the answers still agree', async () => {
    const before = await contextFor(db, REQUESTS[0] as ContextRequest);
    const saved = await handle(
      {
        type: 'claims/save',
        payload: {
          draft: {
            claimedBy: 'Test agency',
            claimDate: '2025-04-20',
            subject: NK,
            party: 'north-korea',
            metric: 'killed',
            qualifier: 'exact',
            low: 650,
            high: 650,
          },
        },
      },
      CONTENT_SCRIPT,
    );
    expect(saved?.ok).toBe(true);
    const after = await contextFor(db, REQUESTS[0] as ContextRequest);
    expect(after.prior.length).toBe(before.prior.length + 1);
    expect(after.prior.some((e) => e.claim.claimedBy === 'Test agency' && e.value === 650)).toBe(true);
    await expectSameAnswers();
  });

  it('an edit and a deletion are in the next lookup', async () => {
    await db.claims.update('pack:desk:r1', { low: 9999, high: 9999 });
    expect(
      (await contextFor(db, REQUESTS[0] as ContextRequest)).prior.find((e) => e.claim.id === 'pack:desk:r1')
        ?.value,
    ).toBe(9999);
    await db.claims.where('id').startsWith('pack:desk:').delete();
    const after = await contextFor(db, REQUESTS[0] as ContextRequest);
    expect(after.prior.some((e) => e.claim.origin === 'pack')).toBe(false);
    await expectSameAnswers();
  });
});
