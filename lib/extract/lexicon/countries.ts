import de from 'i18n-iso-countries/langs/de.json';
import en from 'i18n-iso-countries/langs/en.json';
import es from 'i18n-iso-countries/langs/es.json';
import fr from 'i18n-iso-countries/langs/fr.json';
import ru from 'i18n-iso-countries/langs/ru.json';
import uk from 'i18n-iso-countries/langs/uk.json';
import deDemonyms from 'i18n-nationality/langs/de.json';
import enDemonyms from 'i18n-nationality/langs/en.json';
import esDemonyms from 'i18n-nationality/langs/es.json';
import frDemonyms from 'i18n-nationality/langs/fr.json';
import { demonymForms, nameForms } from './country-forms';
import { PARTY_LIST } from './party-list';
import type { Spec } from './spec';

/**
 * Every country as a party, from two maintained packages: i18n-iso-countries (names in all six
 * languages) and i18n-nationality (demonyms in en, de, es, fr; Russian and Ukrainian ones are
 * adjectives the lexicons write). Only the background and the command line import this module:
 * the content script gets a language's countries inside the lexicon the background sends it.
 */

type Names = Record<string, string | string[]>;
const NAMES: Record<string, Names> = {
  en: en.countries,
  de: de.countries,
  es: es.countries,
  fr: fr.countries,
  ru: ru.countries,
  uk: uk.countries,
};
const DEMONYMS: Record<string, Record<string, string>> = {
  en: enDemonyms.nationalities,
  de: deDemonyms.nationalities,
  es: esDemonyms.nationalities,
  fr: frDemonyms.nationalities,
};

/** Codes whose party is not named by its English name: the parties of parties.ts that count them apart. */
const CODE_SLUGS: Readonly<Record<string, string>> = {
  US: 'us',
  GB: 'uk',
  PS: 'palestinians',
  KR: 'south-korea',
  KP: 'north-korea',
};

const asList = (v: string | string[] | undefined): string[] => (v === undefined ? [] : [v].flat());
const kebab = (s: string): string =>
  s
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z]+/g, '-')
    .replace(/^-|-$/g, '');

/** "Syrien, Arabische Republik" -> "Syrien", "Congo (República Democrática del)" -> "Congo". */
const plain = (name: string): string => (name.split(/[,(]/)[0] as string).trim();

let slugs: Map<string, string> | null = null;

/** Each country code's party slug: a party of parties.ts it names, else its short English name. */
function slugByCode(): Map<string, string> {
  if (slugs) return slugs;
  slugs = new Map();
  const taken = new Set<string>();
  for (const [code, v] of Object.entries(NAMES.en as Names)) {
    const names = asList(v).map(plain);
    const words = [...names, DEMONYMS.en?.[code] ?? ''].map((n) => n.toLowerCase());
    const known = PARTY_LIST.find((p) => words.some((w) => p.aliases.includes(w)));
    const short = names.filter((n) => n.length > 3 && !n.includes('.')).sort((a, b) => a.length - b.length);
    let slug = CODE_SLUGS[code] ?? known?.slug ?? kebab(short[0] ?? names[0] ?? code);
    if (taken.has(slug)) slug = kebab(names[0] ?? code);
    taken.add(slug);
    slugs.set(code, slug);
  }
  return slugs;
}

/**
 * The countries of a language as a spec writes parties (alias list -> slug): names, which count
 * only when written with a capital ("Chad", not "chad"), and demonyms. An alias two countries share
 * ("Congo") or of three letters or fewer ("USA": the lexicons write those) is left out.
 */
export function countryParties(lang: string): NonNullable<Spec['countries']> {
  const bySlug = slugByCode();
  const names = collect(NAMES[lang] ?? {}, bySlug, (n) => nameForms(lang, n));
  const demonyms = collect(DEMONYMS[lang] ?? {}, bySlug, (d) => demonymForms(lang, d));
  return { names, demonyms };
}

function collect(
  table: Names,
  bySlug: Map<string, string>,
  forms: (word: string) => string,
): Record<string, string> {
  const seen = new Map<string, string | null>();
  const entries = Object.entries(table).flatMap(([code, v]) => asList(v).map((raw) => [code, raw] as const));
  // "French (French Guiana)": a territory's demonym yields to the country's own, read first
  const primary = new Set<string>();
  entries.sort(([, a], [, b]) => Number(a.includes('(')) - Number(b.includes('(')));
  for (const [code, raw] of entries) {
    const slug = bySlug.get(code);
    const word = plain(raw).toLowerCase();
    if (!slug || word.length <= 3 || /[.'’]/.test(word)) continue;
    if (raw.includes('(') && primary.has(word)) continue;
    if (!raw.includes('(')) primary.add(word);
    const had = seen.get(word);
    seen.set(word, had === undefined || had === slug ? slug : null);
  }
  const out: Record<string, string> = {};
  for (const [word, slug] of seen) if (slug) out[forms(word)] = slug;
  return out;
}

/** The spec with its language's countries, as the background sends it and the command line reads it. */
export const withCountries = (spec: Spec): Spec => ({ ...spec, countries: countryParties(spec.lang) });
