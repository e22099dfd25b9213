import type { Claim } from './claim';

let n = 0;

/**
 * A complete claim for tests, from the few fields a case cares about. Defaults describe an
 * invented war ("test-war"), so no case depends on the seed data.
 */
export function makeClaim(patch: Partial<Claim> & Pick<Claim, 'claimDate'>): Claim {
  n += 1;
  const low = patch.low === undefined ? 100 : patch.low;
  return {
    id: `t${String(n).padStart(4, '0')}`,
    subject: 'test-war',
    party: 'northland',
    population: 'military',
    metric: 'killed',
    low,
    high: patch.high === undefined ? low : patch.high,
    qualifier: 'approx',
    claimedBy: 'Southland Intelligence Agency',
    claimantType: 'third-government',
    via: null,
    periodStart: null,
    periodEnd: null,
    cumulative: true,
    place: null,
    sourceUrl: null,
    sourceName: null,
    quote: null,
    note: null,
    origin: 'manual',
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    ...patch,
  };
}

/** The invented subject the test claims belong to. */
export const TEST_SUBJECT = { id: 'test-war', label: 'Northland soldiers in the test war' };
