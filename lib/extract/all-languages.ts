/**
 * Registers every lexicon and the claim-date reader statically: for the command line, the
 * evaluation scripts, tests and the background, where bundle size does not matter. The content
 * script uses `loadLexicon` instead, and gets no claim dates (the background reads them).
 */
import { readClaimDate } from './claim-date';
import { registerDateReader } from './date-reader';
import { DE } from './lexicon/de';
import { ES } from './lexicon/es';
import { FR } from './lexicon/fr';
import { registerLexicon } from './lexicon/registry';
import { RU } from './lexicon/ru';
import { UK } from './lexicon/uk';

for (const lex of [DE, ES, FR, RU, UK]) registerLexicon(lex.lang, lex);
registerDateReader(readClaimDate);

export { type ClaimDateOptions, type Period, readClaimDate, readClaimPeriod } from './claim-date';
export { registerDateReader } from './date-reader';
export { createDiscourse, type Discourse } from './discourse';
export { extractFigures, loadLexicon, parseNumber, parseNumbers, parseRanges } from './index';
export { lexicon as lexiconFromSpec, type Spec as LexiconSpec } from './lexicon/compile';
