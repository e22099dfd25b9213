import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../index';
import { lexiconFor } from '../lexicon/registry';
import { CUES, NOUNS } from './phrase-lists';
import { ReadingState } from './reading-state';
import { NUM, PUNCT, tokenize, WORD } from './tokenize';
import { inSet, STOP } from './word-sets';

const en = lexiconFor('en');
const state = new ReadingState();
const words = (text: string, reuse = false) =>
  tokenize(text, 0, text.length, en, state, reuse).map((t) =>
    t.kind === WORD ? t.word : `<${text.slice(t.start, t.end)}>`,
  );

describe('tokenize', () => {
  it('reads words lowercase, with their capital and possessive', () => {
    const text = "Russia's ARMY said Troops were Killed.";
    const toks = tokenize(text, 0, text.length, en, state);
    expect(toks.map((t) => t.word)).toEqual(['russia', 'army', 'said', 'troops', 'were', 'killed', '.']);
    expect(toks.map((t) => t.capital)).toEqual([true, true, false, true, false, true, false]);
    expect(toks[0]?.possessive).toBe(true);
    expect(toks.map((t) => t.kind)).toEqual([WORD, WORD, WORD, WORD, WORD, WORD, PUNCT]);
  });

  it('tells apart words that share their last twelve letters, however often they repeat', () => {
    const text = 'reinforcements beinforcements Reinforcements REINFORCEMENTS beinforcements';
    expect(words(text)).toEqual([
      'reinforcements',
      'beinforcements',
      'reinforcements',
      'reinforcements',
      'beinforcements',
    ]);
    // twelve letters or fewer: the packed letters alone, so every letter counts
    expect(words('abcdefghijkl bbcdefghijkl abcdefghijkl abcdefghijkm')).toEqual([
      'abcdefghijkl',
      'bbcdefghijkl',
      'abcdefghijkl',
      'abcdefghijkm',
    ]);
  });

  it('marks the words that start a phrase of the lexicon', () => {
    const text = 'troops were killed yesterday';
    const toks = tokenize(text, 0, text.length, en, state);
    expect(toks.map((t) => (t.starts & NOUNS) !== 0)).toEqual([true, false, false, false]);
    expect(toks.map((t) => (t.starts & CUES) !== 0)).toEqual([false, false, true, false]);
    expect(inSet(undefined, STOP)).toBe(false);
  });

  it('keeps numbers as numbers, with their value', () => {
    const text = 'about 4,700 troops';
    const toks = tokenize(text, 0, text.length, en, state);
    expect(toks[1]?.kind).toBe(NUM);
    expect(toks[1]?.value).toBe(4700);
    expect(toks[1]?.starts).toBe(0);
  });

  it.each([
    ['4,700', 4700],
    ['12,345.678', 12345.678],
    ['4.7', 4.7],
    ['0.1', 0.1],
    ['2.33', 2.33],
    ['007', 7],
    // more digits than a double holds exactly: read as Number() reads them
    ['1.23456789012345678', Number('1.23456789012345678')],
    ['123456789012345', 123456789012345],
    ['1234567890123456', Number.NaN],
  ])('reads the value of %s as Number() would', (written, value) => {
    const toks = tokenize(written, 0, written.length, en, state);
    expect(toks).toHaveLength(1);
    expect(toks[0]?.value).toBe(value);
  });

  it('reuses token objects only when asked, and only the previous reusing call loses its tokens', () => {
    const kept = words('three hundred soldiers');
    const first = tokenize('one two', 0, 7, en, state, true);
    const firstWords = first.map((t) => t.word);
    const fresh = tokenize('alpha beta', 0, 10, en, state);
    expect(first.map((t) => t.word)).toEqual(firstWords);
    const second = tokenize('gamma delta', 0, 11, en, state, true);
    expect(second.map((t) => t.word)).toEqual(['gamma', 'delta']);
    // the first reusing call's tokens are now the second's
    expect(first[0]).toBe(second[0]);
    expect(fresh.map((t) => t.word)).toEqual(['alpha', 'beta']);
    expect(kept).toEqual(['three', 'hundred', 'soldiers']);
  });
});

describe('words read many times over', () => {
  it('a word one letter away from a soldier noun is no soldier noun', () => {
    const run = (text: string) => extractFigures(text, { lang: 'en' }).map((f) => f.text);
    // fourteen letters: the same last twelve as the soldier noun
    expect(run('About 300 servicemembers were withdrawn.')).toEqual(['About 300']);
    expect(run('About 300 bervicemembers were withdrawn.')).toEqual([]);
    expect(run('About 300 servicemembers were withdrawn.')).toEqual(['About 300']);
    expect(run('About 300 paratroopers were withdrawn.')).toEqual(['About 300']);
    expect(run('About 300 baratroopers were withdrawn.')).toEqual([]);
  });
});

describe('tokenize properties', () => {
  const data = (text: string, reuse: boolean) =>
    tokenize(text, 0, text.length, en, state, reuse).map((t) => ({ ...t }));

  it('reads every word back as its lowercase self, however many words share their letters', () => {
    // a few letters before one of two endings: many words share their last twelve letters and
    // their length, hence their place in the table of recent words
    const word = fc
      .tuple(
        fc.array(fc.constantFrom('a', 'b', 'A', 'B'), { maxLength: 3 }),
        fc.constantFrom('', 'reinforcements', 'REINFORCEMENTS', 'abababababab'),
      )
      .map(([l, end]) => l.join('') + end)
      .filter((w) => w !== '');
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 40 }), (ws) => {
        const text = ws.join(' ');
        expect(tokenize(text, 0, text.length, en, state).map((t) => t.word)).toEqual(
          ws.map((w) => w.toLowerCase()),
        );
      }),
      { numRuns: 300 },
    );
  });

  it('gives the same tokens whether it reuses token objects or not', () => {
    const text = fc.oneof(
      fc.string({ maxLength: 200 }),
      fc
        .array(
          fc.constantFrom('About ', '4,700 ', 'troops', ' were ', 'killed', '.', '\n', 'U.S. ', "Russia's "),
          {
            maxLength: 40,
          },
        )
        .map((a) => a.join('')),
    );
    fc.assert(
      fc.property(text, text, (a, b) => {
        const fresh = data(b, false);
        tokenize(a, 0, a.length, en, state, true);
        expect(data(b, true)).toEqual(fresh);
      }),
      { numRuns: 300 },
    );
  });
});
