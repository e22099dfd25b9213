/**
 * Dates as the claim history stores them (lib/wording shows them). Pure: no locale or time zone
 * of the machine leaks in (dates are calendar days, read and written in UTC).
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_TIMESTAMP = /^(\d{4}-\d{2}-\d{2})T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

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
