import { describe, expect, it } from 'vitest';
import { recordFromForm, valuesFromRecord } from './form-fields';
import { validateClaim } from './validate';

describe('recordFromForm: the one converter of both forms and the save', () => {
  it.each([
    ['4700', 4700],
    ['4,700', 4700],
    ['4.700', 4700],
    ['4 700', 4700],
    ['1,250,000', 1250000],
    ['2.5', 2.5],
  ])('reads the count "%s" as %s', (typed, count) => {
    expect(recordFromForm({ low: typed }).low).toBe(count);
  });

  it('leaves empty fields out and passes what is no number on, for the validator to word', () => {
    expect(recordFromForm({ low: '', high: 'many', note: '  ' })).toEqual({ high: 'many' });
  });

  it('turns a draft back into the same claim, so a form that changes nothing saves what it showed', () => {
    const draft = {
      claimedBy: 'Ministry',
      claimDate: '2025-03-01',
      metric: 'killed',
      low: 4700,
      high: 4700,
    } as const;
    const again = recordFromForm(valuesFromRecord(draft));
    expect(again).toMatchObject(draft);
    expect(validateClaim({ ...again, id: 'x', origin: 'page' }).errors).toEqual([]);
  });
});
