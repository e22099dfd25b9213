import { DE_SPEC } from '../lib/extract/lexicon/de';
import { EN_SPEC } from '../lib/extract/lexicon/en';
import { ES_SPEC } from '../lib/extract/lexicon/es';
import { FR_SPEC } from '../lib/extract/lexicon/fr';
import { RU_SPEC } from '../lib/extract/lexicon/ru';
import type { Spec } from '../lib/extract/lexicon/spec';
import { UK_SPEC } from '../lib/extract/lexicon/uk';

/**
 * Every language's lexicon, English too, as plain data. The background holds them and sends the
 * ones a page needs to the content script, which ships with none (it is injected into every page).
 */
export const LEXICON_SPECS: Readonly<Record<string, Spec>> = {
  en: EN_SPEC,
  de: DE_SPEC,
  es: ES_SPEC,
  fr: FR_SPEC,
  ru: RU_SPEC,
  uk: UK_SPEC,
};
