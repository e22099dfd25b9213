import { describe, expect, it } from 'vitest';
import type { Claim } from '../claims/claim';
import { compareFigure, type FigureLike } from '../claims/compare';
import { makeClaim, TEST_SUBJECT } from '../claims/test-claims';
import { derivedSentence, flagSentence, summarySentence } from './sentences';

const NIS = 'South Korea National Intelligence Service';
const fig = (
  metric: FigureLike['metric'],
  n: number,
  qualifier: FigureLike['qualifier'] = 'approx',
): FigureLike => ({
  low: n,
  high: qualifier === 'atLeast' || qualifier === 'moreThan' ? null : n,
  qualifier,
  metric,
  party: 'northland',
});
/** The comparison, with its summary, relations and warnings in the reader's words. */
const compare = (figure: FigureLike, history: Claim[], articleDate = '2025-04-30', claimedBy?: string) => {
  const ctx = compareFigure(figure, { articleDate, claimedBy, history, subject: TEST_SUBJECT });
  return {
    ...ctx,
    summary: summarySentence(ctx.summary),
    derived: ctx.derived.map(derivedSentence),
    said: ctx.flags.map(flagSentence),
  };
};

describe('summary', () => {
  const jan = makeClaim({ claimDate: '2025-01-13', low: 300, claimedBy: NIS });
  const sep = makeClaim({ claimDate: '2025-09-02', low: 2000, claimedBy: NIS });

  it.each([
    [
      'double the same claimant, with the newest later claim',
      fig('killed', 600),
      [jan, sep],
      "Double South Korean intelligence's January estimate (300); a later estimate (September 2025) gives about 2,000.",
    ],
    [
      'a percentage rise',
      fig('killed', 375),
      [jan],
      "25% higher than South Korean intelligence's January estimate (300).",
    ],
    [
      'a fall',
      fig('killed', 240),
      [jan],
      "20% lower than South Korean intelligence's January estimate (300).",
    ],
    [
      'the same number',
      fig('killed', 300),
      [jan],
      "The same as South Korean intelligence's January estimate (300).",
    ],
    [
      'many times',
      fig('killed', 1050),
      [jan],
      "About 3.5 times South Korean intelligence's January estimate (300).",
    ],
    [
      'a claim of another year, and an exact figure with a bound',
      fig('killed', 800),
      [makeClaim({ claimDate: '2024-12-19', low: 400, high: null, qualifier: 'atLeast', claimedBy: NIS })],
      "Double South Korean intelligence's December 2024 figure (at least 400).",
    ],
    [
      'no earlier claim but a later one',
      fig('killed', 100),
      [sep],
      'The first such figure on record; a later estimate (September 2025) gives about 2,000.',
    ],
    [
      'no history at all',
      fig('wounded', 100),
      [jan],
      'There is no history yet for “Northland soldiers in the test war” (wounded).',
    ],
  ])('%s', (_name, figure, history, summary) => {
    expect(compare(figure, history, '2025-04-30', NIS).summary).toBe(summary);
  });

  it('names the first claim when the figure is itself the earliest known claim', () => {
    const first = makeClaim({ claimDate: '2025-04-30', low: 600, claimedBy: NIS });
    expect(compare(fig('killed', 600), [first], '2025-04-30', 'NIS').summary).toBe(
      'As South Korean intelligence stated on 30 Apr 2025, the first such claim.',
    );
  });
});

describe('derived comparisons', () => {
  const day = '2025-04-30';
  const casualties = makeClaim({ claimDate: day, metric: 'casualties', low: 4700, claimedBy: NIS });
  const killed = makeClaim({ claimDate: day, metric: 'killed', low: 600, claimedBy: NIS });
  const wounded = makeClaim({ claimDate: day, metric: 'wounded', low: 4100, claimedBy: NIS });
  const elsewhere = makeClaim({ claimDate: day, metric: 'wounded', low: 9000, claimedBy: 'Someone else' });

  it('adds killed and wounded of the same claimant and day against a casualties figure', () => {
    const ctx = compare(fig('casualties', 4700), [casualties, killed, wounded, elsewhere], day, NIS);
    expect(ctx.derived).toEqual([
      "South Korean intelligence's killed (about 600) and wounded (about 4,100) add up to 4,700, the same as this casualties figure.",
    ]);
    expect(compare(fig('casualties', 5000), [killed, wounded], day, NIS).derived[0]).toMatch(
      '4,700, 300 fewer than this casualties figure',
    );
  });

  it('states "X, including Y" for a killed figure inside a casualties total', () => {
    const ctx = compare(fig('killed', 600), [casualties, killed, wounded], day, 'NIS');
    expect(ctx.derived).toEqual([
      "South Korean intelligence's figure of about 4,700 casualties (30 Apr 2025) includes these 600 killed.",
      'With about 4,100 wounded, killed and wounded come to 4,700, the same as its casualties figure.',
    ]);
  });

  it('says nothing without a claimant or a same-day claim', () => {
    expect(compare(fig('killed', 600), [casualties, wounded], day).derived).toEqual([]);
    expect(compare(fig('killed', 600), [casualties], '2025-05-01', NIS).derived).toEqual([]);
  });
});

describe('consistency flags', () => {
  const kinds = (ctx: ReturnType<typeof compare>) => ctx.flags.map((f) => f.kind);
  const march = makeClaim({ claimDate: '2025-03-01', low: 5000, claimedBy: NIS, cumulative: true });

  it('flags a running total below the same claimant’s earlier total', () => {
    const ctx = compare(fig('killed', 4000), [march], '2025-04-30', NIS);
    expect(kinds(ctx)).toEqual(['runningTotalDecreased']);
    expect(ctx.said[0]).toBe(
      "Lower than South Korean intelligence's earlier running total of about 5,000 (1 Mar 2025), though a running total cannot fall.",
    );
  });

  it.each<[string, Claim[], number, string, FigureLike['qualifier']]>([
    ['a count for a period only', [{ ...march, cumulative: false }], 4000, NIS, 'approx'],
    ['another claimant', [march], 4000, 'Someone else', 'approx'],
    ['a bound that still allows the old total', [march], 4000, NIS, 'atLeast'],
    ['a higher total', [march], 5200, NIS, 'approx'],
  ])('does not flag %s', (_name, history, n, claimedBy, q) => {
    expect(kinds(compare(fig('killed', n, q), [...history], '2025-04-30', claimedBy))).not.toContain(
      'runningTotalDecreased',
    );
  });

  it('compares a known running total only with totals counted from the same start', () => {
    const ground = makeClaim({
      claimDate: '2025-04-30',
      low: 346,
      claimedBy: NIS,
      periodStart: '2024-11-01',
    });
    expect(
      kinds(compare(fig('killed', 346), [march, { ...ground, cumulative: true }], '2025-04-30', NIS)),
    ).toEqual([]);
  });

  it('flags more killed than casualties in one claimant’s figures of one day', () => {
    const cas = makeClaim({ claimDate: '2025-04-30', metric: 'casualties', low: 500, claimedBy: NIS });
    expect(kinds(compare(fig('killed', 600), [cas], '2025-04-30', NIS))).toEqual(['killedExceedsCasualties']);
    const k = makeClaim({ claimDate: '2025-04-30', metric: 'killed', low: 800, claimedBy: NIS });
    expect(kinds(compare(fig('casualties', 700), [k], '2025-04-30', NIS))).toEqual([
      'killedExceedsCasualties',
    ]);
    expect(kinds(compare(fig('casualties', 900), [k], '2025-04-30', NIS))).toEqual([]);
  });

  it('flags a figure outside the range of every other source, given two or more', () => {
    const a = makeClaim({ claimDate: '2025-01-01', low: 1000, claimedBy: 'Source A' });
    const b = makeClaim({ claimDate: '2025-02-01', low: 1500, claimedBy: 'Source B' });
    const high = compare(fig('killed', 3000), [a, b], '2025-04-30', NIS);
    expect(high.flags).toEqual([
      { kind: 'outsideRange', direction: 'higher', low: 1000, high: 1500, until: '2025-04-30' },
    ]);
    expect(high.said).toEqual([
      'Higher than every other source up to 30 Apr 2025: their latest figures run from 1,000 to 1,500.',
    ]);
    expect(kinds(compare(fig('killed', 500), [a, b], '2025-04-30', NIS))).toEqual(['outsideRange']);
    expect(kinds(compare(fig('killed', 1200), [a, b], '2025-04-30', NIS))).toEqual([]);
    expect(kinds(compare(fig('killed', 3000), [a], '2025-04-30', NIS))).toEqual([]);
  });
});

describe('with no messages at all (a page or worker without the extension i18n)', () => {
  it('still writes the numbers and dates, in English, instead of throwing on a bad locale', async () => {
    const { setFallbackMessages } = await import('../i18n');
    const en = (await import('../../public/_locales/en/messages.json')).default;
    setFallbackMessages({});
    try {
      const { formatNumber, formatDate } = await import('./format');
      expect(formatNumber(4700)).toBe('4,700');
      expect(formatDate('2025-01-13')).toBe('13 Jan 2025');
    } finally {
      setFallbackMessages(en);
    }
  });
});
