import { withCountries } from '../lib/extract/lexicon/countries';
import { DE_SPEC } from '../lib/extract/lexicon/de';
import { EN_SPEC } from '../lib/extract/lexicon/en';
import { ES_SPEC } from '../lib/extract/lexicon/es';
import { FR_SPEC } from '../lib/extract/lexicon/fr';
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
