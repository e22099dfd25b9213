import { SEED_CLAIMS } from '../../seeds';
import type { Claim } from '../claims/claim';
import type { SeedLogEntry } from './schema';

const full: Claim = {
  id: '0b6f3c1e-6d7a-4f0e-9a51-2f7d1c8e4b90',
  subject: 'north-korean-troops-russia-ukraine',
  party: 'north-korea',
  population: 'military',
  metric: 'casualties',
  low: 4700,
  high: 4700,
  qualifier: 'approx',
  claimedBy: 'Ukraine Ministry of Defence Intelligence (HUR)',
  claimantType: 'adversary',
  via: 'Yonhap, citing Reuters',
  claimDate: '2025-04-30',
  periodStart: '2024-10-01',
  periodEnd: '2025-04-30',
  cumulative: true,
  place: 'Kursk oblast, Курська область',
  sourceUrl: 'https://example.org/news/nk-casualties?id=4700&lang=en#quote',
  sourceName: '연합뉴스 Yonhap',
  quote: '"approximately 4,700 casualties, including approximately 600 dead" — «приблизно 4 700»',
  note: 'Saved from a page; \u{1F1F0}\u{1F1F5} emoji, RTL العربية, zero-width\u200bjoiner, tab\tand\nnewline.',
  origin: 'page',
  createdAt: '2026-05-01T08:30:00.000Z',
  updatedAt: '2026-05-02T09:45:12.345Z',
};

/**
 * Records of every kind a user may have stored at an earlier schema version: real seeds, a saved
 * record with every field set (unicode, emoji, right-to-left, control characters), one with every
 * optional field null, and an unmatched (subject-less) one.
 */
export const UPGRADE_CLAIMS: Claim[] = [
  ...SEED_CLAIMS.slice(0, 3),
  ...SEED_CLAIMS.filter((c) => c.subject === 'gaza-war-casualties').slice(0, 2),
  full,
  {
    ...full,
    id: 'manual-nulls',
    subject: null,
    party: null,
    population: 'unknown',
    metric: 'missing',
    low: null,
    high: 12,
    qualifier: 'atMost',
    claimedBy: 'Unnamed official',
    claimantType: 'unknown',
    via: null,
    periodStart: null,
    periodEnd: null,
    cumulative: false,
    place: null,
    sourceUrl: null,
    sourceName: null,
    quote: null,
    note: null,
    origin: 'manual',
  },
  {
    ...full,
    id: 'import-range',
    subject: 'sudan-war-death-toll',
    party: 'sudan',
    population: 'civilian',
    metric: 'killed',
    low: 20000,
    high: 150000,
    qualifier: 'range',
    claimDate: '2024-05-14',
    origin: 'import',
  },
];

export const UPGRADE_SEED_LOG: SeedLogEntry[] = SEED_CLAIMS.slice(0, 5).map((c) => ({
  id: c.id,
  importedAt: '2026-11-27T07:00:00.000Z',
}));
