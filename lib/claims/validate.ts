import type { Qualifier } from '../extract/types';
import type { MessageKey } from '../i18n';
import type { Claim, Origin } from './claim';
import { count, FIELDS, type FieldCheck, type FieldError, msg, oneOf, text, timestamp, url } from './fields';

export type { FieldError } from './fields';

/** Injected defaults, so tests and the seed generator get stable ids and times. */
export interface ValidateOptions {
  /** Id for a record that has none (default: a random UUID). */
  newId?: () => string;
  /** Timestamp for createdAt / updatedAt when missing (default: the current time). */
  now?: () => string;
  /** Origin for a record that does not say (default 'manual'). */
  origin?: Origin;
}

/** An error of one row of a batch; `line` is the 1-based row number. */
export interface RowError extends FieldError {
  line: number;
}

const hasOwn = (o: object, k: string) => Object.hasOwn(o, k);

/** What a qualifier's bounds lack: the English wording and its message key. */
type Problem = readonly [string, MessageKey];
const EQUAL: Problem = ['needs low and high equal', 'valQualEqual'];
const LOW_ONLY: Problem = ['needs low and no high', 'valQualLowOnly'];
const HIGH_ONLY: Problem = ['needs high and no low', 'valQualHighOnly'];
const NEARLY: Problem = ['needs high, and low empty or equal to high', 'valQualNearly'];
const RANGE: Problem = ['needs low below high', 'valQualRange'];
const VAGUE: Problem = ['needs low, and high empty or above low', 'valQualVague'];

/** Which of low / high each qualifier states (../shared/corpus/README.md). */
const BOUNDS: Record<Qualifier, (low: number | null, high: number | null) => Problem | null> = {
  exact: (l, h) => (l !== null && l === h ? null : EQUAL),
  approx: (l, h) => (l !== null && l === h ? null : EQUAL),
  atLeast: (l, h) => (l !== null && h === null ? null : LOW_ONLY),
  moreThan: (l, h) => (l !== null && h === null ? null : LOW_ONLY),
  atMost: (l, h) => (l === null && h !== null ? null : HIGH_ONLY),
  lessThan: (l, h) => (l === null && h !== null ? null : HIGH_ONLY),
  // "nearly N" is stored either as an upper bound or, as some sources record it, as the point N.
  nearly: (l, h) => (h !== null && (l === null || l === h) ? null : NEARLY),
  range: (l, h) => (l !== null && h !== null && l < h ? null : RANGE),
  // "well over 100,000" style vague figures may give only a floor.
  vague: (l, h) => (l !== null && (h === null || h >= l) ? null : VAGUE),
};

function checkField(
  out: Record<string, unknown>,
  errors: FieldError[],
  src: object,
  field: string,
  check: FieldCheck,
  fallback: () => unknown,
  required = false,
) {
  const present = hasOwn(src, field) && (src as Record<string, unknown>)[field] !== undefined;
  if (!present) {
    if (required) errors.push({ field, ...msg(`${field} is required`, 'valRequired', field) });
    else out[field] = fallback();
    return;
  }
  const r = check((src as Record<string, unknown>)[field], field);
  if (r.ok) out[field] = r.value;
  else errors.push({ field, message: r.message, ...(r.i18n && { i18n: r.i18n }) });
}

/**
 * Checks one claim record from any source (seed, import, edit form) and fills defaults for
 * optional fields. Returns the claim when valid, and every error with its field otherwise.
 * Keys that are not Claim fields are ignored, so `__proto__` or `constructor` never reach it.
 */
export function validateClaim(
  input: unknown,
  opts: ValidateOptions = {},
): { claim?: Claim; errors: FieldError[] } {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { errors: [{ field: '(record)', ...msg('a claim must be an object', 'valNotObject') }] };
  }
  const newId = opts.newId ?? (() => crypto.randomUUID());
  const now = opts.now ?? (() => new Date().toISOString());
  const out: Record<string, unknown> = Object.create(null);
  const errors: FieldError[] = [];
  checkField(out, errors, input, 'id', text(200), newId);
  for (const [field, spec] of Object.entries(FIELDS)) {
    if (spec) checkField(out, errors, input, field, spec.check, () => spec.fallback, spec.required);
  }
  checkField(
    out,
    errors,
    input,
    'origin',
    oneOf(['seed', 'page', 'manual', 'import', 'pack']),
    () => opts.origin ?? 'manual',
  );
  let stamp: string | undefined;
  const at = () => {
    stamp ??= now();
    return stamp;
  };
  checkField(out, errors, input, 'createdAt', timestamp, at);
  checkField(out, errors, input, 'updatedAt', timestamp, () => (out.createdAt as string | undefined) ?? at());
  checkBest(out, errors, input as Record<string, unknown>);
  checkReview(out, errors, input as Record<string, unknown>);
  crossChecks(out, errors);
  notInFuture(out, errors, now());
  if (errors.length > 0) return { errors };
  return { claim: { ...out } as unknown as Claim, errors };
}

/**
 * A claim cannot have been made after today (a day of slack for time zones): a 2031 claim date is
 * a typing slip, and it would sort above every real claim.
 */
function notInFuture(out: Record<string, unknown>, errors: FieldError[], now: string) {
  const today = Date.parse(now.slice(0, 10));
  for (const field of ['claimDate', 'periodStart'] as const) {
    const day = out[field];
    if (typeof day === 'string' && Date.parse(day) > today + 86_400_000)
      errors.push({ field, ...msg(`${field} ${day} is in the future`, 'valFutureDate', field, day) });
  }
}

/**
 * The optional central estimate of a range: a count within low and high. Kept only when given,
 * so claims without one stay exactly as they were.
 */
function checkBest(out: Record<string, unknown>, errors: FieldError[], input: Record<string, unknown>) {
  const given = input.best;
  if (given === undefined || given === null || given === '') return;
  const r = count(given, 'best');
  if (!r.ok) return errors.push({ field: 'best', message: r.message, ...(r.i18n && { i18n: r.i18n }) });
  const best = r.value as number;
  const low = out.low as number | null | undefined;
  const high = out.high as number | null | undefined;
  if ((typeof low === 'number' && best < low) || (typeof high === 'number' && best > high))
    return errors.push({
      field: 'best',
      ...msg(`best (${best}) is outside low and high`, 'valBestOutside', best),
    });
  out.best = best;
}

/** The review's fields, each kept only when given; a rating or address needs the fact-checker. */
const REVIEW: readonly [keyof Claim & string, FieldCheck][] = [
  ['reviewedBy', text(200)],
  ['reviewRating', text(100)],
  ['reviewUrl', url],
];

/**
 * A fact-checker's review (ClaimReview): kept only when given, so claims without one stay exactly
 * as they were; its rating and address say nothing without who checked the claim.
 */
function checkReview(out: Record<string, unknown>, errors: FieldError[], input: Record<string, unknown>) {
  for (const [field, check] of REVIEW) {
    const given = input[field];
    if (given === undefined || given === null || (typeof given === 'string' && given.trim() === '')) continue;
    const r = check(given, field);
    if (r.ok) out[field] = r.value;
    else errors.push({ field, message: r.message, ...(r.i18n && { i18n: r.i18n }) });
  }
  const bad = new Set(errors.map((e) => e.field));
  if (out.reviewedBy === undefined && !bad.has('reviewedBy') && (out.reviewRating || out.reviewUrl))
    errors.push({ field: 'reviewedBy', ...msg('reviewedBy is required', 'valRequired', 'reviewedBy') });
}

/** Rules between fields; each runs only when the fields it reads passed their own checks. */
function crossChecks(out: Record<string, unknown>, errors: FieldError[]) {
  const bad = new Set(errors.map((e) => e.field));
  const low = out.low as number | null;
  const high = out.high as number | null;
  if (!bad.has('low') && !bad.has('high')) {
    if (low === null && high === null)
      errors.push({ field: 'low', ...msg('a claim needs low or high', 'valNoBounds') });
    else if (low !== null && high !== null && low > high) {
      errors.push({
        field: 'low',
        ...msg(`low (${low}) is greater than high (${high})`, 'valLowAboveHigh', low, high),
      });
    } else if (!bad.has('qualifier')) {
      const q = out.qualifier as Qualifier;
      const problem = BOUNDS[q](low, high);
      if (problem)
        errors.push({ field: 'qualifier', ...msg(`qualifier '${q}' ${problem[0]}`, problem[1], q) });
    }
  }
  const start = out.periodStart as string | null;
  const end = out.periodEnd as string | null;
  if (!bad.has('periodStart') && !bad.has('periodEnd') && start && end && start > end) {
    errors.push({
      field: 'periodEnd',
      ...msg(`periodEnd ${end} is before periodStart ${start}`, 'valPeriod', end, start),
    });
  }
  const created = out.createdAt as string | undefined;
  const updated = out.updatedAt as string | undefined;
  if (created && updated && Date.parse(updated) < Date.parse(created)) {
    errors.push({ field: 'updatedAt', ...msg('updatedAt is before createdAt', 'valUpdated') });
  }
}

/**
 * Checks a batch (an import file, the seeds): the valid records, and every error with its
 * 1-based row number and field. Ids repeated within the batch are errors of the later rows.
 */
export function validateClaims(
  rows: unknown[],
  opts: ValidateOptions = {},
): { records: Claim[]; errors: RowError[] } {
  const records: Claim[] = [];
  const errors: RowError[] = [];
  const seen = new Set<string>();
  rows.forEach((row, i) => {
    const line = i + 1;
    const { claim, errors: rowErrors } = validateClaim(row, opts);
    for (const e of rowErrors) errors.push({ line, ...e });
    if (!claim) return;
    if (seen.has(claim.id)) {
      errors.push({
        line,
        field: 'id',
        ...msg(`id '${claim.id}' appears twice`, 'valDuplicateId', claim.id),
      });
      return;
    }
    seen.add(claim.id);
    records.push(claim);
  });
  return { records, errors };
}
