import { addDays, latestMonth, mondayOf, monthPeriod, type Period } from './calendar';
import type { ArticleDay, Mention } from './mention';
import type { DateToken } from './tokens';
import type { DateWords } from './words';

/**
 * The dates chrono does not read, by the language's date words: a month after a word that puts it
 * in the past ("im Januar", "en janvier", "a principios de enero"), the last or this week or
 * month ("la semana pasada", "на прошлой неделе", "earlier this month") and "the day before"
 * ("накануне"). All are read against the article's day; without one there are none.
 */
export function wordMentions(toks: readonly DateToken[], words: DateWords, article: ArticleDay): Mention[] {
  if (!article) return [];
  const out: Mention[] = [];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i] as DateToken;
    if (t.kind !== 'word') continue;
    const found =
      monthAt(toks, i, words, article) ?? unitAt(toks, i, words, article) ?? dayBeforeAt(t, words, article);
    if (found) out.push({ ...found, explicit: false, ta: -1, tb: -1 });
  }
  return out;
}

type Found = { s: number; e: number; period: Period };

function monthAt(toks: readonly DateToken[], i: number, words: DateWords, article: string): Found | null {
  const month = words.months.get((toks[i] as DateToken).w);
  if (month === undefined) return null;
  let k = i - 1;
  if (toks[k] && words.monthLinks.has((toks[k] as DateToken).w)) k--;
  const prep = toks[k];
  if (prep?.kind !== 'word' || !words.monthPreps.has(prep.w)) return null;
  let end = i;
  // "en enero de 2025", "in January 2024": the month of that year
  let j = i + 1;
  if (toks[j] && words.monthLinks.has((toks[j] as DateToken).w)) j++;
  const year =
    toks[j]?.kind === 'number' && /^\d{4}$/.test((toks[j] as DateToken).w)
      ? Number((toks[j] as DateToken).w)
      : 0;
  if (year) end = j;
  const period = year ? monthPeriod(year, month) : latestMonth(article, month);
  return period ? { s: prep.s, e: (toks[end] as DateToken).e, period } : null;
}

/** "last week", "la semaine dernière", "в прошлом месяце", "this month", "earlier this week". */
function unitAt(toks: readonly DateToken[], i: number, words: DateWords, article: string): Found | null {
  const t = toks[i] as DateToken;
  const week = words.week.at(toks, i);
  const unit = week || words.month.at(toks, i);
  if (unit === 0) return null;
  const before = toks[i - 1];
  const after = toks[i + unit];
  const lastBefore = before?.kind === 'word' && words.last.has(before.w);
  const lastAfter = after?.kind === 'word' && words.last.has(after.w);
  const current = before?.kind === 'word' && words.current.has(before.w);
  if (!lastBefore && !lastAfter && !current) return null;
  const s = lastBefore || current ? (before as DateToken).s : t.s;
  const e = lastAfter ? (after as DateToken).e : (toks[i + unit - 1] as DateToken).e;
  const previous = !current;
  return { s, e, period: week ? weekPeriod(article, previous) : monthOfArticle(article, previous) };
}

function weekPeriod(article: string, previous: boolean): Period {
  const monday = mondayOf(previous ? addDays(article, -7) : article);
  return { first: monday, last: previous ? addDays(monday, 6) : article };
}

function monthOfArticle(article: string, previous: boolean): Period {
  const first = `${article.slice(0, 8)}01`;
  if (!previous) return { first, last: article };
  const end = addDays(first, -1);
  return { first: `${end.slice(0, 8)}01`, last: end };
}

function dayBeforeAt(t: DateToken, words: DateWords, article: string): Found | null {
  if (!words.dayBefore.has(t.w)) return null;
  const day = addDays(article, -1);
  return { s: t.s, e: t.e, period: { first: day, last: day } };
}
