/**
 * Registers every lexicon statically: for the command line, the evaluation scripts and tests,
 * where bundle size does not matter. The content script uses `loadLexicon` instead.
 */
import { registerLexicon } from './lexicon';
import { DE } from './lexicon/de';
import { ES } from './lexicon/es';
import { FR } from './lexicon/fr';
import { RU } from './lexicon/ru';
import { UK } from './lexicon/uk';

for (const lex of [DE, ES, FR, RU, UK]) registerLexicon(lex.lang, lex);

export { extractFigures, loadLexicon, parseNumber, parseNumbers, parseRanges } from './index';
export { lexicon as lexiconFromSpec, type Spec as LexiconSpec } from './lexicon/base';
