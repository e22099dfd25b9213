import { PARTY_LIST } from '../extract/lexicon/party-list';

/**
 * A party's name for the reader: its label ("North Korea" for `north-korea`), else the slug
 * spelt as words ("palestinian-militants" -> "Palestinian militants"), never the slug itself.
 */
export function partyName(slug: string): string {
  const known = PARTY_LIST.find((p) => p.slug === slug)?.label;
  if (known) return known;
  const words = slug.replace(/-/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
