/** A node of the word trie of one phrase list (phrase-lists.ts): the phrases that go on through it. */
export interface TrieNode {
  end: boolean;
  next: Map<string, TrieNode> | null;
  /** at a phrase's end: its value in the lexicon's dictionary (true for a set) */
  value: unknown;
}

/**
 * What the word index (word-index.ts) knows of a word of a lexicon: which phrase lists it starts
 * (`starts`, the bits of phrase-lists.ts; ends, for the lists read backward) and goes on
 * (`goesOn`), which word sets hold it (`sets`, a bit per set of word-sets.ts, 32 a number), and
 * its node in the trie of each phrase list it starts, by the list's index.
 */
export interface WordEntry {
  readonly starts: number;
  readonly goesOn: number;
  readonly sets: Int32Array;
  readonly first: readonly (TrieNode | undefined)[];
}
