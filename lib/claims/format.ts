/**
 * Dates and numbers as the claim history stores and shows them. Pure: no locale or time zone of
 * the machine leaks in (dates are calendar days, read and written in UTC).
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_TIMESTAMP = /^(\d{4}-\d{2}-\d{2})T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** True when `s` is a `YYYY-MM-DD` day that exists on the calendar (2025-02-30 does not). */
export function isIsoDate(s: string): boolean {
  const m = ISO_DATE.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(Date.UTC(y, mo - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}

/** True when `s` is an ISO timestamp with a time zone whose day exists. */
export function isIsoTimestamp(s: string): boolean {
  const m = ISO_TIMESTAMP.exec(s);
  return m !== null && isIsoDate(m[1] as string) && !Number.isNaN(Date.parse(s));
}

/** Whole days from ISO date `a` to ISO date `b` (negative when `b` is earlier). */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

/** "January"; with `withYear`, "January 2025". */
export function monthOf(isoDate: string, withYear = false): string {
  const month = MONTHS[Number(isoDate.slice(5, 7)) - 1] ?? isoDate;
  return withYear ? `${month} ${isoDate.slice(0, 4)}` : month;
}

/** "9 January 2025". */
export function formatDate(isoDate: string): string {
  return `${Number(isoDate.slice(8, 10))} ${monthOf(isoDate, true)}`;
}

/** 4700 -> "4,700"; 0.5 -> "0.5"; always with comma thousands separators. */
export function formatNumber(n: number): string {
  const rounded = Math.abs(n) >= 100 ? Math.round(n) : Math.round(n * 10) / 10;
  const [int = '0', frac] = String(Math.abs(rounded)).split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${rounded < 0 ? '-' : ''}${grouped}${frac ? `.${frac}` : ''}`;
}
