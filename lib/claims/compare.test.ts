import { describe, expect, it } from 'vitest';
import { summarySentence } from '../wording/sentences';
import type { Claim } from './claim';
import { claimValue, compareFigure, type FigureLike, figureValue } from './compare';
import { makeClaim, TEST_SUBJECT } from './test-claims';

const AGENCY = 'Southland Intelligence Agency';
const RIVAL = 'Eastland Ministry of Defence';
const killed = (n: number, q: FigureLike['qualifier'] = 'approx'): FigureLike => ({
  low: n,
  high: n,
  qualifier: q,
  metric: 'killed',
  party: 'northland',
});

const compare = (
  figure: FigureLike,
  history: Claim[],
  articleDate: string | null = '2025-04-30',
  claimedBy?: string,
) => compareFigure(figure, { articleDate, claimedBy, history, subject: TEST_SUBJECT });

const ids = (entries: { claim: Claim }[]) => entries.map((e) => e.claim.id);

describe('figureValue', () => {
  it.each([
    ['exact', 600, 600, 600],
    ['approx', 300, 300, 300],
    ['atLeast', 300, null, 300],
    ['moreThan', 4000, null, 4000],
    ['atMost', null, 8000, 8000],
    ['nearly', null, 1000, 1000],
    ['nearly', 1000, 1000, 1000],
    ['range', 2000, 4000, 3000],
    ['vague', 200, 999, 599.5],
    ['vague', 100000, null, 100000],
    ['exact', null, null, null],
  ] as const)('%s %s..%s -> %s', (qualifier, low, high, value) => {
    expect(figureValue({ low, high, qualifier })).toBe(value);
    expect(claimValue(makeClaim({ claimDate: '2025-01-01', low, high, qualifier }))).toBe(value);
  });
});

describe('compareFigure: which claims it sets the figure against', () => {
  const jan = makeClaim({ claimDate: '2025-01-13', low: 300 });
  const dec = makeClaim({ claimDate: '2024-12-19', low: 100, qualifier: 'atLeast', high: null });
  const feb = makeClaim({ claimDate: '2025-02-04', low: 1000, claimedBy: RIVAL });
  const sameDay = makeClaim({ claimDate: '2025-04-30', low: 650, claimedBy: RIVAL });
  const sep = makeClaim({ claimDate: '2025-09-02', low: 2000 });
  const jun = makeClaim({ claimDate: '2025-06-15', low: 900, claimedBy: RIVAL });
  const wounded = makeClaim({ claimDate: '2025-01-13', metric: 'wounded', low: 2700 });
  const otherParty = makeClaim({ claimDate: '2025-01-20', party: 'eastland', low: 5000 });
  const otherSubject = makeClaim({ claimDate: '2025-01-20', subject: 'other-war', low: 52300 });
  const history = [sep, jan, wounded, feb, otherParty, dec, sameDay, jun, otherSubject];

  it('lists prior claims of the same subject, metric and party, up to and on the article day, newest first', () => {
    expect(ids(compare(killed(600), history).prior)).toEqual([sameDay.id, feb.id, jan.id, dec.id]);
  });

  it('lists later claims oldest first, only when the article is older than them', () => {
    expect(ids(compare(killed(600), history).later)).toEqual([jun.id, sep.id]);
    expect(compare(killed(2500), history, '2025-12-01').later).toEqual([]);
  });

  it('treats every claim as prior when the article has no date', () => {
    expect(compare(killed(600), history, null).prior).toHaveLength(6);
  });

  it('recognises a known claim by claimant, date and value, then compares with the claims before it', () => {
    const ctx = compare(killed(650), history, '2025-04-30', 'Eastland Ministry of Defence');
    expect(ctx.known?.id).toBe(sameDay.id);
    expect(ids(ctx.prior)).toEqual([feb.id, jan.id, dec.id]);
    expect(compare(killed(650), history, '2025-04-30', AGENCY).known).toBeNull();
    expect(compare(killed(650), history, '2025-04-30').known?.id).toBe(sameDay.id);
    expect(compare(killed(640), history, '2025-04-30').known).toBeNull();
  });

  it('gives the latest earlier claim with the absolute change, the ratio and the change per day', () => {
    const ctx = compare(killed(1300), history, '2025-03-06');
    expect(ctx.latest).toMatchObject({ claim: feb, value: 1000, change: 300, ratio: 1.3, perDay: 10 });
  });

  it("finds the same claimant's previous figure, whatever name the article uses", () => {
    expect(compare(killed(600), history, '2025-04-30', AGENCY).sameClaimantPrevious?.claim.id).toBe(jan.id);
    expect(
      compare(killed(600), history, '2025-04-30', 'Eastland Ministry of Defence').sameClaimantPrevious?.claim
        .id,
    ).toBe(sameDay.id);
    expect(
      compare(killed(600), history, '2025-04-29', 'Eastland Ministry of Defence').sameClaimantPrevious?.claim
        .id,
    ).toBe(feb.id);
    expect(compare(killed(600), history).sameClaimantPrevious).toBeNull();
  });

  it('gives the range of all sources up to the date, the known claim included', () => {
    expect(compare(killed(600), history).range).toEqual({ low: 100, high: 1000, count: 4 });
    expect(compare(killed(650), history, '2025-04-30', RIVAL).range).toEqual({
      low: 100,
      high: 1000,
      count: 4,
    });
    expect(compare(killed(5), history, '2024-01-01').range).toBeNull();
  });

  it('uses the subject’s main party when the figure names none', () => {
    const gaza = [
      makeClaim({ claimDate: '2025-01-12', subject: 'gaza-war-casualties', party: 'palestinians' }),
    ];
    const militants = makeClaim({
      claimDate: '2025-01-12',
      subject: 'gaza-war-casualties',
      party: 'palestinian-militants',
    });
    const ctx = compareFigure(
      { ...killed(52300), party: null },
      {
        articleDate: '2025-05-01',
        history: [...gaza, militants],
        subject: { id: 'gaza-war-casualties', label: 'Gaza' },
      },
    );
    expect(ids(ctx.prior)).toEqual([gaza[0]?.id]);
  });

  it('has no history without a subject and a party', () => {
    const ctx = compareFigure(
      { ...killed(600), party: null },
      { articleDate: '2025-04-30', history, subject: null },
    );
    expect(ctx.prior).toEqual([]);
    expect(summarySentence(ctx.summary)).toBe('Your claim history has nothing on this yet.');
  });
});
