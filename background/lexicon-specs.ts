import { buildSearches } from '../lib/extract/engine/build-searches';
import { searchesOf } from '../lib/extract/engine/lexicon-searches';
import { lexiconFromSpec } from '../lib/extract/lexicon/compile';
import { withCountries } from '../lib/extract/lexicon/countries';
import { DE_SPEC } from '../lib/extract/lexicon/de';
import { EN_SPEC } from '../lib/extract/lexicon/en';
import { ES_SPEC } from '../lib/extract/lexicon/es';
import { FR_SPEC } from '../lib/extract/lexicon/fr';
import type { Lexicon } from '../lib/extract/lexicon/lexicon';
import { setParties } from '../lib/extract/lexicon/parties';
import { PARTY_LIST } from '../lib/extract/lexicon/party-list';
import type { PlainLexicon } from '../lib/extract/lexicon/plain-lexicon';
import { plainData, plainLexicon } from '../lib/extract/lexicon/plain-lexicon-send';
import { RU_SPEC } from '../lib/extract/lexicon/ru';
import type { Spec } from '../lib/extract/lexicon/spec';
import { UK_SPEC } from '../lib/extract/lexicon/uk';

/**
 * Every language's lexicon, English too, as plain data, each with its language's countries
 * (countries.ts). The background holds them and sends the ones a page needs to the content script,
 * which ships with none (it is injected into every page).
 */
const SPECS: Readonly<Record<string, Spec>> = {
  en: EN_SPEC,
  de: DE_SPEC,
  es: ES_SPEC,
  fr: FR_SPEC,
  ru: RU_SPEC,
  uk: UK_SPEC,
};

const sent = new Map<string, Spec>();

/** The lexicon of a language with its countries (made when first asked for), or null when there is none. */
export function lexiconSpec(lang: string): Spec | null {
  if (!Object.hasOwn(SPECS, lang)) return null;
  let spec = sent.get(lang);
  if (!spec) {
    spec = withCountries(SPECS[lang] as Spec);
    sent.set(lang, spec);
  }
  return spec;
}

interface Compiled {
  lexicon: Lexicon;
  /** the lexicon and its searches (engine/lexicon-searches.ts) as plain data, as a page gets them */
  plain: PlainLexicon;
  searches: PlainLexicon;
}

const compiled = new Map<string, Compiled>();

function compiledLexicon(lang: string): Compiled | null {
  const spec = lexiconSpec(lang);
  if (!spec) return null;
  let found = compiled.get(lang);
  if (!found) {
    setParties(PARTY_LIST); // the countries' names give way to the shared parties' aliases
    const lexicon = lexiconFromSpec(spec);
    found = { lexicon, plain: plainLexicon(lexicon), searches: plainData(searchesOf(lexicon)) };
    compiled.set(lang, found);
  }
  return found;
}

/** The compiled lexicon of a language (made when first asked for), or null when there is none. */
export const lexiconOf = (lang: string): Lexicon | null => compiledLexicon(lang)?.lexicon ?? null;

/**
 * The compiled lexicon of a language as plain data for a page (plain-lexicon.ts): compiled here
 * once, so that a page only turns its lists into sets.
 */
export const plainLexiconOf = (lang: string): PlainLexicon | null => compiledLexicon(lang)?.plain ?? null;

/** The searches of a language's lexicon alone (engine/lexicon-searches.ts) as plain data, or null. */
export const plainSearchesOf = (lang: string): PlainLexicon | null => compiledLexicon(lang)?.searches ?? null;

const mixed = new Map<string, { langs: string[]; searches: PlainLexicon } | null>();

/**
 * The searches of the lexicons of `langs` read together (in that order, those that have one), as
 * plain data with the languages they cover, or null when fewer than two have a lexicon.
 */
export function plainMixedSearchesOf(
  langs: readonly string[],
): { langs: string[]; searches: PlainLexicon } | null {
  const key = langs.join(',');
  let found = mixed.get(key);
  if (found === undefined) {
    const have = [...new Set(langs)].filter((lang) => lexiconOf(lang) !== null);
    const lexicons = have.map((lang) => lexiconOf(lang) as Lexicon);
    found = have.length > 1 ? { langs: have, searches: plainData(buildSearches(lexicons)) } : null;
    mixed.set(key, found);
  }
  return found;
}
