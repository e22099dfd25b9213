import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { summarySentence } from '../wording/sentences';
import type { Claim } from './claim';
import { compareFigure } from './compare';
import { makeClaim, TEST_SUBJECT } from './test-claims';

const day = fc
  .integer({ min: 0, max: 700 })
  .map((n) => new Date(Date.UTC(2024, 0, 1 + n)).toISOString().slice(0, 10));
const claim = fc
  .record({
    claimDate: day,
    low: fc.integer({ min: 0, max: 100_000 }),
    who: fc.constantFrom('Source A', 'Source B', 'Source C'),
  })
  .map(({ claimDate, low, who }) => makeClaim({ claimDate, low, claimedBy: who }));

describe('compareFigure on any history', () => {
  it('keeps prior up to the figure’s day and newest first, later strictly after and oldest first, and a range holding them', () => {
    fc.assert(
      fc.property(
        fc.array(claim, { maxLength: 30 }),
        day,
        fc.integer({ min: 0, max: 100_000 }),
        (history: Claim[], date, n) => {
          const ctx = compareFigure(
            { low: n, high: n, qualifier: 'exact', metric: 'killed', party: 'northland' },
            { articleDate: date, history, subject: TEST_SUBJECT },
          );
          const pivot = ctx.known?.claimDate ?? date;
          expect(ctx.claimDate).toBe(pivot);
          const priorDates = ctx.prior.map((e) => e.claim.claimDate);
          const laterDates = ctx.later.map((e) => e.claim.claimDate);
          expect(priorDates.every((d) => d <= pivot)).toBe(true);
          expect(laterDates.every((d) => d > pivot)).toBe(true);
          expect(ctx.prior.length + ctx.later.length + (ctx.known ? 1 : 0)).toBe(history.length);
          expect([...priorDates].sort().reverse()).toEqual(priorDates);
          expect([...laterDates].sort()).toEqual(laterDates);
          expect(ctx.latest?.claim ?? null).toBe(ctx.prior[0]?.claim ?? null);
          for (const e of ctx.prior) {
            expect(e.change).toBe(n - e.value);
            expect(ctx.range && e.value >= ctx.range.low && e.value <= ctx.range.high).toBe(true);
          }
          expect(summarySentence(ctx.summary)).toMatch(/^[A-Z0-9].*\.$/);
        },
      ),
    );
  });
});
