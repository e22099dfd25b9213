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
import { asList, countrySlugs, plain } from './country-slugs';
import { PARTY_LIST } from './party-list';
import { PLACES } from './places';
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

/**
 * The countries of a language as a spec writes parties (alias list -> slug): names, which count
 * only when written with a capital ("Chad", not "chad"), with the places below them (places.ts),
 * and demonyms. An alias two countries share
 * ("Congo") or of three letters or fewer ("USA": the lexicons write those) is left out.
 */
export function countryParties(lang: string): NonNullable<Spec['countries']> {
  const bySlug = countrySlugs();
  const names = collect(NAMES[lang] ?? {}, bySlug, (n) => nameForms(lang, n));
  const demonyms = collect(DEMONYMS[lang] ?? {}, bySlug, (d) => demonymForms(lang, d));
  // places below the country ("Dnipro", "El-Fasher"), read as their country's name
  return { names: { ...placesOf(lang), ...names }, demonyms };
}

/**
 * A language's places below the country (places.ts), each naming its country's civilians where
 * the history counts them apart ("3 people were killed in Dnipro": Ukrainian civilians); a noun of
 * soldiers or a demonym names its own side before a place is read.
 */
function placesOf(lang: string): Record<string, string> {
  const civilians = new Map(PARTY_LIST.map((p) => [p.slug, p.civilians ?? p.slug]));
  return Object.fromEntries(
    Object.entries(PLACES[lang] ?? {}).map(([words, slug]) => [
      // "El-Fasher" is read as three tokens: el, -, fasher
      words.replace(/-/g, ' - '),
      civilians.get(slug) ?? slug,
    ]),
  );
}

function collect(
  table: Names,
  bySlug: ReadonlyMap<string, string>,
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
