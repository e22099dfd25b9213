import type { FigureLexicon } from './figure-lexicon';
import type { LanguageRules } from './language-rules';
import type { NumberLexicon } from './number-lexicon';
import type { SpeakerLexicon } from './speaker-lexicon';

export type { NounKind } from './figure-lexicon';

/**
 * Everything language-specific that extraction reads, compiled from a language's spec
 * (`lexiconFromSpec`): its words as sets and tables, its flags, and which of the language rules
 * it uses. Every field is present in every lexicon (an empty list where a language has none).
 */
export interface Lexicon extends NumberLexicon, FigureLexicon, SpeakerLexicon {
  lang: string;
  /** the language rules (language-rules.ts) this language uses */
  rules: LanguageRules;
}
