const META_SELECTORS = [
  'meta[property="article:published_time"]',
  'meta[name="article:published_time"]',
  'meta[itemprop="datePublished"]',
  'meta[name="datePublished"]',
  'meta[name="pubdate"]',
  'meta[name="publish-date"]',
  'meta[name="date"]',
  'meta[name="DC.date.issued"]',
  'meta[property="og:published_time"]',
];

/** `YYYY-MM-DD` from an ISO-like date string, or null. */
export function isoDay(value: string | null | undefined): string | null {
  if (!value) return null;
  const m = /^\s*(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (m) return `${m[1]}-${m[2]}-${m[3]}`;
  const t = Date.parse(value);
  return Number.isNaN(t) ? null : new Date(t).toISOString().slice(0, 10);
}

function fromJsonLd(doc: Document): string | null {
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      const stack: unknown[] = [JSON.parse(script.textContent ?? '')];
      for (let i = 0; i < stack.length && i < 200; i++) {
        const item = stack[i];
        if (Array.isArray(item)) stack.push(...item);
        else if (item && typeof item === 'object') {
          const rec = item as Record<string, unknown>;
          const day = typeof rec.datePublished === 'string' ? isoDay(rec.datePublished) : null;
          if (day) return day;
          if (rec['@graph']) stack.push(rec['@graph']);
        }
      }
    } catch {
      // a broken JSON-LD block is the page's business; try the next one
    }
  }
  return null;
}

/** The article's publication date from its metadata: meta tags, JSON-LD, then `<time>`. */
export function articleDate(doc: Document): string | null {
  for (const sel of META_SELECTORS) {
    const day = isoDay(doc.querySelector(sel)?.getAttribute('content'));
    if (day) return day;
  }
  const ld = fromJsonLd(doc);
  if (ld) return ld;
  const time = doc.querySelector('article time[datetime], time[pubdate], time[datetime]');
  return isoDay(time?.getAttribute('datetime'));
}
