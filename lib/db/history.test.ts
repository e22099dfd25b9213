import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEED_CLAIMS } from '../../seeds';
import type { Claim } from '../claims/claim';
import { compareFigure, type FigureLike } from '../claims/compare';
import { matchSubject } from '../claims/match-subject';
import { makeClaim } from '../claims/test-claims';
import { historyFor } from './claims-repo';
import { type ClaimlineDb, openDb } from './schema';

const NK = 'north-korean-troops-russia-ukraine';
const ARTICLE = `North Korean soldiers fighting for Russia in the Kursk region have suffered about 4,700
casualties, including about 600 dead, South Korea's spy agency told lawmakers. Meanwhile Gaza's health
ministry says 52,300 Palestinians have been killed.`;

let db: ClaimlineDb;
beforeAll(async () => {
  db = openDb('history-narrow');
  // extra claims a narrow read must not drop: same-day figures of other metrics, other subjects
  const extra = [
    makeClaim({ claimDate: '2025-04-30', subject: NK, party: 'north-korea', metric: 'wounded', low: 4100 }),
    makeClaim({ claimDate: '2025-04-30', subject: NK, party: 'north-korea', metric: 'deployed', low: 15000 }),
    makeClaim({ claimDate: '2025-04-30', subject: 'gaza-war-casualties', party: 'palestinians', low: 9 }),
    makeClaim({ claimDate: '2025-02-01', subject: NK, party: 'north-korea', metric: 'captured', low: 2 }),
  ];
  await db.claims.bulkAdd([...SEED_CLAIMS, ...extra]);
});
afterAll(async () => {
  await db.delete();
});

const cases: [string, FigureLike, string, string | null, string | undefined][] = [
  [
    '"600" dead on the demo date',
    { low: 600, high: 600, qualifier: 'approx', metric: 'killed', party: 'north-korea' },
    'about 600 dead',
    '2025-04-30',
    'NIS',
  ],
  [
    '"4,700" casualties',
    { low: 4700, high: 4700, qualifier: 'approx', metric: 'casualties', party: 'north-korea' },
    'about 4,700 casualties',
    '2025-04-30',
    'NIS',
  ],
  [
    '"600" without a party or claimant',
    { low: 600, high: 600, qualifier: 'approx', metric: 'killed', party: null },
    'about 600 North Korean soldiers killed in Kursk',
    '2025-04-30',
    undefined,
  ],
  [
    'a figure in an undated article',
    { low: 3000, high: 3000, qualifier: 'moreThan', metric: 'casualties', party: 'north-korea' },
    'more than 3,000 casualties',
    null,
    'NIS',
  ],
  [
    'Gaza\'s "52,300" killed',
    { low: 52300, high: 52300, qualifier: 'exact', metric: 'killed', party: 'palestinians' },
    '52,300 Palestinians have been killed',
    '2025-04-30',
    'Gaza Health Ministry',
  ],
];

describe('historyFor with the article date', () => {
  it.each(cases)(
    'gives the same comparison as the whole subject: %s',
    async (_, figure, sentence, date, claimedBy) => {
      const match = matchSubject({
        party: figure.party,
        metric: figure.metric,
        sentence,
        articleText: ARTICLE,
      });
      expect(match).not.toBeNull();
      const subject = match ? { id: match.subjectId, label: match.label } : null;
      const query = { subject: subject?.id ?? null, party: figure.party, metric: figure.metric };
      const whole = await historyFor(db, query);
      const narrow = await historyFor(db, { ...query, date });
      expect(narrow.length).toBeLessThan(whole.length);
      expect(narrow.every((c) => c.metric === figure.metric || c.claimDate === date)).toBe(true);
      const compare = (history: typeof whole) =>
        compareFigure(figure, { articleDate: date, claimedBy, history, subject });
      expect(compare(narrow)).toEqual(compare(whole));
    },
  );

  it("still finds the claimant's other figures of that day (killed + wounded against casualties)", async () => {
    const narrow = await historyFor(db, {
      subject: NK,
      party: 'north-korea',
      metric: 'casualties',
      date: '2025-04-30',
    });
    expect(narrow.map((c) => c.metric)).toEqual(expect.arrayContaining(['casualties', 'killed', 'wounded']));
    const ctx = compareFigure(cases[1]?.[1] as FigureLike, {
      articleDate: '2025-04-30',
      claimedBy: 'NIS',
      history: narrow,
      subject: { id: NK, label: 'NK' },
    });
    expect(ctx.derived.length).toBeGreaterThan(0);
  });

  it('reads the days the sentence gives, a day either side, so the claim found there keeps its siblings', async () => {
    const january = { first: '2025-01-01', last: '2025-01-31' };
    const figure: FigureLike = {
      low: 300,
      high: null,
      qualifier: 'atLeast',
      metric: 'killed',
      party: 'north-korea',
    };
    const query = { subject: NK, party: 'north-korea', metric: 'killed' as const };
    const narrow = await historyFor(db, { ...query, date: january.last, days: january });
    // the 13 January wounded figure of the same claimant, though another metric
    expect(narrow.some((c) => c.metric === 'wounded' && c.claimDate === '2025-01-13')).toBe(true);
    const compare = (history: Claim[]) =>
      compareFigure(figure, {
        articleDate: '2025-04-30',
        claimPeriod: january,
        claimedBy: 'NIS',
        history,
        subject: { id: NK, label: 'NK' },
      });
    const whole = await historyFor(db, query);
    expect(compare(narrow)).toEqual(compare(whole));
    expect(compare(narrow).known?.claimDate).toBe('2025-01-13');
    expect(compare(narrow).derived.length).toBeGreaterThan(0);
  });

  it('reads the claims saved from the page, whatever their subject', async () => {
    const saved = makeClaim({
      claimDate: '2025-02-10',
      subject: null,
      party: null,
      metric: 'killed',
      low: 700,
      sourceUrl: 'https://news.example/goma',
    });
    await db.claims.add(saved);
    const read = await historyFor(db, {
      subject: null,
      party: null,
      metric: 'killed',
      date: '2025-02-10',
      pageUrl: 'https://news.example/goma',
    });
    expect(read.map((c) => c.id)).toEqual([saved.id]);
    expect(
      await historyFor(db, {
        subject: null,
        party: null,
        metric: 'wounded',
        pageUrl: saved.sourceUrl as string,
      }),
    ).toEqual([]);
  });
});
