// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { extractFigures } from '../lib/extract';
import type { Extractor } from './mark-figures';
import { pageReviews } from './page-reviews';

const review = (claim: string, extra: Record<string, unknown> = {}) => ({
  '@type': 'ClaimReview',
  claimReviewed: claim,
  author: { '@type': 'Organization', name: 'Example Check' },
  reviewRating: { '@type': 'Rating', alternateName: 'Exaggerated' },
  itemReviewed: {
    '@type': 'Claim',
    author: { '@type': 'Person', name: 'General Testov' },
    datePublished: '2025-03-04',
    appearance: { '@type': 'CreativeWork', url: 'https://video.example/speech' },
  },
  ...extra,
});

function pageWith(...blocks: string[]) {
  document.head.innerHTML = blocks.map((b) => `<script type="application/ld+json">${b}</script>`).join('');
}

const extract: Extractor = (text, options) => extractFigures(text, options);

afterEach(() => {
  document.head.innerHTML = '';
});

describe("the page's fact-checks", () => {
  it('offers each reviewed claim with the figure the extractor reads in its words', async () => {
    pageWith(JSON.stringify(review('The army says 12,000 enemy soldiers were killed in the spring.')));
    const [one] = await pageReviews(document, extract, 'en');
    expect(one?.review).toMatchObject({
      claimant: 'General Testov',
      claimDate: '2025-03-04',
      appearanceUrl: 'https://video.example/speech',
      reviewer: 'Example Check',
      rating: 'Exaggerated',
    });
    expect(one?.figure).toMatchObject({ low: 12000, high: 12000, metric: 'killed' });
  });

  it('reads reviews inside an @graph, skips a block that is not JSON, and keeps a claim without a number', async () => {
    pageWith(
      '{"@context": "https://schema.org", "@type": "ClaimReview", "claimReviewed": "broken',
      JSON.stringify({
        '@context': 'https://schema.org',
        '@graph': [
          { '@type': 'WebPage', name: 'A fact-check' },
          review('More than 300 troops were withdrawn from the border last week.'),
          review('The ministry hid the real figures.'),
        ],
      }),
    );
    const found = await pageReviews(document, extract, 'en');
    expect(found).toHaveLength(2);
    expect(found[0]?.figure).toMatchObject({ low: 300, qualifier: 'moreThan', metric: 'withdrawn' });
    expect(found[1]?.figure).toBeNull();
  });

  it('waits for the extractor’s code when it is not loaded yet, and gives no figure when it fails', async () => {
    pageWith(JSON.stringify(review('At least 40 civilians were killed.')));
    let loaded = false;
    const loading = (text: string, options: { lang?: string }) => {
      if (loaded) return extract(text, options);
      loaded = true;
      return Promise.resolve();
    };
    expect((await pageReviews(document, loading, 'en'))[0]?.figure).toMatchObject({
      low: 40,
      metric: 'killed',
    });
    const failing = () => Promise.reject(new Error('no extractor'));
    expect((await pageReviews(document, failing, 'en'))[0]?.figure).toBeNull();
  });
});
