import { describe, expect, it } from 'vitest';
import { SEED_CLAIMS } from '../../seeds/index';
import { derivedSentence, summarySentence } from '../wording/sentences';
import { compareFigure, type FigureLike } from './compare';
import type { Derived } from './context';
import { matchSubject } from './match-subject';

/** The demo article's situation: South Korean intelligence via a lawmaker, 30 April 2025. */
const ARTICLE = `North Korean soldiers fighting for Russia in the Kursk region have suffered about 4,700
casualties, including about 600 dead, South Korea's spy agency told lawmakers. Pyongyang sent
15,000 troops in two stages.`;

function contextFor(figure: FigureLike, sentence: string, claimedBy?: string) {
  const match = matchSubject({ party: figure.party, metric: figure.metric, sentence, articleText: ARTICLE });
  const subject = match ? { id: match.subjectId, label: match.label } : null;
  const history = SEED_CLAIMS.filter((c) => c.subject === subject?.id);
  return compareFigure(figure, { articleDate: '2025-04-30', claimedBy, history, subject });
}

const approx = (
  metric: FigureLike['metric'],
  n: number,
  party: string | null = 'north-korea',
): FigureLike => ({
  low: n,
  high: n,
  qualifier: 'approx',
  metric,
  party,
});

describe('the demo case with the real seeds', () => {
  it('"600" dead is the NIS claim of that day, after January\'s 300 and before September\'s 2,000', () => {
    const ctx = contextFor(approx('killed', 600), 'including about 600 dead', 'NIS');
    expect(ctx.subject?.id).toBe('north-korean-troops-russia-ukraine');
    expect(ctx.known?.id).toBe('seed:north-korean-troops-russia-ukraine:032');
    const nis300 = ctx.prior.find((e) => e.claim.claimDate === '2025-01-13');
    expect(nis300).toMatchObject({ value: 300, ratio: 2 });
    expect(ctx.later.map((e) => [e.claim.claimDate, e.value])).toContainEqual(['2025-09-02', 2000]);
    expect(summarySentence(ctx.summary)).toBe(
      "Double South Korean intelligence's January estimate (300); a later estimate (September 2025) gives about 2,000.",
    );
  });

  it('"600" without a party still finds the North Korean history from the article', () => {
    const ctx = contextFor(approx('killed', 600, null), 'including about 600 dead');
    expect(ctx.subject?.id).toBe('north-korean-troops-russia-ukraine');
    expect(ctx.prior.map((e) => e.value)).toContain(300);
  });

  it('"4,700" casualties shows Zelenskyy\'s 4,000 of 9 January', () => {
    const ctx = contextFor(approx('casualties', 4700), 'about 4,700 casualties', 'NIS');
    const zelenskyy = ctx.prior.find(
      (e) => e.claim.claimedBy.startsWith('Volodymyr Zelenskyy') && e.claim.claimDate === '2025-01-09',
    );
    expect(zelenskyy?.value).toBe(4000);
    expect(derivedSentence(ctx.derived[0] as Derived)).toMatch('add up to 4,700');
  });

  it('a Gaza figure in the same article is compared with Gaza claims only', () => {
    const ctx = contextFor(
      approx('killed', 52300, 'palestinians'),
      'Gaza says 52,300 Palestinians have been killed',
    );
    expect(ctx.subject?.id).toBe('gaza-war-casualties');
    expect(ctx.prior.length).toBeGreaterThan(0);
    expect(
      ctx.prior.every((e) => e.claim.subject === 'gaza-war-casualties' && e.claim.party === 'palestinians'),
    ).toBe(true);
    expect(ctx.prior[0]?.claim.claimDate).toBe('2025-03-23');
  });
});
