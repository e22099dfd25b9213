/** The part of a lexicon that names who made a claim (rules/claimed-by.ts, rules/speaker-name.ts). */
export interface SpeakerLexicon {
  /** "according to", "citing", "laut" */
  according: ReadonlySet<string>;
  saidVerbs: ReadonlySet<string>;
  /** words that end a speaker's name [is, was, it, that, some, denied...] */
  nameStops: ReadonlySet<string>;
  /** words before a verb of saying after which it names no speaker: "was said", "the reported" */
  notSaying: ReadonlySet<string>;
  /** articles before a verb of saying that make it describe the number: "an estimated 900" [a, an] */
  describingArticles: ReadonlySet<string>;
  /** words that make a noun phrase a speaker without a capital: "the mayor said" [officials, mayor...] */
  institutionWords: ReadonlySet<string>;
  /** articles starting a speaker's name and what they become ("del" -> "el"; German "dem" -> nothing) */
  nameArticles: ReadonlyMap<string, string>;
  /** articles after which the name's nouns are genitive and lose it ("des Ministeriums" -> "Ministerium") */
  genitiveArticles: ReadonlySet<string>;
  /** a speaker's noun in another case -> its nominative ("Генштаба" -> "Генштаб") */
  speakerLemmas: ReadonlyMap<string, string>;
  /** words of a speaker that only points back ("it", "the agency", "das Ministerium", "ведомство") */
  speakerAnaphora: ReadonlySet<string>;
  /** words that make a speaker an organisation, not a person ("ministry", "штаб"; with compound nouns, word endings: "...ministerium") */
  orgWords: ReadonlySet<string>;
  /** "of" merged with an article inside a name: "la Corée du Sud", "el Ministerio del Interior" */
  ofArticles: ReadonlySet<string>;
}
