import { METRICS, QUALIFIERS } from '../extract/types';
import type { MessageKey } from '../i18n';
import { CLAIMANT_TYPES, type Claim, POPULATIONS } from './claim';
import { isIsoDate, isIsoTimestamp } from './dates';

/**
 * A message's key and substitutions, translated where it is shown (`localise` in lib/i18n):
 * validation may run in a worker, where there is no browser i18n.
 */
export interface Localisable {
  key: MessageKey;
  subs: string[];
}

/** One problem with one field of a record: `message` in English, `i18n` for the reader's language. */
export interface FieldError {
  field: string;
  message: string;
  i18n?: Localisable;
}

/** An error `message` in English with its message key and substitutions. */
export const msg = (
  message: string,
  key: MessageKey,
  ...subs: (string | number)[]
): { message: string; i18n: Localisable } => ({ message, i18n: { key, subs: subs.map(String) } });

/** Reads one field: `ok` with the value to store, or an error message. */
export type FieldCheck = (
  value: unknown,
  field: string,
) => { ok: true; value: unknown } | { ok: false; message: string; i18n?: Localisable };

const ok = (value: unknown) => ({ ok: true as const, value });
const fail = (message: string, key: MessageKey, ...subs: (string | number)[]) => ({
  ok: false as const,
  ...msg(message, key, ...subs),
});

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** A short, never-throwing rendering of any input for error messages. */
const show = (v: unknown): string =>
  typeof v === 'string' ? v.slice(0, 40) : v === null ? 'null' : typeof v;

/** A required non-empty string of at most `max` characters, trimmed. */
export const text =
  (max: number): FieldCheck =>
  (v, field) => {
    if (typeof v !== 'string') return fail(`${field} must be text`, 'valText', field);
    const t = v.trim();
    if (t === '') return fail(`${field} is required`, 'valRequired', field);
    return t.length > max
      ? fail(`${field} is longer than ${max} characters`, 'valTooLong', field, max)
      : ok(t);
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
      : fail(
          `${field} must be one of ${values.join(', ')} (got '${show(v)}')`,
          'valOneOf',
          field,
          values.join(', '),
          show(v),
        );

/** A lowercase slug such as `north-korea`. */
export const slug: FieldCheck = (v, field) =>
  typeof v === 'string' && SLUG.test(v) && v.length <= 80
    ? ok(v)
    : fail(`${field} must be a lowercase slug like 'north-korea'`, 'valSlug', field);

/** A calendar day `YYYY-MM-DD` that exists. */
export const isoDate: FieldCheck = (v, field) =>
  typeof v === 'string' && isIsoDate(v)
    ? ok(v)
    : fail(`${field} '${show(v)}' is not a date (YYYY-MM-DD)`, 'valDate', field, show(v));

/** An ISO timestamp with time zone. */
export const timestamp: FieldCheck = (v, field) =>
  typeof v === 'string' && isIsoTimestamp(v)
    ? ok(v)
    : fail(`${field} '${show(v)}' is not an ISO timestamp`, 'valTimestamp', field, show(v));

/** A count of people: a whole, finite, non-negative number below a billion. */
export const count: FieldCheck = (v, field) => {
  if (typeof v !== 'number' || !Number.isFinite(v))
    return fail(`${field} must be a number`, 'valNumber', field);
  if (v < 0) return fail(`${field} must not be negative`, 'valNegative', field);
  if (!Number.isInteger(v)) return fail(`${field} must be a whole number`, 'valWhole', field);
  return v > 1e9 ? fail(`${field} is implausibly large`, 'valHuge', field) : ok(v);
};

/** A web address (http or https). */
export const url: FieldCheck = (v, field) => {
  if (typeof v !== 'string' || v.length > 2000)
    return fail(`${field} must be a web address`, 'valUrl', field);
  try {
    const u = new URL(v.trim());
    return u.protocol === 'http:' || u.protocol === 'https:'
      ? ok(v.trim())
      : fail(`${field} must start with http(s)://`, 'valHttp', field);
  } catch {
    return fail(`${field} '${show(v)}' is not a web address`, 'valNotUrl', field, show(v));
  }
};

/** true or false. */
export const bool: FieldCheck = (v, field) =>
  typeof v === 'boolean' ? ok(v) : fail(`${field} must be true or false`, 'valBool', field);

type Spec = { check: FieldCheck; required?: boolean; fallback?: unknown };

/** Every field of a Claim except id and timestamps, which get injected defaults. */
export const FIELDS: { readonly [K in keyof Claim]?: Spec } = {
  subject: { check: nullable(slug), fallback: null },
  party: { check: nullable(slug), fallback: null },
  population: { check: oneOf(POPULATIONS), fallback: 'unknown' },
  metric: { check: oneOf(METRICS), required: true },
  low: { check: nullable(count), fallback: null },
  high: { check: nullable(count), fallback: null },
  qualifier: { check: oneOf(QUALIFIERS), required: true },
  claimedBy: { check: text(200), required: true },
  claimantType: { check: oneOf(CLAIMANT_TYPES), fallback: 'unknown' },
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
