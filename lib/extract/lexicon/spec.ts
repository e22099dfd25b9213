import type { Metric, Qualifier } from '../types';
import type { LanguageRule } from './language-rules';
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
  /** the language rules (language-rules.ts) that hold in this language */
  rules?: LanguageRule[];
  /** how its number words are read: 'plain' ("a hundred and six") or 'inflected' (endings, "и", compounds) */
  numberWords: 'plain' | 'inflected';
  groupSeps: string;
  decimalSeps: string;
  shortCommaDecimals?: boolean;
  units: Record<string, number>;
  tens: Record<string, number>;
  hundred?: string;
  hundreds?: Record<string, number>;
  scales: Record<string, number>;
  scaleAlone?: boolean;
  scaleOfScale?: boolean;
  /** letters glued to digits that multiply them ("15K"); the shared symbols when left out */
  suffixScales?: Record<string, number>;
  abbrevs?: string;
  dozen?: string;
  articles?: string;
  and?: string;
  point?: string;
  minus?: string;
  half?: string;
  /** one and a half of the scale after it: "полторы тысячи", "півтори тисячі" */
  oneAndHalf?: string;
  /** fractions of a scale and the word after them: "a quarter of a million" */
  fractions?: Record<string, number>;
  fractionLinks?: string;
  /** half a scale in one word: "полмиллиона" */
  halfScales?: Record<string, number>;
  vague: Record<string, readonly [number, number]>;
  vagueOne?: Record<string, number>;
  before: Partial<Record<Qualifier, string>>;
  after?: Record<string, Qualifier>;
  comparisonOf?: string;
  rangeOpen?: Record<string, string>;
  /** an opener and a join that state a change, never a range: "von 80 auf 145" */
  changeOpen?: Record<string, string>;
  rangeJoin?: string;
  changeBy?: string;
  changeTo?: string;
  nouns: Partial<Record<NounKind, string>>;
  modifiers?: string;
  cues: Partial<Record<Metric, string>>;
  weakCues?: string;
  /** cue words with an everyday sense besides the war one (the page's gate wants more than a number near them) */
  everydayCues?: string;
  antiCues?: string;
  verbs?: Partial<Record<Metric, string>>;
  haveVerbs?: string;
  aux?: string;
  passiveAux?: string;
  links?: string;
  numberingWords?: string;
  anaphora?: string;
  subset?: string;
  additionWords?: string;
  joinWords?: string;
  yearBefore?: string;
  historyYearBefore?: string;
  months: string;
  ambiguousMonths?: string;
  dottedDays?: boolean;
  /** currencies before a number, besides the shared symbols (shared.ts) */
  currencyBefore?: string;
  /** units after a number, besides the shared symbols */
  unitsAfter?: string;
  /** word -> the word it must come before to be a unit ("per": "cent") */
  unitsOnlyWith?: Record<string, string>;
  ratioWords?: string;
  ageBefore?: string;
  idBefore?: string;
  placePreps?: string;
  attackNouns?: string;
  /** prepositions of an attack's target: "strikes on Gaza", "frappes sur le Liban" */
  targetPreps?: string;
  stop?: string;
  according?: string;
  saidVerbs?: string;
  nameStops?: string;
  notSaying?: string;
  describingArticles?: string;
  institutionWords?: string;
  parties: Record<string, string>;
  /** nouns that name an armed group by what it is, with its party: "86 militants", "боевиков" (list -> slug) */
  groupNouns?: Record<string, string>;
  /**
   * the countries of the language (countries.ts adds them where the spec is sent or read): names,
   * which count only written with a capital, and demonyms; the spec's own parties come first
   */
  countries?: { names: Record<string, string>; demonyms: Record<string, string> };
  of?: string;
  ofDeterminers?: string;
  partitivePronouns?: string;
  partWords?: string;
  unitNouns?: string;
  dateOf?: string;
  skipBefore?: string;
  particleVerbs?: { verbs: string; particles: Partial<Record<Metric, string>> };
  clauseEnd?: string;
  inWords?: string;
  determiners?: string;
  partyArticles?: string;
  crossRefs?: string;
  metricNouns?: string;
  describingNouns?: string;
  strongWords?: string;
  savedVerbs?: string;
  elisions?: string;
  timesTens?: string;
  compoundNumbers?: boolean;
  capNouns?: boolean;
  compoundNouns?: boolean;
  triggers?: string[];
  /** more triggers, each a head glued to a tail: [["zweitausend"], ["fünfhundert"]] (built when compiled) */
  triggerProducts?: [string[], string[]][];
  common: string;
  /** letters only some languages use (ß, ñ, ї): they tell the language apart */
  letters?: string;
  script?: 'latin' | 'cyrillic';
  functionWords?: string;
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
  countPronouns?: string;
  amongTotal?: string;
  healthWords?: string;
  unWords?: string;
  negations?: string;
  negationGaps?: string;
  changeVerbs?: string;
  totalVerbs?: string;
  leaveVerbs?: string;
  homeWords?: string;
  crowdNouns?: string;
  levelWords?: string;
  workNouns?: string;
  captivityWords?: string;
  releaseVerbs?: string;
  naturalCauses?: string;
  violentCauses?: string;
  conditionals?: string;
  futureModals?: string;
  ageAt?: string;
  ageComparatives?: string;
  proportionWords?: string;
  proportionBases?: string;
  fromWords?: string;
  towardWords?: string;
  killVerbs?: string;
}
