import { describe, expect, it } from 'vitest';
import { parseNumber, parseNumbers } from './parse-number';

describe('parseNumber: digits and separators', () => {
  it.each([
    ['1,234', 1234],
    ['1,234,567', 1234567],
    ['1 234', 1234],
    ['1\u00a0234', 1234],
    ['1\u202f234', 1234],
    ['1\u2009234\u2009567', 1234567],
    ['4.5', 4.5],
    ['12,500.5', 12500.5],
    ['600', 600],
  ])('%s -> %d', (text, value) => expect(parseNumber(text)).toBe(value));

  it('keeps "1, 234" apart as a list', () => {
    expect(parseNumbers('1, 234').map((n) => n.value)).toEqual([1, 234]);
  });
  it('reads a dotted address as separate numbers', () => {
    expect(parseNumbers('10.0.0.7').map((n) => n.value)).toEqual([10, 0, 0, 7]);
  });
});

describe('parseNumber: scale words and suffixes', () => {
  it.each([
    ['4.7 thousand', 4700],
    ['1.2 million', 1200000],
    ['2.33k', 2330],
    ['15K', 15000],
    ['3.5bn', 3500000000],
    ['1.5m', 1500000],
    ['250 thousand', 250000],
  ])('%s -> %d', (text, value) => expect(parseNumber(text)).toBe(value));

  it('treats "100m" (a whole number) as metres, not a count', () => {
    expect(parseNumbers('a 100m sprint')).toEqual([]);
  });
});

describe('parseNumber: words', () => {
  it.each([
    ['six hundred', 600],
    ['twenty-one thousand three hundred', 21300],
    ['a dozen', 12],
    ['half a dozen', 6],
    ['two', 2],
    ['ninety-nine', 99],
    ['one hundred and forty', 140],
    ['three million', 3000000],
    ['a thousand', 1000],
    ['seven point five', 7.5],
  ])('%s -> %d', (text, value) => expect(parseNumber(text)).toBe(value));

  it('does not read the article alone as a number', () => {
    expect(parseNumbers('a soldier and an officer')).toEqual([]);
  });
  it('splits "two three" into two numbers', () => {
    expect(parseNumbers('two three').map((n) => n.value)).toEqual([2, 3]);
  });
});
