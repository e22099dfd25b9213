/**
 * Registers every lexicon, with its countries (countries.ts), and the claim-date reader statically: for the command line, the
 * evaluation scripts, tests and the background, where bundle size does not matter. The content
 * script uses `loadLexicon` instead, and gets no claim dates (the background reads them).
 */
import { readClaimDate } from './claim-date';
import { registerDateReader } from './date-reader';
import { useBuiltInEnglish } from './lexicon/built-in-english';
import { lexiconFromSpec } from './lexicon/compile';
import { withCountries } from './lexicon/countries';
import { DE_SPEC } from './lexicon/de';
import { EN_SPEC } from './lexicon/en';
import { ES_SPEC } from './lexicon/es';
import { FR_SPEC } from './lexicon/fr';
import { registerLexicon } from './lexicon/registry';
import { RU_SPEC } from './lexicon/ru';
import { UK_SPEC } from './lexicon/uk';

useBuiltInEnglish();
for (const spec of [EN_SPEC, DE_SPEC, ES_SPEC, FR_SPEC, RU_SPEC, UK_SPEC])
  registerLexicon(spec.lang, lexiconFromSpec(withCountries(spec)));
registerDateReader(readClaimDate);

export { type ClaimDateOptions, type Period, readClaimDate, readClaimPeriod } from './claim-date';
export { registerDateReader } from './date-reader';
export {
  createDiscourse,
  type Discourse,
  extractFigures,
  loadLexicon,
  parseNumber,
  parseNumbers,
  parseRanges,
  sentenceAround,
  sentenceBounds,
} from './index';
export { lexiconFromSpec, type Spec as LexiconSpec } from './lexicon/compile';
