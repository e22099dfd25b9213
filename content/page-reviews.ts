import type { Figure } from '../lib/extract/types';
import { readClaimReviews } from '../lib/io/claim-review';
import type { PageReview } from '../lib/messages/contract';
import { toRef } from './context-request';
import type { LoadingExtractor } from './cue-gate';

/** How many JSON-LD blocks, and how much of each, a page's fact-checks are read from. */
const MAX_BLOCKS = 20;
const MAX_BLOCK_CHARS = 200_000;

/** The figures of a text, once the extractor's code is loaded (none when it cannot be). */
async function figuresOf(
  extract: LoadingExtractor,
  text: string,
  lang: string | undefined,
): Promise<Figure[]> {
  for (let tries = 0; tries < 2; tries++) {
    const found = extract(text, { lang });
    if (Array.isArray(found)) return found;
    try {
      await found;
    } catch {
      return [];
    }
  }
  return [];
}

/**
 * The claims the page's fact-checks review (schema.org ClaimReview in its JSON-LD), each with the
 * figure the extractor reads in the claim's own words (its first one), or null. A block that is
 * not JSON, or has no ClaimReview, gives nothing.
 */
export async function pageReviews(
  doc: Document,
  extract: LoadingExtractor,
  lang: string | undefined,
): Promise<PageReview[]> {
  const blocks = [...doc.querySelectorAll('script[type="application/ld+json"]')]
    .slice(0, MAX_BLOCKS)
    .map((s) => (s.textContent ?? '').slice(0, MAX_BLOCK_CHARS));
  const reviews = readClaimReviews(blocks);
  const out: PageReview[] = [];
  for (const review of reviews) {
    const [figure] = await figuresOf(extract, review.claimReviewed, lang);
    out.push({ review, figure: figure ? toRef({ figure }) : null });
  }
  return out;
}
