import type { Claim } from '../../lib/claims/claim';
import { draftFromFigure } from '../../lib/claims/draft';
import { t } from '../../lib/i18n';
import type { PageFigures } from '../../lib/messages/ask-page';
import type { PageReview } from '../../lib/messages/contract';
import { describeFigure, formatDate, reviewWords } from '../../lib/wording/format';

/**
 * A draft claim from a fact-check's review: the claimant, date and appearance the review names,
 * the figure the extractor read in the claim's words (the reader fills it in when none was read),
 * and the fact-checker with its rating as the claim's review. The reader confirms it in the form.
 */
export function draftFromReview(
  { review, figure }: PageReview,
  page: PageFigures,
  today: string,
): Partial<Claim> {
  const claimDate = review.claimDate ?? page.articleDate ?? today;
  const base: Partial<Claim> = figure
    ? draftFromFigure(figure, { claimDate, url: page.url, title: page.title, sentence: review.claimReviewed })
    : { claimDate, quote: review.claimReviewed.slice(0, 2000), origin: 'page' };
  const reviewUrl = review.reviewUrl ?? (/^https?:/.test(page.url) ? page.url : null);
  return {
    ...base,
    claimedBy: review.claimant ?? figure?.claimedBy ?? '',
    sourceUrl: review.appearanceUrl ?? base.sourceUrl ?? null,
    sourceName: review.appearanceUrl ? null : (base.sourceName ?? (page.title.slice(0, 200) || null)),
    ...(review.reviewer && { reviewedBy: review.reviewer }),
    ...(review.reviewer && review.rating && { reviewRating: review.rating }),
    ...(review.reviewer && reviewUrl && { reviewUrl }),
  };
}

export interface PageReviewsProps {
  reviews: readonly PageReview[];
  onSave: (r: PageReview) => void;
}

/** The claims the page's fact-checks review, each with its claimant, figure, verdict and Save. */
export function PageReviews({ reviews, onSave }: PageReviewsProps) {
  return (
    <section class="page-reviews" aria-labelledby="reviews-heading">
      <h3 id="reviews-heading">{t('factChecksHere')}</h3>
      <ul class="figures">
        {reviews.map((r, i) => {
          const { review, figure } = r;
          const claimant = review.claimant ?? t('reviewUnknownClaimant');
          const verdict = reviewWords(review.reviewer, review.rating);
          return (
            <li key={`${i}:${review.claimReviewed}`} class="figure review">
              <div>
                <strong>{figure ? describeFigure(figure) : claimant}</strong>
                <span class="subject">
                  {[figure ? claimant : null, review.claimDate && formatDate(review.claimDate), verdict]
                    .filter(Boolean)
                    .join(' · ')}
                </span>
                <p class="summary">{review.claimReviewed}</p>
              </div>
              <button type="button" onClick={() => onSave(r)} aria-label={t('saveReviewedClaim', claimant)}>
                {t('save')}
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
