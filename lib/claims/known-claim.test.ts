import { describe, expect, it } from 'vitest';
import { summarySentence } from '../wording/sentences';
import { compareFigure, type FigureLike } from './compare';
import { knownClaim, sameAmount } from './known-claim';
import { makeClaim, TEST_SUBJECT } from './test-claims';

const AGENCY = 'Southland Intelligence Agency';
const RIVAL = 'Eastland Ministry of Defence';
const figure = (
  low: number | null,
  high: number | null,
  qualifier: FigureLike['qualifier'] = 'exact',
): FigureLike => ({ low, high, qualifier, metric: 'killed', party: 'northland' });
const day = (d: string) => ({ first: d, last: d });

describe('sameAmount', () => {
  it.each([
    ['"at least 300" states what "about 300" states', figure(300, null, 'atLeast'), 300, 300, 'approx', true],
    ['a count and an estimate of the same number', figure(4000, 4000), 4000, 4000, 'approx', true],
    ['"nearly 1,000" and "up to 1,000"', figure(null, 1000, 'nearly'), null, 1000, 'atMost', true],
    ['the same range', figure(3000, 4000, 'range'), 3000, 4000, 'range', true],
    ['a range and its middle', figure(3000, 4000, 'range'), 3500, 3500, 'approx', false],
    ['another number', figure(640, 640), 650, 650, 'approx', false],
  ] as const)('%s', (_name, f, low, high, qualifier, same) => {
    expect(sameAmount(f, { low, high, qualifier })).toBe(same);
  });
});

describe('knownClaim', () => {
  const jan13 = makeClaim({ claimDate: '2025-01-13', low: 300 });
  const rival13 = makeClaim({ claimDate: '2025-01-13', low: 300, claimedBy: RIVAL });
  const apr30 = makeClaim({ claimDate: '2025-04-30', low: 2000, metric: 'withdrawn' });
  const history = [jan13, rival13, apr30];

  it('takes a claim made within a day of the figure’s date, not two days off', () => {
    expect(knownClaim(figure(300, 300), history, day('2025-01-13'), AGENCY)).toBe(jan13);
    expect(knownClaim(figure(300, 300), history, day('2025-01-14'), AGENCY)).toBe(jan13);
    expect(knownClaim(figure(300, 300), history, day('2025-01-12'), AGENCY)).toBe(jan13);
    expect(knownClaim(figure(300, 300), history, day('2025-01-15'), AGENCY)).toBeNull();
  });

  it('needs the same claimant when the sentence names one, by any of its names', () => {
    expect(knownClaim(figure(300, 300), history, day('2025-01-13'), RIVAL)).toBe(rival13);
    expect(knownClaim(figure(300, 300), history, day('2025-01-13'), 'Westland Army')).toBeNull();
    expect(knownClaim(figure(300, 300), history, day('2025-01-13'), undefined)).toBe(jan13);
  });

  it('finds the claim anywhere in the days the sentence gives ("in January")', () => {
    const january = { first: '2025-01-01', last: '2025-01-31' };
    expect(knownClaim(figure(300, null, 'atLeast'), history, january, undefined)).toBe(jan13);
  });

  it('takes a claim saved from this page whatever claimant the reader gave it', () => {
    const saved = makeClaim({
      claimDate: '2025-01-13',
      low: 300,
      claimedBy: 'Hospitals of the city',
      sourceUrl: 'https://news.example/a',
    });
    expect(
      knownClaim(figure(300, 300), [saved], day('2025-01-13'), 'the city', 'https://news.example/a'),
    ).toBe(saved);
    expect(
      knownClaim(figure(300, 300), [saved], day('2025-01-13'), 'the city', 'https://news.example/b'),
    ).toBeNull();
  });

  it('is no claim without any date', () => {
    expect(knownClaim(figure(300, 300), history, null, AGENCY)).toBeNull();
  });
});

describe('compareFigure as of the figure’s own date', () => {
  const dec = makeClaim({ claimDate: '2024-12-19', low: 100 });
  const jan9 = makeClaim({ claimDate: '2025-01-09', low: 4000, claimedBy: RIVAL });
  const jan13 = makeClaim({ claimDate: '2025-01-13', low: 300 });
  const mar = makeClaim({ claimDate: '2025-03-27', low: 400, claimedBy: RIVAL });
  const apr30 = makeClaim({ claimDate: '2025-04-30', low: 600 });
  const history = [dec, jan9, jan13, mar, apr30];
  const asOf = (f: FigureLike, claimPeriod: { first: string; last: string } | null, claimedBy?: string) =>
    compareFigure(f, { articleDate: '2025-04-30', claimPeriod, claimedBy, history, subject: TEST_SUBJECT });

  it('a figure the article dates 9 January is that day’s claim, compared with what came before it', () => {
    const ctx = asOf(figure(4000, 4000), day('2025-01-09'), RIVAL);
    expect(ctx.known).toBe(jan9);
    expect(ctx.claimDate).toBe('2025-01-09');
    expect(ctx.prior.map((e) => e.claim)).toEqual([dec]);
    expect(ctx.later.map((e) => e.claim)).toEqual([jan13, mar, apr30]);
  });

  it('"in January" finds the 13 January claim and compares as of its day', () => {
    const ctx = asOf(figure(300, null, 'atLeast'), { first: '2025-01-01', last: '2025-01-31' });
    expect(ctx.known).toBe(jan13);
    expect(ctx.claimDate).toBe('2025-01-13');
    expect(summarySentence(ctx.summary)).toMatch(/^Triple .*December/);
    expect(ctx.later.map((e) => e.claim)).toEqual([mar, apr30]);
  });

  it('a claim of the article’s own day is known, not later and not missing', () => {
    const ctx = asOf(figure(600, 600, 'approx'), null, AGENCY);
    expect(ctx.known).toBe(apr30);
    expect(ctx.later).toEqual([]);
    expect(summarySentence(ctx.summary)).toMatch(/^Double/);
  });

  it('without a claim of its own, a figure of the article’s day is compared with that day’s claims', () => {
    const ctx = asOf(figure(650, 650), null, 'Westland Army');
    expect(ctx.known).toBeNull();
    expect(ctx.prior[0]?.claim).toBe(apr30);
  });

  it('keeps the article’s date when the sentence gives none and no claim matches', () => {
    const ctx = asOf(figure(5000, 5000), null);
    expect(ctx.claimDate).toBe('2025-04-30');
    expect(ctx.claimPeriod).toBeNull();
  });

  it('counts a claim saved from this page whatever subject it was filed under', () => {
    const saved = makeClaim({
      claimDate: '2025-04-30',
      low: 5000,
      subject: null,
      sourceUrl: 'https://news.example/a',
    });
    const ctx = compareFigure(figure(5000, 5000), {
      articleDate: '2025-04-30',
      history: [...history, saved],
      subject: TEST_SUBJECT,
      pageUrl: 'https://news.example/a',
    });
    expect(ctx.known).toBe(saved);
  });
});
