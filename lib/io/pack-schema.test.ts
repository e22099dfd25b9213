import { describe, expect, test } from 'vitest';
import schema from '../../docs/claim-pack.schema.json';
import { METRICS, QUALIFIERS } from '../extract/types';
import { CLAIM_COLUMNS } from './columns';

// The published schema is what newsrooms build against: it must say what the reader accepts.
describe('the claim pack JSON Schema', () => {
  const claim = schema.$defs.claim.properties;
  test('names every claim field, and only those', () => {
    expect(Object.keys(claim).sort()).toEqual([...CLAIM_COLUMNS].sort());
  });
  test('lists the metrics and qualifiers the validator takes', () => {
    expect(claim.metric.enum).toEqual([...METRICS]);
    expect(claim.qualifier.enum).toEqual([...QUALIFIERS]);
  });
});
