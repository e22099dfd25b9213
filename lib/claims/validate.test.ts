import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { localise } from '../i18n';
import { validateClaim, validateClaims } from './validate';

const opts = { newId: () => 'id-1', now: () => '2026-01-02T03:04:05.000Z' };

/** The fewest fields a user can type in the edit form. */
const minimal = {
  metric: 'killed',
  low: 300,
  high: 300,
  qualifier: 'approx',
  claimedBy: 'A ministry',
  claimDate: '2025-01-13',
};

const fieldsOf = (input: unknown) => validateClaim(input, opts).errors.map((e) => e.field);

describe('validateClaim', () => {
  it('fills every optional field with its default, ids and times from the injected functions', () => {
    const { claim, errors } = validateClaim(minimal, opts);
    expect(errors).toEqual([]);
    expect(claim).toEqual({
      id: 'id-1',
      subject: null,
      party: null,
      population: 'unknown',
      ...minimal,
      claimantType: 'unknown',
      via: null,
      periodStart: null,
      periodEnd: null,
      cumulative: false,
      place: null,
      sourceUrl: null,
      sourceName: null,
      quote: null,
      note: null,
      origin: 'manual',
      createdAt: '2026-01-02T03:04:05.000Z',
      updatedAt: '2026-01-02T03:04:05.000Z',
    });
    expect(validateClaim(minimal, { ...opts, origin: 'import' }).claim?.origin).toBe('import');
  });

  it('returns every error with its field, not only the first', () => {
    const { claim, errors } = validateClaim(
      {
        metric: 'bombs',
        low: -1,
        high: 'many',
        qualifier: 'about',
        claimDate: '2025-02-30',
        sourceUrl: 'ftp://x',
      },
      opts,
    );
    expect(claim).toBeUndefined();
    expect(errors.map((e) => e.field).sort()).toEqual(
      ['claimDate', 'claimedBy', 'high', 'low', 'metric', 'qualifier', 'sourceUrl'].sort(),
    );
    expect(errors.find((e) => e.field === 'claimDate')?.message).toMatch(
      "claimDate '2025-02-30' is not a date",
    );
  });

  it.each([
    ['a day that does not exist', { claimDate: '2025-02-30' }, 'claimDate'],
    ['a leap day of a common year', { claimDate: '2023-02-29' }, 'claimDate'],
    ['a date in another format', { periodStart: '30/04/2025' }, 'periodStart'],
    ['a period ending before it starts', { periodStart: '2025-02-01', periodEnd: '2025-01-01' }, 'periodEnd'],
    ['low above high', { low: 500, high: 400, qualifier: 'range' }, 'low'],
    ['no bound at all', { low: null, high: null }, 'low'],
    ['infinity', { low: Number.POSITIVE_INFINITY }, 'low'],
    ['NaN', { high: Number.NaN }, 'high'],
    ['a fraction of a person', { low: 2.5, high: 2.5 }, 'low'],
    ['a number written as text', { low: '300' }, 'low'],
    ['an unknown population', { population: 'soldiers' }, 'population'],
    ['an unknown claimant type', { claimantType: 'enemy' }, 'claimantType'],
    ['an unknown origin', { origin: 'web' }, 'origin'],
    ['a party that is not a slug', { party: 'North Korea' }, 'party'],
    ['a blank claimant', { claimedBy: '   ' }, 'claimedBy'],
    ['an overlong note', { note: 'x'.repeat(1001) }, 'note'],
    ['an overlong claimant', { claimedBy: 'x'.repeat(201) }, 'claimedBy'],
    ['cumulative as text', { cumulative: 'yes' }, 'cumulative'],
    ['a timestamp without zone', { createdAt: '2025-01-01T00:00:00' }, 'createdAt'],
    [
      'an update before creation',
      { createdAt: '2025-02-01T00:00:00Z', updatedAt: '2025-01-01T00:00:00Z' },
      'updatedAt',
    ],
  ])('rejects %s', (_name, patch, field) => {
    expect(fieldsOf({ ...minimal, ...patch })).toContain(field);
  });

  it.each([
    ['exact', 600, 600, true],
    ['exact', 600, null, false],
    ['approx', 600, 700, false],
    ['atLeast', 300, null, true],
    ['atLeast', 300, 300, false],
    ['moreThan', null, 300, false],
    ['atMost', null, 8000, true],
    ['lessThan', 10, null, false],
    ['nearly', null, 1000, true],
    ['nearly', 1000, 1000, true],
    ['nearly', 900, 1000, false],
    ['range', 2000, 4000, true],
    ['range', 2000, null, false],
    ['vague', 200, 999, true],
    ['vague', 100000, null, true],
    ['vague', null, 999, false],
  ])('qualifier %s with low %s and high %s: valid %s', (qualifier, low, high, valid) => {
    const errors = validateClaim({ ...minimal, qualifier, low, high }, opts).errors;
    expect(errors.length === 0).toBe(valid);
    if (!valid) expect(errors.map((e) => e.field)).toContain('qualifier');
  });

  it('stores blank optional text as null and trims text', () => {
    const { claim } = validateClaim({ ...minimal, via: '  ', claimedBy: '  Zelenskyy ' }, opts);
    expect(claim?.via).toBeNull();
    expect(claim?.claimedBy).toBe('Zelenskyy');
  });

  it('ignores unknown keys and never lets __proto__ or constructor through', () => {
    const hostile = JSON.parse(
      `{"metric":"killed","low":1,"high":1,"qualifier":"exact","claimedBy":"x","claimDate":"2025-01-01",
        "__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},"extra":1}`,
    );
    const { claim } = validateClaim(hostile, opts);
    expect(claim).toBeDefined();
    expect(Object.keys(claim as object)).not.toContain('extra');
    expect(Object.getPrototypeOf(claim)).toBe(Object.prototype);
    expect((claim as unknown as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('rejects what is not a record', () => {
    for (const bad of [null, 3, 'claim', [minimal]]) expect(validateClaim(bad, opts).errors).toHaveLength(1);
  });

  it('never throws, whatever it is given', () => {
    fc.assert(
      fc.property(fc.anything({ withNullPrototype: true, withBigInt: true, withMap: true }), (input) => {
        const r = validateClaim(input, opts);
        expect(r.claim !== undefined || r.errors.length > 0).toBe(true);
      }),
    );
    const weird = { ...minimal, claimDate: Object.create(null), metric: 10n, claimedBy: [1] };
    expect(fieldsOf(weird).sort()).toEqual(['claimDate', 'claimedBy', 'metric']);
  });
});

describe('the central estimate of a range (best)', () => {
  const range = { ...minimal, low: 200, high: 500, qualifier: 'range' };
  it('is kept when it lies within low and high', () => {
    expect(validateClaim({ ...range, best: 320 }, opts).claim).toMatchObject({
      low: 200,
      high: 500,
      best: 320,
    });
  });
  it('is left out when not given, so claims without one stay as they were', () => {
    expect(validateClaim(range, opts).claim).not.toHaveProperty('best');
    expect(validateClaim({ ...range, best: null }, opts).claim).not.toHaveProperty('best');
  });
  it('is refused outside the range, or when not a whole number, naming the field', () => {
    const outside = validateClaim({ ...range, best: 900 }, opts).errors;
    expect(outside.map((e) => [e.field, e.message])).toEqual([
      ['best', 'best (900) is outside low and high'],
    ]);
    expect(fieldsOf({ ...range, best: 12.5 })).toEqual(['best']);
    expect(fieldsOf({ ...range, best: 'many' })).toEqual(['best']);
  });
});

describe('a fact-checker’s review of the claim', () => {
  const review = { reviewedBy: 'Example Check', reviewRating: 'False', reviewUrl: 'https://check.example/1' };
  it('is kept when given, and left out of claims without one', () => {
    expect(validateClaim({ ...minimal, ...review }, opts).claim).toMatchObject(review);
    const plain = validateClaim(minimal, opts).claim;
    for (const field of Object.keys(review)) expect(plain).not.toHaveProperty(field);
  });
  it('needs who checked the claim for a rating, and a web address for the check', () => {
    expect(fieldsOf({ ...minimal, reviewRating: 'False' })).toEqual(['reviewedBy']);
    expect(fieldsOf({ ...minimal, reviewedBy: 'Example Check', reviewUrl: 'javascript:alert(1)' })).toEqual([
      'reviewUrl',
    ]);
    expect(validateClaim({ ...minimal, reviewedBy: 'Example Check' }, opts).claim).toMatchObject({
      reviewedBy: 'Example Check',
    });
  });
});

describe('validateClaims', () => {
  it('keeps the valid rows and reports each error with its 1-based line and field', () => {
    let n = 0;
    const rows = [
      minimal,
      { ...minimal, claimDate: '2025-13-01' },
      { ...minimal, id: 'a' },
      { ...minimal, id: 'a' },
    ];
    const { records, errors } = validateClaims(rows, { ...opts, newId: () => `n${++n}` });
    expect(records.map((r) => r.id)).toEqual(['n1', 'a']);
    expect(errors).toEqual([
      {
        line: 2,
        field: 'claimDate',
        message: expect.stringContaining("'2025-13-01' is not a date"),
        i18n: { key: 'valDate', subs: ['claimDate', '2025-13-01'] },
      },
      { line: 4, field: 'id', message: "id 'a' appears twice", i18n: { key: 'valDuplicateId', subs: ['a'] } },
    ]);
  });

  it('gives every error a message key whose English is its message', () => {
    const bad: unknown[] = [
      null,
      {},
      { ...minimal, claimedBy: 5, claimDate: '2025-02-30', low: -1, high: 1.5, sourceUrl: 'ftp://x' },
      { ...minimal, claimedBy: 'x'.repeat(201), metric: 'eaten', subject: 'Not A Slug', cumulative: 'yes' },
      { ...minimal, low: 5, high: 3 },
      { ...minimal, low: null, high: null },
      { ...minimal, low: 1e10, sourceUrl: 'not a url', createdAt: 'then' },
      { ...minimal, qualifier: 'exact', low: 1, high: 2 },
      { ...minimal, qualifier: 'atLeast', low: 1, high: 2 },
      { ...minimal, qualifier: 'atMost', low: 1, high: 2 },
      { ...minimal, qualifier: 'nearly', low: 1, high: null },
      { ...minimal, qualifier: 'range', low: 2, high: 2 },
      { ...minimal, qualifier: 'vague', low: null, high: 2 },
      { ...minimal, periodStart: '2025-02-02', periodEnd: '2025-01-01' },
      { ...minimal, createdAt: '2025-02-02T00:00:00Z', updatedAt: '2025-01-01T00:00:00Z' },
      { ...minimal, id: 'a' },
      { ...minimal, id: 'a' },
    ];
    const { errors } = validateClaims(bad, opts);
    const keys = new Set(errors.map((e) => e.i18n?.key));
    expect(keys.size).toBeGreaterThan(20);
    for (const e of errors) {
      expect(e.i18n).toBeDefined();
      expect(localise(e)).toBe(e.message);
    }
  });
});
