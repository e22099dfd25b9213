import { claimMention } from './attach';
import { dayOf, type Period } from './calendar';
import { chronoMentions } from './chrono-mentions';
import type { ArticleDay, Mention } from './mention';
import { type DateToken, dateTokens } from './tokens';
import { wordMentions } from './word-mentions';
import { type DateWords, dateWordsFor } from './words';

export type { Period } from './calendar';

/** The language of the text and the article's date (YYYY-MM-DD, or a timestamp starting so). */
export interface ClaimDateOptions {
  lang?: string;
  date?: string | null;
}

/**
 * The day the text says the claim of the figure at `span` was made (YYYY-MM-DD), read against the
 * article's date, or null. The text is typically the figure's sentence. Reads "said on 9 January",
 * "on Monday" (the weekday on or before the article's day; the article's own weekday is its day),
 * "in January" (the latest January not after it), "last week", "Tuesday's briefing", "yesterday"
 * and dates with their year, in English, German, Spanish, French, Russian and Ukrainian (other
 * languages are read as English). Only a date tied to a word of saying counts (see attach.ts):
 * "killed on Monday" is the day of the deaths, "since October 2024" a period. Never a day after
 * the article's; without an article date, only dates that give their year.
 *
 * A date that spans days ("in January", "last week") gives its last day not after the article's:
 * the claim was made by then, so the history as of that day holds every claim it answers.
 * `readClaimPeriod` gives the whole span.
 */
export function readClaimDate(
  text: string,
  span: { start: number; end: number },
  options: ClaimDateOptions = {},
): string | null {
  return readClaimPeriod(text, span, options)?.last ?? null;
}

/** As readClaimDate, the first and last day the date spans (the same day for "on 9 January"). */
export function readClaimPeriod(
  text: string,
  span: { start: number; end: number },
  options: ClaimDateOptions = {},
): Period | null {
  if (typeof text !== 'string' || text.length === 0) return null;
  const words = dateWordsFor(options.lang);
  const { toks, mentions } = read(text, words, dayOf(options.date));
  if (mentions.length === 0) return null;
  let fa = 0;
  while (fa < toks.length && (toks[fa] as DateToken).e <= span.start) fa++;
  let fb = fa;
  while (fb < toks.length && (toks[fb] as DateToken).s < span.end) fb++;
  return claimMention(text, toks, mentions, fa, fb, words)?.period ?? null;
}

/** The last text read: the figures of one sentence are read against the same dates. */
let last: {
  text: string;
  words: DateWords;
  article: ArticleDay;
  toks: DateToken[];
  mentions: Mention[];
} | null = null;

function read(
  text: string,
  words: DateWords,
  article: ArticleDay,
): { toks: DateToken[]; mentions: Mention[] } {
  if (last && last.text === text && last.words === words && last.article === article) return last;
  const toks = dateTokens(text);
  const own = wordMentions(toks, words, article);
  const found = chronoMentions(text, words, article).filter((m) => !own.some((o) => o.s < m.e && m.s < o.e));
  const mentions: Mention[] = [];
  for (const m of [...own, ...found].sort((x, y) => x.s - y.s)) {
    const kept = bounded(m, article);
    if (!kept) continue;
    kept.ta = toks.findIndex((t) => t.e > m.s);
    kept.tb = kept.ta;
    while (kept.tb < toks.length && (toks[kept.tb] as DateToken).s < m.e) kept.tb++;
    if (kept.ta >= 0 && !boundsPeriod(toks, kept, words) && !inFuture(toks, kept, words)) mentions.push(kept);
  }
  last = { text, words, article, toks, mentions };
  return last;
}

/** The mention with no day after the article's, or null when it starts after it or cannot be read without it. */
function bounded(m: Mention, article: ArticleDay): Mention | null {
  if (!article) return m.explicit ? m : null;
  if (m.period.first > article) return null;
  return m.period.last > article ? { ...m, period: { first: m.period.first, last: article } } : m;
}

/** "since October 2024", "from 3 March", "as of Monday": a bound of a period, not a day of saying. */
function boundsPeriod(toks: readonly DateToken[], m: Mention, words: DateWords): boolean {
  for (let k = 1; k <= 2 && m.ta - k >= 0; k++) if (words.period.at(toks, m.ta - k) === k) return true;
  return false;
}

/** "next Monday", "le mois prochain": the future, no day of saying. */
function inFuture(toks: readonly DateToken[], m: Mention, words: DateWords): boolean {
  for (let i = m.ta; i < m.tb; i++) if (words.next.at(toks, i) > 0) return true;
  return false;
}
