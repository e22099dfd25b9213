// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Claim } from '../../lib/claims/claim';
import type { ReviewedClaim } from '../../lib/io/claim-review';
import type { PageFigures } from '../../lib/messages/ask-page';
import type { PageReview } from '../../lib/messages/contract';
import { draftFromReview, PageReviews } from './PageReviews';
import { ThisPage } from './ThisPage';

afterEach(cleanup);

const review = (patch: Partial<ReviewedClaim> = {}): ReviewedClaim => ({
  claimReviewed: 'The ministry said 1,500 soldiers were killed at the crossing.',
  claimant: 'Examplian Defence Ministry',
  claimDate: '2026-03-04',
  appearanceUrl: 'https://news.example.com/briefing',
  reviewer: 'Example Check',
  rating: 'Misleading',
  reviewUrl: 'https://check.example.org/crossing',
  ...patch,
});
const killed1500: PageReview['figure'] = {
  text: '1,500',
  low: 1500,
  high: 1500,
  qualifier: 'exact',
  metric: 'killed',
  party: null,
  population: 'military',
};
const page: PageFigures = {
  url: 'https://check.example.org/crossing',
  title: 'Fact check: the crossing',
  articleDate: '2026-03-06',
  figures: [],
};

describe('PageReviews', () => {
  it('lists each reviewed claim with its number, claimant, date and verdict, under its heading', () => {
    render(
      <PageReviews
        reviews={[
          { review: review(), figure: killed1500 },
          {
            review: review({
              claimReviewed: 'The army moved 12,000 troops north.',
              claimant: 'General Staff',
              claimDate: '2026-02-08',
              rating: 'True',
            }),
            figure: { ...killed1500, text: '12,000', low: 12000, high: 12000, metric: 'deployed' },
          },
        ]}
        onSave={() => {}}
      />,
    );
    const list = screen.getByRole('region', { name: 'Fact checks on this page' });
    const rows = within(list).getAllByRole('listitem');
    expect(rows.map((r) => r.querySelector('strong')?.textContent)).toEqual([
      '1,500 killed',
      '12,000 troops deployed',
    ]);
    expect(rows[0]?.querySelector('.subject')?.textContent).toBe(
      'Examplian Defence Ministry · 4 Mar 2026 · rated “Misleading” by Example Check',
    );
    expect(rows[1]?.querySelector('.subject')?.textContent).toBe(
      'General Staff · 8 Feb 2026 · rated “True” by Example Check',
    );
    expect(rows[0]?.querySelector('.summary')?.textContent).toBe(review().claimReviewed);
  });

  it('names the claimant when no number was read, and says when the claimant is not named', () => {
    render(
      <PageReviews
        reviews={[
          { review: review({ claimReviewed: 'Casualties were far higher than reported.' }), figure: null },
          { review: review({ claimant: null, rating: null, claimDate: null }), figure: killed1500 },
        ]}
        onSave={() => {}}
      />,
    );
    const rows = screen.getAllByRole('listitem');
    expect(rows[0]?.querySelector('strong')?.textContent).toBe('Examplian Defence Ministry');
    expect(rows[0]?.querySelector('.subject')?.textContent).toBe(
      '4 Mar 2026 · rated “Misleading” by Example Check',
    );
    expect(rows[1]?.querySelector('.subject')?.textContent).toBe(
      'claimant not named · checked by Example Check',
    );
    expect(
      screen.getByRole('button', { name: 'Save the claim of claimant not named to the history' }),
    ).toBeTruthy();
  });

  it("shows the page's markup as text: no element is made from a claim's words", () => {
    const words = '<img src=x onerror="alert(1)"> 40 killed';
    render(
      <PageReviews
        reviews={[{ review: review({ claimReviewed: words }), figure: null }]}
        onSave={() => {}}
      />,
    );
    expect(document.querySelector('img')).toBeNull();
    expect(document.querySelector('.summary')?.textContent).toBe(words);
  });

  it('Save hands over the review the reader chose', () => {
    const onSave = vi.fn<(r: PageReview) => void>();
    const first = { review: review(), figure: killed1500 };
    const second = { review: review({ claimant: 'General Staff' }), figure: null };
    render(<PageReviews reviews={[first, second]} onSave={onSave} />);
    fireEvent.click(screen.getByRole('button', { name: 'Save the claim of General Staff to the history' }));
    expect(onSave).toHaveBeenCalledTimes(1);
    expect(onSave.mock.calls[0]?.[0]).toBe(second);
  });
});

describe('draftFromReview', () => {
  it('fills in the claimant, the claim date, where it appeared, the number read and the review', () => {
    expect(draftFromReview({ review: review(), figure: killed1500 }, page, '2026-12-03')).toMatchObject({
      claimedBy: 'Examplian Defence Ministry',
      claimDate: '2026-03-04',
      sourceUrl: 'https://news.example.com/briefing',
      sourceName: null,
      metric: 'killed',
      low: 1500,
      high: 1500,
      population: 'military',
      quote: review().claimReviewed,
      reviewedBy: 'Example Check',
      reviewRating: 'Misleading',
      reviewUrl: 'https://check.example.org/crossing',
      origin: 'page',
    });
  });

  it("falls back to the article's date and the fact-check page when the review names neither", () => {
    const draft = draftFromReview(
      { review: review({ claimDate: null, appearanceUrl: null, reviewUrl: null }), figure: killed1500 },
      page,
      '2026-12-03',
    );
    expect(draft).toMatchObject({
      claimDate: '2026-03-06',
      sourceUrl: 'https://check.example.org/crossing',
      sourceName: 'Fact check: the crossing',
      reviewUrl: 'https://check.example.org/crossing',
    });
    expect(
      draftFromReview(
        { review: review({ claimDate: null }), figure: null },
        { ...page, articleDate: null },
        '2026-12-03',
      ).claimDate,
    ).toBe('2026-12-03');
  });

  it('keeps no review without a fact-checker, and no rating it was not given', () => {
    const none = draftFromReview(
      { review: review({ reviewer: null }), figure: killed1500 },
      page,
      '2026-12-03',
    );
    expect(none).not.toHaveProperty('reviewedBy');
    expect(none).not.toHaveProperty('reviewRating');
    expect(none).not.toHaveProperty('reviewUrl');
    const unrated = draftFromReview(
      { review: review({ rating: null }), figure: killed1500 },
      page,
      '2026-12-03',
    );
    expect(unrated).toMatchObject({ reviewedBy: 'Example Check' });
    expect(unrated).not.toHaveProperty('reviewRating');
  });

  it('leaves the number to the reader when none was read, with the claim’s words as the quote', () => {
    const draft = draftFromReview(
      { review: review({ claimReviewed: 'Casualties were far higher than reported.' }), figure: null },
      page,
      '2026-12-03',
    );
    expect(draft).toMatchObject({ quote: 'Casualties were far higher than reported.', origin: 'page' });
    expect(draft).not.toHaveProperty('low');
  });
});

describe('This page with fact checks', () => {
  it('lists a page’s reviews with no figures of its own, and Save opens the form on the draft', async () => {
    const onSave = vi.fn<(draft: Partial<Claim>) => void>();
    const withReviews = { ...page, reviews: [{ review: review(), figure: killed1500 }] };
    render(<ThisPage askPage={async () => withReviews} onSave={onSave} today={() => '2026-12-03'} />);
    fireEvent.click(
      await screen.findByRole('button', {
        name: 'Save the claim of Examplian Defence Ministry to the history',
      }),
    );
    expect(screen.getByText('No casualty or troop figures found on this page.')).toBeTruthy();
    expect(onSave.mock.calls[0]?.[0]).toEqual(
      draftFromReview(withReviews.reviews[0] as PageReview, withReviews, '2026-12-03'),
    );
  });
});
