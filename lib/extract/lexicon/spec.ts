import type { Metric, Qualifier } from '../types';
import type { NounKind } from './lexicon';

/**
 * What a language's lexicon file writes: plain JSON-serializable data (the background sends it to
 * the content script), compiled by `lexiconFromSpec`. Lists are '|'-separated strings, a word may
 * carry its endings in parentheses ("солдат(|а|ы|ов)", see expand.ts), tables are records. Each
 * field is described on the compiled `Lexicon` (lexicon.ts) under the same name; a list left out
 * is empty, a flag left out is off.
 */
export interface Spec {
  lang: string;
  /** how its number words are read: 'plain' ("a hundred and six") or 'inflected' (endings, "и", compounds) */
  numberWords: 'plain' | 'inflected';
  groupSeps: string;
  decimalSeps: string;
  units: Record<string, number>;
  tens: Record<string, number>;
  hundred?: string;
  hundreds?: Record<string, number>;
  scales: Record<string, number>;
  /** letters glued to digits that multiply them ("15K"); the shared symbols when left out */
  suffixScales?: Record<string, number>;
  abbrevs?: string;
  dozen?: string;
  articles?: string;
  and?: string;
  point?: string;
  minus?: string;
  half?: string;
  vague: Record<string, readonly [number, number]>;
  vagueOne?: Record<string, number>;
  before: Partial<Record<Qualifier, string>>;
  after?: Record<string, Qualifier>;
  rangeOpen?: Record<string, string>;
  rangeJoin?: string;
  nouns: Partial<Record<NounKind, string>>;
  modifiers?: string;
  cues: Partial<Record<Metric, string>>;
  weakCues?: string;
  antiCues?: string;
  verbs?: Partial<Record<Metric, string>>;
  haveVerbs?: string;
  aux?: string;
  links?: string;
  anaphora?: string;
  subset?: string;
  yearBefore?: string;
  months: string;
  /** currencies before a number, besides the shared symbols (shared.ts) */
  currencyBefore?: string;
  /** units after a number, besides the shared symbols */
  unitsAfter?: string;
  ageBefore?: string;
  idBefore?: string;
  placePreps?: string;
  stop?: string;
  according?: string;
  saidVerbs?: string;
  parties: Record<string, string>;
  of?: string;
  dateOf?: string;
  skipBefore?: string;
  particleVerbs?: { verbs: string; particles: Partial<Record<Metric, string>> };
  clauseEnd?: string;
  inWords?: string;
  determiners?: string;
  partyArticles?: string;
  crossRefs?: string;
  metricNouns?: string;
  savedVerbs?: string;
  elisions?: string;
  timesTens?: string;
  compoundNumbers?: boolean;
  capNouns?: boolean;
  compoundNouns?: boolean;
  triggers?: string[];
  common: string;
  /** article -> what it becomes at the start of a speaker's name ("" drops it) */
  nameArticles?: Record<string, string>;
  genitiveArticles?: string;
  /** nominative -> its other forms ("генштаб": "генштаб(а|у|ом|е)") */
  speakerLemmas?: Record<string, string>;
  speakerAnaphora?: string;
  orgWords?: string;
  ofArticles?: string;
  demonstratives?: string;
  ofThem?: string;
}
