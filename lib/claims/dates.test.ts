import { describe, expect, it } from 'vitest';
import { formatDate, formatNumber, monthName } from '../wording/format';
import { daysBetween, isIsoDate, isIsoTimestamp } from './dates';

describe('format', () => {
  it.each([
    ['2025-02-28', true],
    ['2024-02-29', true],
    ['2025-02-29', false],
    ['2025-02-30', false],
    ['2025-13-01', false],
    ['2025-1-01', false],
    ['2025-01-01T00:00:00Z', false],
  ])('isIsoDate(%s) is %s', (s, ok) => expect(isIsoDate(s)).toBe(ok));

  it('accepts timestamps with a zone only', () => {
    expect(isIsoTimestamp('2026-11-27T00:00:00.000Z')).toBe(true);
    expect(isIsoTimestamp('2026-11-27T10:00:00+02:00')).toBe(true);
    expect(isIsoTimestamp('2026-11-27T10:00:00')).toBe(false);
    expect(isIsoTimestamp('2026-02-30T10:00:00Z')).toBe(false);
  });

  it('names months and days, and counts days across a leap year', () => {
    expect(monthName('2025-01-13')).toBe('January');
    expect(monthName('2025-09-02', true)).toBe('September 2025');
    expect(formatDate('2025-01-09')).toBe('9 Jan 2025');
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2025-04-30', '2025-01-13')).toBe(-107);
  });

  it.each([
    [4700, '4,700'],
    [1000000, '1,000,000'],
    [300, '300'],
    [599.5, '600'],
    [2.25, '2.3'],
    [-1200, '-1,200'],
  ])('formatNumber(%s) is %s', (n, s) => expect(formatNumber(n)).toBe(s));
});
