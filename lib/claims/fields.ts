import { METRICS, QUALIFIERS } from '../extract/types';
import type { Claim } from './claim';
import { isIsoDate, isIsoTimestamp } from './format';

/** One problem with one field of a record. */
export interface FieldError {
  field: string;
  message: string;
}

/** Reads one field: `ok` with the value to store, or an error message. */
export type FieldCheck = (
  value: unknown,
  field: string,
) => { ok: true; value: unknown } | { ok: false; message: string };

const ok = (value: unknown) => ({ ok: true as const, value });
const fail = (message: string) => ({ ok: false as const, message });

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** A short, never-throwing rendering of any input for error messages. */
const show = (v: unknown): string =>
  typeof v === 'string' ? v.slice(0, 40) : v === null ? 'null' : typeof v;

/** A required non-empty string of at most `max` characters, trimmed. */
export const text =
  (max: number): FieldCheck =>
  (v, field) => {
    if (typeof v !== 'string') return fail(`${field} must be text`);
    const t = v.trim();
    if (t === '') return fail(`${field} is required`);
    return t.length > max ? fail(`${field} is longer than ${max} characters`) : ok(t);
  };

/** Like `check`, but null, undefined and blank text are stored as null. */
export const nullable =
  (check: FieldCheck): FieldCheck =>
  (v, field) =>
    v === null || v === undefined || (typeof v === 'string' && v.trim() === '') ? ok(null) : check(v, field);

/** One of a fixed list of words. */
export const oneOf =
  (values: readonly string[]): FieldCheck =>
  (v, field) =>
    typeof v === 'string' && values.includes(v)
      ? ok(v)
      : fail(`${field} must be one of ${values.join(', ')} (got '${show(v)}')`);

/** A lowercase slug such as `north-korea`. */
export const slug: FieldCheck = (v, field) =>
  typeof v === 'string' && SLUG.test(v) && v.length <= 80
    ? ok(v)
    : fail(`${field} must be a lowercase slug like 'north-korea'`);

/** A calendar day `YYYY-MM-DD` that exists. */
export const isoDate: FieldCheck = (v, field) =>
  typeof v === 'string' && isIsoDate(v) ? ok(v) : fail(`${field} '${show(v)}' is not a date (YYYY-MM-DD)`);

/** An ISO timestamp with time zone. */
export const timestamp: FieldCheck = (v, field) =>
  typeof v === 'string' && isIsoTimestamp(v) ? ok(v) : fail(`${field} '${show(v)}' is not an ISO timestamp`);

/** A count of people: a whole, finite, non-negative number below a billion. */
export const count: FieldCheck = (v, field) => {
  if (typeof v !== 'number' || !Number.isFinite(v)) return fail(`${field} must be a number`);
  if (v < 0) return fail(`${field} must not be negative`);
  if (!Number.isInteger(v)) return fail(`${field} must be a whole number`);
  return v > 1e9 ? fail(`${field} is implausibly large`) : ok(v);
};

/** A web address (http or https). */
export const url: FieldCheck = (v, field) => {
  if (typeof v !== 'string' || v.length > 2000) return fail(`${field} must be a web address`);
  try {
    const u = new URL(v.trim());
    return u.protocol === 'http:' || u.protocol === 'https:'
      ? ok(v.trim())
      : fail(`${field} must start with http(s)://`);
  } catch {
    return fail(`${field} '${show(v)}' is not a web address`);
  }
};

/** true or false. */
export const bool: FieldCheck = (v, field) =>
  typeof v === 'boolean' ? ok(v) : fail(`${field} must be true or false`);

type Spec = { check: FieldCheck; required?: boolean; fallback?: unknown };

/** Every field of a Claim except id and timestamps, which get injected defaults. */
export const FIELDS: { readonly [K in keyof Claim]?: Spec } = {
  subject: { check: nullable(slug), fallback: null },
  party: { check: nullable(slug), fallback: null },
  population: { check: oneOf(['military', 'civilian', 'unknown']), fallback: 'unknown' },
  metric: { check: oneOf(METRICS), required: true },
  low: { check: nullable(count), fallback: null },
  high: { check: nullable(count), fallback: null },
  qualifier: { check: oneOf(QUALIFIERS), required: true },
  claimedBy: { check: text(200), required: true },
  claimantType: {
    check: oneOf(['own-side', 'adversary', 'third-government', 'un-ngo', 'independent', 'media', 'unknown']),
    fallback: 'unknown',
  },
  via: { check: nullable(text(300)), fallback: null },
  claimDate: { check: isoDate, required: true },
  periodStart: { check: nullable(isoDate), fallback: null },
  periodEnd: { check: nullable(isoDate), fallback: null },
  cumulative: { check: bool, fallback: false },
  place: { check: nullable(text(200)), fallback: null },
  sourceUrl: { check: nullable(url), fallback: null },
  sourceName: { check: nullable(text(200)), fallback: null },
  quote: { check: nullable(text(2000)), fallback: null },
  note: { check: nullable(text(1000)), fallback: null },
};
