import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lexiconFor } from '../lexicon/registry';
import { wordAlternatives } from './char-classes';
import { triggerSet, triggerWords } from './trigger-set';
import { findWindows } from './window-scan';

/** Every match of re in text, as [start, end]. */
const matches = (re: RegExp, text: string): [number, number][] =>
  [...text.matchAll(re)].map((m) => [m.index as number, (m.index as number) + m[0].length]);

/** The plain form of `wordAlternatives(words, 'anywhere')`: one alternative per word, longest first. */
const plain = (words: string[]): RegExp =>
  new RegExp(
    `(?:${[...new Set(words)]
      .sort((a, b) => b.length - a.length)
      .map((w) => w.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&'))
      .join('|')})(?![A-Za-z\\u00c0-\\u1fff\\u2c00-\\ud7ff])`,
    'gi',
  );

describe('wordAlternatives', () => {
  it('matches whole words of the list, any case, and nothing inside a longer word', () => {
    const re = new RegExp(
      wordAlternatives(['three', 'thousand', 'thousands', 'thirty'], 'word').join('|'),
      'gi',
    );
    const text = 'Three thousands, THIRTY-three; thirtyish, athousand, thousand.';
    expect(matches(re, text).map(([a, b]) => text.slice(a, b))).toEqual([
      'Three',
      'thousands',
      'THIRTY',
      'three',
      'thousand',
    ]);
  });

  it('escapes the characters of regular expressions in words ("тыс.", "a+b")', () => {
    const re = new RegExp(wordAlternatives(['тыс.', 'a+b'], 'word').join('|'), 'gi');
    expect(matches(re, 'тысx тыс. aab a+b')).toEqual([
      [5, 9],
      [14, 17],
    ]);
  });

  it('matches exactly what one alternative per word would (words sharing their beginnings)', () => {
    const letters = fc.constantFrom('t', 'h', 'o', 'u', 's', 'a', 'n', 'd', 'é', 'ы', '.', '+');
    const word = fc.array(letters, { minLength: 1, maxLength: 6 }).map((a) => a.join(''));
    const text = fc
      .array(fc.oneof(word, fc.constantFrom(' ', '-', 'T', 'x', '\n')), { maxLength: 40 })
      .map((a) => a.join(''));
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 12 }), text, (words, t) => {
        const factored = new RegExp(wordAlternatives(words, 'anywhere').join('|'), 'gi');
        expect(matches(factored, t)).toEqual(matches(plain(words), t));
      }),
    );
  });
});

describe('findWindows', () => {
  const en = lexiconFor('en');
  const trig = triggerSet(triggerWords(en), en.abbrevs, en.crossRefs);
  const windows = (text: string): string[] => {
    const w = findWindows(text, trig);
    const out: string[] = [];
    for (let i = 0; i < w.length; i += 3) out.push(text.slice(w[i], w[i + 1]));
    return out;
  };

  it('keeps the sentence of each number, with one word beyond its ends', () => {
    const text = 'The talks stalled again. At least 300 soldiers were killed. Nothing else was said today.';
    expect(windows(text)).toEqual(['again. At least 300 soldiers were killed. Nothing']);
  });

  it('finds number words, in any case, only as whole words', () => {
    expect(windows('Witnesses saw Dozens of fighters.')).toEqual(['Witnesses saw Dozens of fighters.']);
    expect(windows('A twentysomething crowd and athousand flags.')).toEqual([]);
  });

  it('does not end a sentence at an abbreviation, a single letter or a lowercase word after the stop', () => {
    const long = 'Filler words go here to make this sentence long enough for the window. ';
    for (const inner of [
      'Gen. Smith said 300 troops',
      'the approx. 300 troops',
      'J. Smith said 300 troops',
    ]) {
      const text = `${long}${long}${long}Then ${inner} left. ${long}`;
      const [w] = windows(text);
      expect(w).toContain(`Then ${inner} left. Filler`);
      expect(w?.startsWith('window. Then')).toBe(true);
    }
  });
});
