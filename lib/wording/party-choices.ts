import { countrySlugs, englishCountryName, kebab } from '../extract/lexicon/country-slugs';
import { PARTY_LIST } from '../extract/lexicon/party-list';
import { messageLanguage, partyLabel, regionName } from './party-label';

/** A party a reader can pick: its stored slug and its name in the reader's language. */
export interface PartyChoice {
  slug: string;
  name: string;
}

/** Lower case without accents, to compare what is typed with a name ("Türkei" = "turkei"). */
export const fold = (s: string): string =>
  // plain ASCII, most of a claim's text, needs no normalising: it is the cost of a first search
  (/[^ -~\s]/.test(s) ? s.normalize('NFD').replace(/[\u0300-\u036f]/g, '') : s).toLowerCase().trim();

let cached: { lang: string; choices: PartyChoice[] } | null = null;

/**
 * Every party the picker offers, sorted by name in the reader's language: each country by its
 * name there (Intl.DisplayNames), and the lexicon's groups by their messages. Made when asked.
 */
export function partyChoices(): readonly PartyChoice[] {
  const lang = messageLanguage();
  if (cached?.lang === lang) return cached.choices;
  const bySlug = new Map<string, string>();
  for (const p of PARTY_LIST) bySlug.set(p.slug, partyLabel(p.slug));
  for (const [code, slug] of countrySlugs())
    if (!bySlug.has(slug)) {
      const name = regionName(code) ?? englishCountryName(code);
      if (name) bySlug.set(slug, name);
    }
  const collator = new Intl.Collator(lang);
  const choices = [...bySlug].map(([slug, name]) => ({ slug, name }));
  choices.sort((a, b) => collator.compare(a.name, b.name));
  cached = { lang, choices };
  return choices;
}

/**
 * The slug of a party as the reader typed or picked it: a known party by its name in the reader's
 * language, its English name, one of its aliases or its slug ("Nordkorea", "North Korea", "DPRK",
 * "north-korea" -> `north-korea`); any other name as a slug of its own ("Wagner East" ->
 * `wagner-east`). Text with no Latin letters to make a slug of is given back as typed, for the
 * validator to name.
 */
export function partySlug(typed: string): string {
  const wanted = fold(typed);
  if (wanted === '') return '';
  const known =
    partyChoices().find((c) => fold(c.name) === wanted || c.slug === wanted) ??
    PARTY_LIST.find((p) => fold(p.label) === wanted || p.aliases.includes(wanted));
  if (known) return known.slug;
  return kebab(typed) || typed.trim();
}
