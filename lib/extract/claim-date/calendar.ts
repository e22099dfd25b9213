/** Calendar days as ISO `YYYY-MM-DD` strings (they sort as they compare), in UTC: no time zone moves a day. */

/** A day of the calendar and the days a reference spans ("in January": its first and last day). */
export interface Period {
  first: string;
  last: string;
}

const DAY_MS = 86_400_000;

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

/** The ISO day of a year, month (1-12) and day, or null when no such day exists ("31 February"). */
export function isoOf(year: number, month: number, day: number): string | null {
  if (!Number.isInteger(year) || year < 1000 || year > 9999) return null;
  const t = new Date(Date.UTC(year, month - 1, day));
  if (t.getUTCFullYear() !== year || t.getUTCMonth() !== month - 1 || t.getUTCDate() !== day) return null;
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** The day of an ISO date or timestamp ("2025-04-30", "2025-04-30T16:00:00+09:00"), or null. */
export function dayOf(value: string | null | undefined): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value ?? '');
  return m ? isoOf(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}

const utc = (day: string): number =>
  Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)));

/** The day n days after (n < 0: before) an ISO day. */
export function addDays(day: string, n: number): string {
  return new Date(utc(day) + n * DAY_MS).toISOString().slice(0, 10);
}

/** 0 for Sunday .. 6 for Saturday. */
export const weekdayOf = (day: string): number => new Date(utc(day)).getUTCDay();

/** The last day of a month (1-12). */
export function monthEnd(year: number, month: number): string {
  return new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
}

/** The latest day of that weekday (0 Sunday .. 6) on or before `day`: the day itself when it is one. */
export function weekdayOnOrBefore(day: string, weekday: number): string {
  return addDays(day, -((weekdayOf(day) - weekday + 7) % 7));
}

/** The Monday that starts the week of `day` (weeks run Monday to Sunday, as ISO 8601 and the press of these languages count them). */
export const mondayOf = (day: string): string => addDays(day, -((weekdayOf(day) + 6) % 7));

/** A month as a period: its first and last day. */
export function monthPeriod(year: number, month: number): Period | null {
  const first = isoOf(year, month, 1);
  return first ? { first, last: monthEnd(year, month) } : null;
}

/** The latest month `month` (1-12) that starts on or before `day`: "in January" read on 30 April 2025 is January 2025, on 1 January 2025 too. */
export function latestMonth(day: string, month: number): Period | null {
  const year = Number(day.slice(0, 4));
  return monthPeriod(month <= Number(day.slice(5, 7)) ? year : year - 1, month);
}

/** The latest day of a month and day (no year) on or before `day`: "9 January" read on 30 April 2025 is 2025-01-09. */
export function latestDay(day: string, month: number, date: number): string | null {
  const year = Number(day.slice(0, 4));
  const same = isoOf(year, month, date);
  if (same && same <= day) return same;
  // 29 February, read in a year without one: the last year that had it, within a leap cycle
  for (let y = year - 1; y >= year - 8; y--) {
    const earlier = isoOf(y, month, date);
    if (earlier) return earlier;
  }
  return null;
}
