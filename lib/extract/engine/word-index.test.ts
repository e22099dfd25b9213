import { describe, expect, it } from 'vitest';
import { lexiconFor } from '../lexicon/registry';
import { tokenize } from './tokenize';
import { bitsOf, CUES, CUES_END, inList, listsOf, NOUNS, STARTS_NUMBER, wordList } from './word-index';

describe('lists', () => {
  const en = lexiconFor('en');

  it('gives each word the bits of the phrase lists it starts or ends', () => {
    const lists = listsOf(en);
    // "killed" is a cue on its own; "death toll" starts with "death" and ends with "toll"
    expect(bitsOf(lists, 'killed').f & CUES).not.toBe(0);
    expect(bitsOf(lists, 'killed').f & CUES_END).not.toBe(0);
    expect(bitsOf(lists, 'soldiers').f & NOUNS).not.toBe(0);
    expect(bitsOf(lists, 'twenty').f & STARTS_NUMBER).not.toBe(0);
    expect(bitsOf(lists, 'yesterday')).toMatchObject({ f: 0, l: 0 });
  });

  it('is compiled once per lexicon', () => {
    expect(listsOf(en)).toBe(listsOf(en));
    expect(listsOf(lexiconFor('en'))).toBe(listsOf(en));
  });

  it('a word list registered after a text was read holds from the next text on', () => {
    const text = 'About 300 soldiers were killed.';
    const before = tokenize(text, 0, text.length, en);
    const LATE = wordList(() => ['soldiers']);
    const after = tokenize(text, 0, text.length, en);
    expect(inList(before[2], LATE)).toBe(false);
    expect(inList(after[2], LATE)).toBe(true);
    expect(inList(after[3], LATE)).toBe(false);
  });

  it('a token outside the text is in no list', () => {
    expect(inList(undefined, 1)).toBe(false);
  });
});
