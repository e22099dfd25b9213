// The fact-check pages of the ClaimReview tests, all of one shape: an article by Example Check
// whose head marks up the claims it checked as schema.org ClaimReview JSON-LD.

/**
 * A ClaimReview by Example Check: `claimant` ({ '@type', name }) said `claimReviewed` on `said`
 * (YYYY-MM-DD), where `appearance` shows it (under `appearanceKey`: the field's markup uses
 * `appearance`, one or a list, and `firstAppearance`); `rating` is the verdict's number and words.
 * `review` and `scale` add to the review and its rating what some fact-checkers also give.
 */
export function claimReview({
  url,
  claimReviewed,
  claimant,
  said,
  appearance,
  appearanceKey = 'appearance',
  rating: [ratingValue, alternateName],
  review: { author: checker, ...review } = {},
  scale = {},
}) {
  const work = (address) => ({ '@type': 'CreativeWork', url: address });
  return {
    '@type': 'ClaimReview',
    url,
    ...review,
    claimReviewed,
    itemReviewed: {
      '@type': 'Claim',
      author: claimant,
      datePublished: said,
      [appearanceKey]: Array.isArray(appearance) ? appearance.map(work) : work(appearance),
    },
    author: { '@type': 'Organization', name: 'Example Check', ...checker },
    reviewRating: { '@type': 'Rating', ratingValue, ...scale, alternateName },
  };
}

/** The text of a JSON-LD block holding `item` (schema.org's context added). */
export const jsonLd = (item) => JSON.stringify({ '@context': 'https://schema.org', ...item }, null, 2);

/**
 * A fact-check article published on `published` (YYYY-MM-DD) under `title`, its head holding
 * `blocks` (JSON-LD texts, in order; one may be broken) and its article the paragraph `text`.
 */
export function factCheckPage({ title, published, blocks, text }) {
  const day = new Date(`${published}T00:00:00Z`).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
  const scripts = blocks.map((block) => `<script type="application/ld+json">\n${block}\n</script>`);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8" />
<title>${title} — Claimline test page</title>
<meta property="article:published_time" content="${published}T09:00:00Z" />
${scripts.join('\n')}
</head>
<body>
<article>
<h1>${title}</h1>
<p class="byline">Example Check · <time datetime="${published}">${day}</time></p>
<p>${text}</p>
</article>
</body>
</html>`;
}

const person = (name) => ({ '@type': 'Person', name });
const organization = (name) => ({ '@type': 'Organization', name });

/** The pages by name: one plain review, an @graph of two, and a good block after a broken one. */
export const FACT_CHECK_PAGES = {
  'fact-check.html': factCheckPage({
    title: "Fact check: the ministry's count of the river crossing dead",
    published: '2026-03-06',
    blocks: [
      jsonLd(
        claimReview({
          url: 'https://check.example.org/checks/river-crossing',
          claimReviewed:
            'The defence ministry said 1,500 enemy soldiers were killed at the river crossing in one week.',
          claimant: organization('Examplian Defence Ministry'),
          said: '2026-03-04',
          appearance: ['https://news.example.com/ministry-briefing'],
          rating: [2, 'Misleading'],
          review: { datePublished: '2026-03-06', author: { url: 'https://check.example.org' } },
          scale: { bestRating: 5, worstRating: 1 },
        }),
      ),
    ],
    text: "The ministry's briefing gave a weekly total for the whole front, not for the crossing alone. Our rating: misleading.",
  }),
  'fact-check-graph.html': factCheckPage({
    title: 'Two claims about the northern offensive, checked',
    published: '2026-02-12',
    blocks: [
      jsonLd({
        '@graph': [
          {
            '@type': 'WebPage',
            '@id': 'https://check.example.org/checks/northern-offensive',
            name: 'Two claims, checked',
          },
          claimReview({
            url: 'https://check.example.org/checks/northern-offensive#market',
            claimReviewed: 'The governor said more than 300 civilians died when the market was shelled.',
            claimant: person('Governor Ana Example'),
            said: '2026-02-10',
            appearance: 'https://radio.example.net/governor-interview',
            rating: [1, 'False'],
          }),
          claimReview({
            url: 'https://check.example.org/checks/northern-offensive#border',
            claimReviewed: 'The army has deployed 12,000 troops to the northern border this month.',
            claimant: organization('Examplian General Staff'),
            said: '2026-02-08',
            appearance: 'https://staff.example.gov/statement-8',
            appearanceKey: 'firstAppearance',
            rating: [5, 'True'],
          }),
        ],
      }),
    ],
    text: 'We looked at what the governor and the general staff said this week.',
  }),
  'fact-check-malformed.html': factCheckPage({
    title: 'Fact check: the base attack toll',
    published: '2026-04-02',
    blocks: [
      '{ "@context": "https://schema.org", "@type": "ClaimReview", "claimReviewed": "A block cut off halfway,',
      jsonLd(
        claimReview({
          url: 'https://check.example.org/checks/base-attack',
          claimReviewed: 'A militia commander said his men killed 90 soldiers in the attack on the airbase.',
          claimant: person('Commander Example Militia'),
          said: '2026-03-30',
          appearance: 'https://video.example.com/commander-statement',
          rating: [3, 'Unproven'],
        }),
      ),
    ],
    text: 'The defence ministry said on Tuesday that at least 12 soldiers were killed in the attack on the airbase, and that 30 were wounded.',
  }),
};
