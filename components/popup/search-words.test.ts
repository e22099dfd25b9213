import { afterEach, describe, expect, it } from 'vitest';
import type { Claim } from '../../lib/claims/claim';
import { makeClaim } from '../../lib/claims/test-claims';
import { type Entry, setFallbackMessages } from '../../lib/i18n';
import { describeFigure } from '../../lib/wording/format';
import de from '../../public/_locales/de/messages.json';
import en from '../../public/_locales/en/messages.json';
import { filterClaims, NO_FILTER } from './filter-claims';

afterEach(() => setFallbackMessages(en));

const withdrawn = makeClaim({ claimDate: '2025-02-01', metric: 'withdrawn', low: 1500, qualifier: 'exact' });
const atLeast = makeClaim({
  claimDate: '2025-02-02',
  metric: 'killed',
  low: 300,
  high: null,
  qualifier: 'atLeast',
});
const korea = makeClaim({ claimDate: '2025-02-03', party: 'north-korea', metric: 'wounded', low: 40 });
const claims: Claim[] = [withdrawn, atLeast, korea];
const search = (query: string) => filterClaims(claims, { ...NO_FILTER, query }).map((c) => c.id);

describe('search finds what a row shows', () => {
  it('English: metric words, qualifier words, party names', () => {
    expect(describeFigure(withdrawn)).toContain('troops withdrawn');
    expect(search('withdrawn')).toEqual([withdrawn.id]);
    expect(search('troops withdrawn')).toEqual([withdrawn.id]);
    expect(search('at least')).toEqual([atLeast.id]);
    expect(search('North Korea')).toEqual([korea.id]);
    expect(search('wounded korea')).toEqual([korea.id]);
    expect(search('withdrawn korea')).toEqual([]);
  });

  it('German: the words of the German rows, with or without their accents', () => {
    setFallbackMessages(de as Record<string, Entry>);
    expect(describeFigure(withdrawn)).toContain('abgezogen');
    expect(search('abgezogen')).toEqual([withdrawn.id]);
    expect(search('mindestens')).toEqual([atLeast.id]);
    expect(search('Nordkorea')).toEqual([korea.id]);
    expect(search('getötet')).toEqual([atLeast.id]);
    expect(search('getotet')).toEqual([atLeast.id]);
  });

  it('still finds the claim texts, and 12,000 claims by a word their rows show', () => {
    expect(search('southland intelligence')).toHaveLength(3);
    const many = Array.from({ length: 12_000 }, (_, i) =>
      makeClaim({ claimDate: '2025-01-01', metric: i % 4 === 0 ? 'withdrawn' : 'killed', low: i }),
    );
    expect(filterClaims(many, { ...NO_FILTER, query: 'withdrawn' })).toHaveLength(3000);
  });
});
