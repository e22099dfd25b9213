// schema.org ClaimReview, as fact-checkers publish it in JSON-LD (Google's fact-check markup):
// each review names the claim, who made it, when and where it appeared, and the checker's rating.

/** One reviewed claim of a page, as the popup offers it for saving. */
export interface ReviewedClaim {
  claimReviewed: string;
  claimant: string | null;
  /** ISO date the claim was made (itemReviewed.datePublished), else the review's date. */
  claimDate: string | null;
  appearanceUrl: string | null;
  reviewer: string | null;
  rating: string | null;
  reviewUrl: string | null;
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const first = (v: unknown): unknown => (Array.isArray(v) ? v[0] : v);
const text = (v: unknown, max = 300): string | null =>
  typeof v === 'string' && v.trim() !== '' ? v.replace(/\s+/g, ' ').trim().slice(0, max) : null;
/** A name, whether given as a string or as a Person/Organization object. */
const nameOf = (v: unknown): string | null => {
  const one = first(v);
  return isObject(one) ? text(one.name, 200) : text(one, 200);
};
const urlOf = (v: unknown): string | null => {
  const one = first(v);
  const raw = isObject(one) ? (one.url ?? one['@id']) : one;
  const s = text(raw, 2000);
  return s && /^https?:\/\//i.test(s) ? s : null;
};
const dayOf = (v: unknown): string | null => {
  const s = text(v, 40);
  const m = s?.match(/^(\d{4}-\d{2}-\d{2})/);
  return m?.[1] ?? null;
};
const isReview = (node: Json): boolean => {
  const type = node['@type'];
  return Array.isArray(type) ? type.includes('ClaimReview') : type === 'ClaimReview';
};

/** Every object of a JSON-LD value: top-level arrays, `@graph`s, nested values. */
function* nodes(value: unknown, depth = 0): Generator<Json> {
  if (depth > 8) return;
  if (Array.isArray(value)) for (const v of value) yield* nodes(v, depth + 1);
  else if (isObject(value)) {
    yield value;
    for (const v of Object.values(value)) if (typeof v === 'object') yield* nodes(v, depth + 1);
  }
}

/**
 * The ClaimReviews in a page's JSON-LD blocks (the text of each
 * `<script type="application/ld+json">`); blocks that are not JSON are skipped.
 */
export function readClaimReviews(blocks: readonly string[]): ReviewedClaim[] {
  const out: ReviewedClaim[] = [];
  for (const block of blocks) {
    let value: unknown;
    try {
      value = JSON.parse(block);
    } catch {
      continue;
    }
    for (const node of nodes(value)) {
      if (!isReview(node)) continue;
      const claimReviewed = text(node.claimReviewed, 2000);
      if (!claimReviewed) continue;
      const item = isObject(first(node.itemReviewed)) ? (first(node.itemReviewed) as Json) : {};
      const rating = isObject(first(node.reviewRating)) ? (first(node.reviewRating) as Json) : {};
      out.push({
        claimReviewed,
        claimant: nameOf(item.author),
        claimDate: dayOf(item.datePublished) ?? dayOf(node.datePublished),
        appearanceUrl: urlOf(item.appearance) ?? urlOf(item.firstAppearance),
        reviewer: nameOf(node.author),
        rating: text(rating.alternateName, 100) ?? text(rating.ratingValue, 20),
        reviewUrl: urlOf(node.url) ?? urlOf(node),
      });
      if (out.length >= 50) return out;
    }
  }
  return out;
}
