import type { Claim } from '../../lib/claims/claim';
import { subjectLabel as labelOf } from '../../lib/claims/subjects';
import { claimValue } from '../../lib/claims/value';
import { plural, t } from '../../lib/i18n';
import { formatNumber } from '../../lib/wording/format';
import { fold } from '../../lib/wording/party-choices';
import { shownWordMatcher } from './search-words';

export type SortOrder = 'date-desc' | 'date-asc' | 'value-desc' | 'value-asc';

/** What the Claims section shows: a search and filters; empty strings mean "any". */
export interface ClaimFilter {
  query: string;
  subject: string;
  metric: string;
  claimant: string;
  from: string;
  to: string;
  sort: SortOrder;
}

export const NO_FILTER: ClaimFilter = {
  query: '',
  subject: '',
  metric: '',
  claimant: '',
  from: '',
  to: '',
  sort: 'date-desc',
};

/** "1 claim", "148 claims". */
export const countText = (n: number) => plural(n, 'claimsCount', formatNumber(n));

/** Value of the subject filter that selects claims without a subject. */
export const NO_SUBJECT = '(none)';

export const subjectLabel = (id: string | null): string => (id === null ? t('noSubject') : labelOf(id));

const haystacks = new WeakMap<Claim, string>();
/** The text the search looks in: claimant, subject, party, source, note (and via, place, quote). */
function haystack(c: Claim): string {
  let h = haystacks.get(c);
  if (h === undefined) {
    h = [
      c.claimedBy,
      c.via,
      c.subject,
      subjectLabel(c.subject),
      c.party,
      c.sourceName,
      c.sourceUrl,
      c.note,
      c.place,
      c.quote,
    ]
      .filter(Boolean)
      .join('\n');
    h = fold(h);
    haystacks.set(c, h);
  }
  return h;
}

// ISO dates and times order as plain strings; localeCompare's collation is several times slower,
// which 100,000 claims (a subscribed pack) turn into a long task
const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

const BY: Record<SortOrder, (a: Claim, b: Claim) => number> = {
  'date-desc': (a, b) => byText(b.claimDate, a.claimDate) || byText(b.updatedAt, a.updatedAt),
  'date-asc': (a, b) => byText(a.claimDate, b.claimDate) || byText(a.updatedAt, b.updatedAt),
  'value-desc': (a, b) => (claimValue(b) ?? -1) - (claimValue(a) ?? -1) || byText(b.claimDate, a.claimDate),
  'value-asc': (a, b) => (claimValue(a) ?? -1) - (claimValue(b) ?? -1) || byText(a.claimDate, b.claimDate),
};

/**
 * The claims that match every filter and every word of the search, in the chosen order: a word
 * is found in the claim's texts or in the words its row shows for its metric, qualifier and party.
 */
export function filterClaims(claims: readonly Claim[], f: ClaimFilter): Claim[] {
  const words = fold(f.query)
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => ({ word: w, shown: shownWordMatcher(w) }));
  const out = claims.filter(
    (c) =>
      (!f.subject || (f.subject === NO_SUBJECT ? c.subject === null : c.subject === f.subject)) &&
      (!f.metric || c.metric === f.metric) &&
      (!f.claimant || c.claimedBy === f.claimant) &&
      (!f.from || c.claimDate >= f.from) &&
      (!f.to || c.claimDate <= f.to) &&
      words.every((w) => haystack(c).includes(w.word) || w.shown(c)),
  );
  return out.sort(BY[f.sort]);
}

/** One row of the grouped list: a subject heading with its count, or a claim. */
export type ListRow =
  | { kind: 'group'; subject: string | null; label: string; count: number }
  | { kind: 'claim'; claim: Claim };

/** Groups sorted claims by subject (by label; claims without a subject last), keeping their order. */
export function groupBySubject(claims: readonly Claim[]): ListRow[] {
  const groups = new Map<string | null, Claim[]>();
  for (const c of claims) {
    const list = groups.get(c.subject);
    if (list) list.push(c);
    else groups.set(c.subject, [c]);
  }
  const keys = [...groups.keys()].sort((a, b) =>
    a === null ? 1 : b === null ? -1 : subjectLabel(a).localeCompare(subjectLabel(b)),
  );
  return keys.flatMap((subject) => {
    const list = groups.get(subject) as Claim[];
    return [
      { kind: 'group' as const, subject, label: subjectLabel(subject), count: list.length },
      ...list.map((claim) => ({ kind: 'claim' as const, claim })),
    ];
  });
}
