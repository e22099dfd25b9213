/**
 * The words the claim-date reader (lib/extract/claim-date) needs in one language. Lists are
 * '|'-separated as in ../build.ts (endings in parentheses: "заявил(|а|о|и)"); a word ending in "*"
 * stands for every word it starts ("заяв*": заявил, заявила, заявление); a phrase is words
 * separated by spaces, a hyphen its own word ("пресс - конференци*").
 */
export interface DateWordsSpec {
  lang: string;
  /** verbs and nouns of saying: "said", "told", "briefing", "statement", "according" */
  speech: string;
  /** words of the events counted ("killed", "attack", "arrived"): a date after one is the event's */
  events: string;
  /** words before a date that make it a bound of a period, not a day of saying: "since", "until", "between" */
  period: string;
  /** "when", tying a date to the clause after it: "in January, when it said" */
  when: string;
  /** words that open another clause between a verb of saying and a date: "said that on Monday..." */
  clauseStart: string;
  /** "last", "past": "last week", "la semaine dernière", "на прошлой неделе" */
  last: string;
  /** "this", "earlier": "this week", "cette semaine" */
  current: string;
  /** "next", "coming": a date in the future is no day of saying */
  next: string;
  /** the week as a unit, singular ("week", "Woche", "недел*"): "weeks" are a span, not a day */
  week: string;
  /** the month as a unit, singular */
  month: string;
  /** words for the day before the article's: "накануне" (chrono reads "yesterday" itself) */
  dayBefore?: string;
  /** the twelve months, January first, each a list of its forms */
  months: readonly string[];
  /** words before a month name that make it a month of the past: "in January", "im Januar", "Anfang Januar" */
  monthPreps: string;
  /** words that may stand between such a word and the month: "a principios de enero", "mi-janvier" */
  monthLinks?: string;
  /** whether dates in digits alone ("12.05.2024") are day first and can be read; English writes both orders */
  numericDates: boolean;
}
