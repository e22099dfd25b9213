import type { Metric } from '../types';

/** What a noun after a number says about it. */
export type NounKind = 'person' | 'military' | 'civilian' | 'other' | 'nonfig';

/**
 * The part of a lexicon the figure rules read (rules/): what is counted, by what words, and the
 * words that make a number no count of people. Words as in number-lexicon.ts; [English's own].
 */
export interface FigureLexicon {
  /** nouns counted: person kinds, and nouns that are never figures (equipment, places, units) */
  nouns: Readonly<Record<string, NounKind>>;
  /** nouns start with a capital letter (German): a capital says nothing about a name */
  capNouns: boolean;
  /** an unknown noun ending in a known one is that noun: German "Bundeswehrsoldaten" */
  compoundNouns: boolean;
  /** words that may sit between a number and its noun ("more", "additional") */
  modifiers: ReadonlySet<string>;
  /** words ending a noun phrase scan */
  stop: ReadonlySet<string>;
  /** words that say what is counted, after the number or its noun ("killed", "were withdrawn") */
  cues: Readonly<Record<string, Metric>>;
  /** cue nouns that are ordinary nouns after an unknown word ("two leadership bodies") */
  weakCues: ReadonlySet<string>;
  /**
   * cue words of everyday use besides their war sense ("lost", "left", "service"): the page's gate
   * (engine/gate-cues.ts) wants a number right beside them, or another cue word too
   */
  everydayCues: ReadonlySet<string>;
  /** words after the noun that mark a count as not a figure (displaced, arrested) */
  antiCues: ReadonlySet<string>;
  /** verbs before "N lives" / "N dead" that make them not deaths ("saved 27,000 lives") */
  savedVerbs: ReadonlySet<string>;
  /** verbs right before the number whose object is counted ("killing 12", "sent 500") */
  verbs: Readonly<Record<string, Metric>>;
  /** "has 500 troops" verbs that count soldiers only [has, have, had] */
  haveVerbs: ReadonlySet<string>;
  /**
   * Verbs before the number whose particle ends the clause and says what is counted: German
   * "zieht 1.000 Soldaten aus Mali ab" (withdrawn). Verb forms, and particle -> metric.
   */
  particleVerbs?: { verbs: ReadonlySet<string>; particles: ReadonlyMap<string, Metric> };
  /** auxiliaries skipped between noun and cue ("were", "have been", "are said to have been") */
  aux: ReadonlySet<string>;
  /** forms of "be" after which a verb is passive and has no object [were, was, got...] */
  passiveAux: ReadonlySet<string>;
  /** words skipped between a verb and its number: "killed the 12" [another, a, the, ...] */
  skipBefore: ReadonlySet<string>;
  /** words that end a clause for the cue scans [but, while, ...] */
  clauseEnd: ReadonlySet<string>;
  /** words between a metric noun and the number ("toll rose to", "deaths of") */
  links: ReadonlySet<string>;
  /** "troops numbering 50,000": verbs of number after soldiers [numbering, totalling...] */
  numberingWords: ReadonlySet<string>;
  /** metric nouns that can follow a person noun: "civilian deaths" [deaths, casualties, ...] */
  metricNouns: ReadonlySet<string>;
  /** a noun of soldiers that before another word describes it: "3 US military wary of..." [military] */
  describingNouns: ReadonlySet<string>;
  /** "a 50,000-strong force" [strong] */
  strongWords: ReadonlySet<string>;
  /** words that make a number refer back to an earlier figure ("the total", "tally") */
  anaphora: ReadonlySet<string>;
  /** determiners of an anaphora: "the total" [the, that, this, its, their, a] */
  determiners: ReadonlySet<string>;
  /** words that make the next number a subset of the previous one ("including") or its earlier value ("down from") */
  subset: ReadonlySet<string>;
  /** "Another 2,000 are expected": more of the figure before [another] */
  additionWords: ReadonlySet<string>;
  /** words joining a bare number to the figure before it: "900 troops in Syria and 2,500 in Iraq" */
  joinWords: ReadonlySet<string>;
  /** "of" after a number word: "thousands of", "miles de" [of] */
  of: ReadonlySet<string>;
  /** "400 of its soldiers", "of the military" [its, their, the...] */
  ofDeterminers: ReadonlySet<string>;
  /** "50 of them", "300 of whom" [them, whom] */
  partitivePronouns: ReadonlySet<string>;
  /** words for a part of a whole: "a third of its 3,000 men", "most of the 300" [half, third, most...] */
  partWords: ReadonlySet<string>;
  /** nouns of an armed force or unit: "200 men of the brigade" [army, brigade...] */
  unitNouns: ReadonlySet<string>;
  /** words pointing a figure's noun back to a group named before: "those soldiers", "diese Soldaten" */
  demonstratives: ReadonlySet<string>;
  /** words after a number that make it a part of the group named before: "2,000 of them", "davon", "из них" */
  ofThem: ReadonlySet<string>;
  /** a pronoun for the noun counted, with the word before it: "qu'on en comptait 632", "il n'en reste que 300" */
  countPronouns: ReadonlySet<string>;
  /** words before a number that make it a part of the dead or wounded counted before: "among the dead were", "среди погибших" */
  amongTotal: ReadonlySet<string>;
  /** words of a health authority in a speaker's name, which counts its own country's dead: health, Gesundheitsministerium, Минздрав */
  healthWords: ReadonlySet<string>;
  /** names of the United Nations, which make peacekeepers its own even of a named country: UN, ООН, ONU */
  unWords: ReadonlySet<string>;
  /** words that turn a bound before a number round: "not more than 650" is at most, "not fewer than" at least */
  negations: ReadonlySet<string>;
  /** verbs of a count changing: "cut from 4,500 to 2,500" is two counts, not a range */
  changeVerbs: ReadonlySet<string>;
  /** verbs that state a total before naming it: "ascienden a 300 los muertos", "estime à 8 000 le nombre de tués" */
  totalVerbs: ReadonlySet<string>;
  /** verbs of leaving a place: "400 soldiers left Mali" are withdrawn, said only after the troops */
  leaveVerbs: ReadonlySet<string>;
  /** a word for home right after the troops, a verb of sending before them: "ordered 5,000 troops home" (withdrawn) */
  homeWords: ReadonlySet<string>;
  /** nouns of people who gather and are never troops: "2,000 people gathered", "300 volunteers arrived" */
  crowdNouns: ReadonlySet<string>;
  /** a bound word that after a verb of change names the new level: "выросло до 300" (not English "cut up to 700") */
  levelWords: ReadonlySet<string>;
  /** nouns of works whose titles are quoted: film, novel, Roman, película, роман */
  workNouns: ReadonlySet<string>;
  /** words of captivity that make soldiers returned prisoners freed: "from captivity", "swap", "плена" */
  captivityWords: ReadonlySet<string>;
  /** verbs of setting free, after the noun: "40 soldiers were released", "ont été libérés" */
  releaseVerbs: ReadonlySet<string>;
  /** causes of death that are no war: "died of cholera", "an der Grippe gestorben" */
  naturalCauses: ReadonlySet<string>;
  /** causes of death that are violence, beside a natural one keep the figure: "cholera and fighting" */
  violentCauses: ReadonlySet<string>;
  /** words that open a condition: "if", "wenn", "si", "если" */
  conditionals: ReadonlySet<string>;
  /** modals of a future or a condition: "will", "would", "werden", "pourraient", "будут", "бы" */
  futureModals: ReadonlySet<string>;
  /** a word between a death and an age: "dead at 69", "mort à 69 ans" */
  ageAt: ReadonlySet<string>;
  /** comparatives of age before a number or its "than": "younger than 25", "jünger als 25", "моложе 25" */
  ageComparatives: ReadonlySet<string>;
  /** the word between the two numbers of a proportion: "seven in ten", "siete de cada diez", "sept sur dix" */
  proportionWords: ReadonlySet<string>;
  /** the bases of a proportion in words: "ten", "hundred", "zehn", "десяти" */
  proportionBases: ReadonlySet<string>;
  /** words after a noun of soldiers that name whose they are: "troops from Chad", "миротворці з України" */
  fromWords: ReadonlySet<string>;
  /** words of a way towards a place: "on its way toward Baghdad", "rumbo a", "в сторону" (where they went, not where it happened) */
  towardWords: ReadonlySet<string>;
  /** verbs whose subject kills (not verbs of dying or losing): "Russia killed 14", "Росія вбила", "la Russie a tué" */
  killVerbs: ReadonlySet<string>;
  /** words that may stand between such a word and its bound: "would not be more than" */
  negationGaps: ReadonlySet<string>;
  /** words that point the figure's sentence back to the previous one: "В ее составе" */
  crossRefs: ReadonlySet<string>;
  /** a number between these and the figure is not counted (years, dates, ids) */
  yearBefore: ReadonlySet<string>;
  /** words before a year of history, 1000-1799 [in, since, until...] */
  historyYearBefore: ReadonlySet<string>;
  months: ReadonlySet<string>;
  /** months that are other words too after a number: "12 may" [may] */
  ambiguousMonths: ReadonlySet<string>;
  /** a day is written with a full stop before its month: "31. Januar" */
  dottedDays: boolean;
  /** "of" between a day and its month: "13 de enero" [of] */
  dateOf: ReadonlySet<string>;
  currencyBefore: ReadonlySet<string>;
  unitsAfter: ReadonlySet<string>;
  /** words that are a unit only before a given word: "per" + "cent" */
  unitsOnlyWith: ReadonlyMap<string, string>;
  ageBefore: ReadonlySet<string>;
  idBefore: ReadonlySet<string>;
  /** "1 in 5 soldiers": the word of a proportion [in] */
  ratioWords: ReadonlySet<string>;
  /** prepositions whose object is a place or an agent, not whose people are counted */
  placePreps: ReadonlySet<string>;
  /** the preposition of "killed in Gaza" [in] */
  inWords: ReadonlySet<string>;
  /** articles skipped before a party name [the, a, an, its, ...] */
  partyArticles: ReadonlySet<string>;
  /** nouns of an attack or an attacking force: "killed in Russian strikes" names the attacker */
  attackNouns: ReadonlySet<string>;
  /** prepositions of an attack's target: "strikes on Gaza" counts Gaza's dead [on, against] */
  targetPreps: ReadonlySet<string>;
  /** party aliases of the language, every inflected form: alias (words) -> slug of parties.ts */
  parties: Readonly<Record<string, string>>;
  /** nouns that name an armed group by what it is: "militants" -> militants (rule groupNoun) */
  groupNouns: Readonly<Record<string, string>>;
  /** the aliases among `parties` that name a country only written with a capital ("Chad", "Niger") */
  capitalNames: ReadonlySet<string>;
}
