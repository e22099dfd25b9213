import type { Metric, Qualifier } from '../types';

/** What a noun after a number says about it. */
export type NounKind = 'person' | 'military' | 'civilian' | 'other' | 'nonfig';

/**
 * Everything language-specific the engine needs. Words are lowercase; multiword entries are
 * space-separated token sequences (a hyphen is its own token: "killed-in-action" is "killed - in - action").
 */
export interface Lexicon {
  lang: string;
  /** how number words are read: 'plain' ("a hundred and six", engine/number-words.ts) or 'inflected' (engine/inflected-number-words.ts) */
  numberWords: 'plain' | 'inflected';
  /** Separators between groups of three digits ("1,234", "1 234") and decimal marks. */
  groupSeps: string;
  decimalSeps: string;
  /** zero..nineteen */
  units: Readonly<Record<string, number>>;
  /** twenty..ninety */
  tens: Readonly<Record<string, number>>;
  hundred: ReadonlySet<string>;
  /** thousand, million, ... (words after a number that multiply it) */
  scales: Readonly<Record<string, number>>;
  /** letters after digits that multiply them, case-sensitive ("15K", "1.2bn", "10M") */
  suffixScales: Readonly<Record<string, number>>;
  dozen: ReadonlySet<string>;
  /** "a" / "an" before hundred, thousand, dozen */
  articles: ReadonlySet<string>;
  /** joins parts of a number word ("one hundred and six") */
  and: ReadonlySet<string>;
  point: ReadonlySet<string>;
  minus: ReadonlySet<string>;
  half: ReadonlySet<string>;
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
  /** range openers and the word that joins A and B: between..and, from..to */
  rangeOpen: Readonly<Record<string, string>>;
  /** words joining A and B without an opener: to, -, – */
  rangeJoin: ReadonlySet<string>;
  /** nouns counted: person kinds, and nouns that are never figures (equipment, places, units) */
  nouns: Readonly<Record<string, NounKind>>;
  /** words that may sit between a number and its noun ("more", "additional", "of") */
  modifiers: ReadonlySet<string>;
  /** words that say what is counted, after the number or its noun ("killed", "were withdrawn") */
  cues: Readonly<Record<string, Metric>>;
  /** cue nouns that are ordinary nouns after an unknown word ("two leadership bodies") */
  weakCues: ReadonlySet<string>;
  /** verbs before "N lives" / "N dead" that make them not deaths ("saved 27,000 lives") */
  savedVerbs: ReadonlySet<string>;
  /** words after the noun that mark a count as not a figure (displaced, arrested) */
  antiCues: ReadonlySet<string>;
  /** verbs right before the number whose object is counted ("killing 12", "sent 500") */
  verbs: Readonly<Record<string, Metric>>;
  /**
   * Verbs before the number whose particle ends the clause and says what is counted: German
   * "zieht 1.000 Soldaten aus Mali ab" (withdrawn). Verb forms, and particle -> metric.
   */
  particleVerbs?: { verbs: ReadonlySet<string>; particles: ReadonlyMap<string, Metric> };
  /** auxiliaries skipped between noun and cue ("were", "have been", "are said to have been") */
  aux: ReadonlySet<string>;
  /** words between a metric noun and the number ("toll rose to", "deaths of") */
  links: ReadonlySet<string>;
  /** words that make a number refer back to an earlier figure ("the total", "tally") */
  anaphora: ReadonlySet<string>;
  /** words that make the next number a subset of the previous one ("including") */
  subset: ReadonlySet<string>;
  /** a number between these and the figure is not counted (years, dates, ids) */
  yearBefore: ReadonlySet<string>;
  months: ReadonlySet<string>;
  currencyBefore: ReadonlySet<string>;
  unitsAfter: ReadonlySet<string>;
  ageBefore: ReadonlySet<string>;
  idBefore: ReadonlySet<string>;
  /** prepositions whose object is a place or an agent, not whose people are counted */
  placePreps: ReadonlySet<string>;
  /** words ending a noun phrase scan */
  stop: ReadonlySet<string>;
  /** attribution */
  according: ReadonlySet<string>;
  saidVerbs: ReadonlySet<string>;

  // Lists that only some languages fill (empty otherwise); English's own in brackets.
  /** words that end in an apostrophe and stand apart from the next word: French l', d', qu' */
  elisions: ReadonlySet<string>;
  /** abbreviations whose full stop belongs to them and ends no sentence: "тыс.", "Mio." */
  abbrevs: ReadonlySet<string>;
  /** words that are whole hundreds: "doscientos" 200, "trescientas" 300 */
  hundreds: Readonly<Record<string, number>>;
  /** a unit before these tens multiplies them: French "quatre-vingt" (4 x 20) */
  timesTens: ReadonlySet<string>;
  /** number words glued together, split before reading: German "zweihunderteinundzwanzig" */
  compoundNumbers: boolean;
  /** nouns start with a capital letter (German): a capital says nothing about a name */
  capNouns: boolean;
  /** an unknown noun ending in a known one is that noun: German "Bundeswehrsoldaten" */
  compoundNouns: boolean;
  /** party aliases of the language, every inflected form: alias (words) -> slug of ../parties.ts */
  parties: Readonly<Record<string, string>>;
  /** "of" after a number word: "thousands of", "miles de" [of] */
  of: ReadonlySet<string>;
  /** "of" between a day and its month: "13 de enero" [of] */
  dateOf: ReadonlySet<string>;
  /** words skipped between a verb and its number: "killed the 12" [another, a, the, ...] */
  skipBefore: ReadonlySet<string>;
  /** words that end a clause for the cue scans [but, while, ...] */
  clauseEnd: ReadonlySet<string>;
  /** "has 500 troops" verbs that count soldiers only [has, have, had] */
  haveVerbs: ReadonlySet<string>;
  /** metric nouns that can follow a person noun: "civilian deaths" [deaths, casualties, ...] */
  metricNouns: ReadonlySet<string>;
  /** the preposition of "killed in Gaza" [in] */
  inWords: ReadonlySet<string>;
  /** determiners of an anaphora: "the total" [the, that, this, its, their, a] */
  determiners: ReadonlySet<string>;
  /** articles skipped before a party name [the, a, an, its, ...] */
  partyArticles: ReadonlySet<string>;
  /** words that point the figure's sentence back to the previous one: "В ее составе" */
  crossRefs: ReadonlySet<string>;
  /** attribution: articles starting a speaker's name and what they become ("del" -> "el"; German "dem" -> nothing) */
  nameArticles: ReadonlyMap<string, string>;
  /** attribution: articles after which the name's nouns are genitive and lose it ("des Ministeriums" -> "Ministerium") */
  genitiveArticles: ReadonlySet<string>;
  /** attribution: a speaker's noun in another case -> its nominative ("Генштаба" -> "Генштаб") */
  speakerLemmas: ReadonlyMap<string, string>;
  /** attribution: words of a speaker that only points back ("it", "the agency", "das Ministerium", "ведомство") */
  speakerAnaphora: ReadonlySet<string>;
  /** attribution: words that make a speaker an organisation, not a person ("ministry", "штаб"; with compound nouns, word endings: "...ministerium") */
  orgWords: ReadonlySet<string>;
  /** attribution: "of" merged with an article inside a name: "la Corée du Sud", "el Ministerio del Interior" */
  ofArticles: ReadonlySet<string>;
  /** words pointing a figure's noun back to a group named before: "those soldiers", "diese Soldaten", "эти военные" */
  demonstratives: ReadonlySet<string>;
  /** words after a number that make it a part of the group named before: "2,000 of them", "davon", "из них" */
  ofThem: ReadonlySet<string>;
  /** extra words that start the analysis of a window (German compounds: "zweitausend") */
  triggers: readonly string[];
  /** common words of the language, for telling it apart from others in auto mode */
  common: ReadonlySet<string>;
}
