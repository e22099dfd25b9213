import { describe, expect, test } from 'vitest';
import { readClaimReviews } from './claim-review';

// A fact-check page's markup as checkers write it (invented claim, real schema.org shape).
const REVIEW = {
  '@context': 'https://schema.org',
  '@type': 'ClaimReview',
  url: 'https://check.example/fact-checks/northern-front-losses',
  datePublished: '2026-11-30',
  claimReviewed: 'The Northern Front says it lost no more than 40 fighters in November.',
  author: { '@type': 'Organization', name: 'Example Check' },
  reviewRating: { '@type': 'Rating', ratingValue: '2', bestRating: '5', alternateName: 'Misleading' },
  itemReviewed: {
    '@type': 'Claim',
    author: { '@type': 'Organization', name: 'Northern Front press office' },
    datePublished: '2026-11-28T09:00:00Z',
    appearance: { '@type': 'CreativeWork', url: 'https://wire.example/northern-front-statement' },
  },
};

describe('ClaimReview JSON-LD', () => {
  test('reads the claim, its claimant, date, where it appeared, and the rating', () => {
    expect(readClaimReviews([JSON.stringify(REVIEW)])).toEqual([
      {
        claimReviewed: 'The Northern Front says it lost no more than 40 fighters in November.',
        claimant: 'Northern Front press office',
        claimDate: '2026-11-28',
        appearanceUrl: 'https://wire.example/northern-front-statement',
        reviewer: 'Example Check',
        rating: 'Misleading',
        reviewUrl: 'https://check.example/fact-checks/northern-front-losses',
      },
    ]);
  });

  test('finds reviews in @graph and arrays, and skips broken blocks and other types', () => {
    const graph = { '@context': 'https://schema.org', '@graph': [{ '@type': 'NewsArticle' }, REVIEW] };
    const reviews = readClaimReviews([
      '{ not json',
      JSON.stringify(graph),
      JSON.stringify([{ '@type': 'Person' }]),
    ]);
    expect(reviews.map((r) => r.reviewer)).toEqual(['Example Check']);
  });

  test('falls back to the review date and a plain-string author, and ignores non-web URLs', () => {
    const plain = {
      ...REVIEW,
      author: 'Example Check',
      itemReviewed: { author: 'A regional governor', appearance: 'javascript:alert(1)' },
    };
    expect(readClaimReviews([JSON.stringify(plain)])[0]).toMatchObject({
      claimant: 'A regional governor',
      claimDate: '2026-11-30',
      appearanceUrl: null,
      reviewer: 'Example Check',
    });
  });
});
