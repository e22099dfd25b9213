import { describe, expect, it } from 'vitest';
import { lexiconFor } from '../lexicon/registry';
import { CUES, CUES_END, NOUNS, STARTS_NUMBER } from './phrase-lists';
import { ReadingState } from './reading-state';
import { tokenize } from './tokenize';
import { compileIndex, entryOf, indexOf } from './word-index';
import * as wordSets from './word-sets';
import { AUX, inSet, STOP, wordSetsOf } from './word-sets';

describe('word index', () => {
  const en = lexiconFor('en');

  it('gives each word the bits of the phrase lists it starts or ends', () => {
    const index = indexOf(en);
    // "killed" is a cue on its own; "death toll" starts with "death" and ends with "toll"
    expect(entryOf(index, 'killed').starts & CUES).not.toBe(0);
    expect(entryOf(index, 'killed').starts & CUES_END).not.toBe(0);
    expect(entryOf(index, 'soldiers').starts & NOUNS).not.toBe(0);
    expect(entryOf(index, 'twenty').starts & STARTS_NUMBER).not.toBe(0);
    expect(entryOf(index, 'toll').goesOn & CUES).not.toBe(0);
    expect(entryOf(index, 'yesterday')).toBe(index.none);
  });

  it('is compiled once per lexicon', () => {
    expect(indexOf(en)).toBe(indexOf(en));
    expect(indexOf(lexiconFor('en'))).toBe(indexOf(en));
  });

  it('has a word set for every id, in every language', () => {
    const text = 'The troops were killed in the attack.';
    const toks = tokenize(text, 0, text.length, en, new ReadingState());
    expect(inSet(toks[0], STOP)).toBe(true);
    expect(inSet(toks[2], AUX)).toBe(true);
    expect(inSet(toks[1], AUX)).toBe(false);
    expect(inSet(undefined, STOP)).toBe(false);
    // the ids are 0, 1, 2... and each has its words, in every lexicon
    const ids = Object.values(wordSets).filter((v) => typeof v === 'number') as number[];
    expect([...ids].sort((a, b) => a - b)).toEqual(ids.map((_, i) => i));
    expect(wordSetsOf(en)).toHaveLength(ids.length);
    expect(wordSetsOf(lexiconFor('de'))).toHaveLength(ids.length);
  });

  it('holds any number of word sets, not only as many as a number has bits', () => {
    const sets = Array.from({ length: 70 }, (_, id) => [`w${id}`, 'every']);
    const index = compileIndex(en, sets);
    for (let id = 0; id < 70; id++) {
      const entry = entryOf(index, `w${id}`);
      const holds = (set: number) => ((entry.sets[set >>> 5] as number) & (1 << set)) !== 0;
      expect(holds(id)).toBe(true);
      expect(holds((id + 1) % 70)).toBe(false);
      expect(holds(id + 32 < 70 ? id + 32 : id - 32)).toBe(false);
    }
    const every = entryOf(index, 'every');
    expect([...every.sets].every((bits, k) => bits === (k < 2 ? -1 : 0b111111))).toBe(true);
  });
});
