import en from 'i18n-iso-countries/langs/en.json';
import enDemonyms from 'i18n-nationality/langs/en.json';
import { PARTY_LIST } from './party-list';

/**
 * Each country's party slug by its ISO 3166-1 code, from English names alone: the lexicons
 * (countries.ts) and the popup's party picker read the same slugs, and the picker needs no
 * other language's table to make them.
 */

type Names = Record<string, string | string[]>;

/** Codes whose party is not named by its English name: the parties of parties.ts that count them apart. */
const CODE_SLUGS: Readonly<Record<string, string>> = {
  US: 'us',
  GB: 'uk',
  PS: 'palestinians',
  KR: 'south-korea',
  KP: 'north-korea',
};

export const asList = (v: string | string[] | undefined): string[] => (v === undefined ? [] : [v].flat());

/** "Côte d'Ivoire" -> "cote-d-ivoire": a name as a slug's letters. */
export const kebab = (s: string): string =>
  s
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** "Syrien, Arabische Republik" -> "Syrien", "Congo (República Democrática del)" -> "Congo". */
export const plain = (name: string): string => (name.split(/[,(]/)[0] as string).trim();

let slugs: Map<string, string> | null = null;

/** Each country code's party slug: a party of parties.ts it names, else its short English name. */
export function countrySlugs(): ReadonlyMap<string, string> {
  if (slugs) return slugs;
  slugs = new Map();
  const taken = new Set<string>();
  const demonyms: Record<string, string> = enDemonyms.nationalities;
  for (const [code, v] of Object.entries(en.countries as Names)) {
    const names = asList(v).map(plain);
    const words = [...names, demonyms[code] ?? ''].map((n) => n.toLowerCase());
    const known = PARTY_LIST.find((p) => words.some((w) => p.aliases.includes(w)));
    const short = names.filter((n) => n.length > 3 && !n.includes('.')).sort((a, b) => a.length - b.length);
    let slug = CODE_SLUGS[code] ?? known?.slug ?? kebab(short[0] ?? names[0] ?? code);
    if (taken.has(slug)) slug = kebab(names[0] ?? code);
    taken.add(slug);
    slugs.set(code, slug);
  }
  return slugs;
}

/** A country's English name by its code ("KP" -> "North Korea"), for a runtime without Intl.DisplayNames. */
export function englishCountryName(code: string): string | undefined {
  return asList((en.countries as Names)[code]).map(plain)[0];
}
