import type { Qualifier } from '../types';

/**
 * The part of a lexicon that reads numbers and their qualifiers (engine/): how digits are grouped,
 * the number words, vague amounts, qualifiers and ranges. Words are lowercase; a phrase is its
 * tokens separated by spaces (a hyphen is its own token: "killed-in-action" is "killed - in - action").
 */
export interface NumberLexicon {
  /** how number words are read: 'plain' ("a hundred and six", engine/number-words.ts) or 'inflected' (engine/inflected-number-words.ts) */
  numberWords: 'plain' | 'inflected';
  /** Separators between groups of three digits ("1,234", "1 234") and decimal marks. */
  groupSeps: string;
  decimalSeps: string;
  /** "1,3" and "5,00" (one or two digits after a comma, not in a list) are decimals */
  shortCommaDecimals: boolean;
  /** zero..nineteen */
  units: Readonly<Record<string, number>>;
  /** twenty..ninety */
  tens: Readonly<Record<string, number>>;
  hundred: ReadonlySet<string>;
  /** words that are whole hundreds: "doscientos" 200, "trescientas" 300 */
  hundreds: Readonly<Record<string, number>>;
  /** thousand, million, ... (words after a number that multiply it) */
  scales: Readonly<Record<string, number>>;
  /** a scale word alone is a number: "mil soldados", "тысяча", "cent six" */
  scaleAlone: boolean;
  /** a larger scale word after the first multiplies it: "2 mil millones" */
  scaleOfScale: boolean;
  /** letters after digits that multiply them, case-sensitive ("15K", "1.2bn", "10M") */
  suffixScales: Readonly<Record<string, number>>;
  /** suffixes that multiply a number written apart from it ("15 K", "1.2 bn"), as written */
  spacedSuffixes: ReadonlySet<string>;
  dozen: ReadonlySet<string>;
  /** "a" / "an" before hundred, thousand, dozen */
  articles: ReadonlySet<string>;
  /** joins parts of a number word ("one hundred and six") */
  and: ReadonlySet<string>;
  point: ReadonlySet<string>;
  minus: ReadonlySet<string>;
  half: ReadonlySet<string>;
  /** one and a half of the scale after it: "полторы тысячи" */
  oneAndHalf: ReadonlySet<string>;
  /** fractions of a scale: "a quarter of a million" [quarter: 0.25], "четверть миллиона" */
  fractions: Readonly<Record<string, number>>;
  /** the word between a fraction and its scale: of, de */
  fractionLinks: ReadonlySet<string>;
  /** half a scale in one word: "полмиллиона" (500,000) */
  halfScales: Readonly<Record<string, number>>;
  /** a unit before these tens multiplies them: French "quatre-vingt" (4 x 20) */
  timesTens: ReadonlySet<string>;
  /** number words glued together, split before reading: German "zweihunderteinundzwanzig" */
  compoundNumbers: boolean;
  /** vague amounts: phrase -> [low, high] */
  vague: Readonly<Record<string, readonly [number, number]>>;
  /**
   * Vague words that are also one unit in the case a qualifier takes: "более сотни" is more than
   * a hundred, "сотни" alone hundreds. Phrase -> the unit.
   */
  vagueOne: Readonly<Record<string, number>>;
  /** qualifier phrases before the number */
  before: Readonly<Record<string, Qualifier>>;
  /** qualifier phrases after the number ("or so", "or more", "+") */
  after: Readonly<Record<string, Qualifier>>;
  /** a word after a qualifier after the number that makes it the next number's: "12 or more than 194", "y más de" */
  comparisonOf: ReadonlySet<string>;
  /** range openers and the word that joins A and B: between..and, from..to */
  rangeOpen: Readonly<Record<string, string>>;
  /** an opener and the join of a change from A to B, never a range: von..auf */
  changeOpen: Readonly<Record<string, string>>;
  /** words joining A and B without an opener: to, -, – */
  rangeJoin: ReadonlySet<string>;
  /** "rose by 12 to 85": the words of a change and of its new total, no range */
  changeBy: ReadonlySet<string>;
  changeTo: ReadonlySet<string>;
  /** abbreviations whose full stop belongs to them and ends no sentence: "тыс.", "Mio.", "Gen." */
  abbrevs: ReadonlySet<string>;
  /** words that end in an apostrophe and stand apart from the next word: French l', d', qu' */
  elisions: ReadonlySet<string>;
  /** extra words that start the analysis of a window (German compounds: "zweitausend") */
  triggers: readonly string[];
  /** common words of the language, for telling it apart from others in auto mode */
  common: ReadonlySet<string>;
  /** letters only some languages use (ß, ñ, ї), for telling it apart */
  letters: string;
  script: 'latin' | 'cyrillic';
  /** short words too common to stand for a phrase in the cue search ("the", "of") */
  functionWords: ReadonlySet<string>;
}
