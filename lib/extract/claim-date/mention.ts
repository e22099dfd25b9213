import type { Period } from './calendar';

/** A date the text names, at [s, e), as the days it spans; `explicit` when it gives its own year. */
export interface Mention {
  s: number;
  e: number;
  period: Period;
  explicit: boolean;
  /** its tokens [ta, tb), filled when the rules read it */
  ta: number;
  tb: number;
}

/** What a date is read against: the article's day, or none (then only dates with their year are read). */
export type ArticleDay = string | null;
