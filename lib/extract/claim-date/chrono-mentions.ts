import type { Chrono, ParsedComponents, ParsedResult } from 'chrono-node';
import * as de from 'chrono-node/de';
import * as en from 'chrono-node/en';
import * as es from 'chrono-node/es';
import * as fr from 'chrono-node/fr';
import * as ru from 'chrono-node/ru';
import * as uk from 'chrono-node/uk';
import {
  addDays,
  isoOf,
  latestDay,
  latestMonth,
  monthPeriod,
  type Period,
  weekdayOnOrBefore,
} from './calendar';
import type { ArticleDay, Mention } from './mention';
import type { DateWords } from './words';

const PARSERS: Readonly<Record<string, Chrono>> = {
  en: en.casual,
  de: de.casual,
  es: es.casual,
  fr: fr.casual,
  ru: ru.casual,
  uk: uk.casual,
};

/** Any reference day will do without an article's: only dates that give their year are kept then. */
const NO_ARTICLE = '2000-01-01';

/**
 * The dates chrono finds in a text, as mentions read against the article's day: explicit dates,
 * weekdays, "yesterday", "two days ago". Ranges ("from 3 to 5 March") are periods, not days of
 * saying, and are left out; so are times alone ("at 10 am"), years alone, and dates in digits
 * that do not say which number is the day.
 */
export function chronoMentions(text: string, words: DateWords, article: ArticleDay): Mention[] {
  const parser = PARSERS[words.lang] ?? en.casual;
  const ref = new Date(`${article ?? NO_ARTICLE}T12:00:00Z`);
  const out: Mention[] = [];
  const parse = (s: string) => parser.parse(s, { instant: ref, timezone: 0 }, { forwardDate: false });
  for (const found of parse(text)) {
    const r = beforeNumber(found, parse);
    if (!r || r.end) continue;
    const span = trimmed(r);
    const written = text.slice(span.s, span.e);
    const read = periodOf(r.start, r, written, words, article);
    if (read) out.push({ ...span, ...read, ta: -1, tb: -1 });
  }
  return out;
}

/**
 * The result without a number it ran into after a comma: chrono's German reads "am 3. März 2024,
 * 200 Soldaten" as 8 pm and "am 3. März, 200" as the year 200. Read again up to the comma.
 */
function beforeNumber(r: ParsedResult, parse: (s: string) => ParsedResult[]): ParsedResult | null {
  // (not "January 9, 2025": a year after the comma belongs to the date)
  const cut = r.text.search(/[,;]\s*(?!\d{4}\b)\d/);
  if (cut <= 0) return r;
  const again = parse(r.text.slice(0, cut))[0];
  if (!again) return null;
  return {
    ...again,
    index: r.index + again.index,
    start: again.start,
    end: again.end,
    tags: () => again.tags(),
  } as ParsedResult;
}

/** The result's span without the spaces and marks chrono keeps around it ("в январе, "). */
function trimmed(r: ParsedResult): { s: number; e: number } {
  let s = r.index;
  let e = r.index + r.text.length;
  while (s < e && /[\s,;:]/.test(r.text[s - r.index] as string)) s++;
  while (e > s && /[\s,;:.]/.test(r.text[e - 1 - r.index] as string)) e--;
  return { s, e };
}

const RELATIVE = /^(result\/relativeDate|casualReference\/)/;

function periodOf(
  c: ParsedComponents,
  r: ParsedResult,
  written: string,
  words: DateWords,
  article: ArticleDay,
): { period: Period; explicit: boolean } | null {
  const hasLetters = /\p{L}/u.test(written);
  const year = c.get('year') as number;
  const yearWritten = new RegExp(`(^|\\D)${year}(\\D|$)`).test(written);
  // "12.05.2024": day first where the language writes it so; English writes both orders; ISO always
  if (!hasLetters && !(/^\d{4}-\d{2}-\d{2}$/.test(written) || (words.numericDates && yearWritten)))
    return null;
  const relative = [...r.tags()].some((tag) => RELATIVE.test(tag));
  const month = c.get('month') as number;
  const day = c.get('day') as number;
  if (c.isCertain('month') && c.isCertain('day')) {
    if (c.isCertain('year') && yearWritten && !relative) return exact(isoOf(year, month, day), true);
    if (!article) return null;
    if (c.isCertain('year')) return exact(isoOf(year, month, day), false); // "yesterday", "two days ago"
    return exact(latestDay(article, month, day), false);
  }
  if (c.isCertain('month') && !c.isCertain('weekday')) {
    if (c.isCertain('year') && yearWritten) return withYear(monthPeriod(year, month));
    return article ? { period: latestMonth(article, month) as Period, explicit: false } : null;
  }
  if (c.isCertain('weekday') && article) {
    const weekday = c.get('weekday') as number;
    let found = weekdayOnOrBefore(article, weekday);
    // "last Wednesday" read on a Wednesday: the week before
    if (found === article && saysLast(written, words)) found = addDays(found, -7);
    return exact(found, false);
  }
  return null;
}

const exact = (day: string | null, explicit: boolean) =>
  day ? { period: { first: day, last: day }, explicit } : null;
const withYear = (p: Period | null) => (p ? { period: p, explicit: true } : null);

const saysLast = (written: string, words: DateWords): boolean =>
  written
    .toLowerCase()
    .split(/[^\p{L}']+/u)
    .some((w) => words.last.has(w));
