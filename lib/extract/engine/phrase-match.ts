import { trieOf } from './phrase-lists';
import { NUM, type Token } from './token';
import type { TrieNode } from './word-entry';

/** A sentence ends at this token (a full stop, "!" or "?" or a line break). */
export const isBoundary = (t: Token | undefined): boolean => t === undefined || t.ends;

/**
 * The trie node of the phrases of a list that the token's word starts (ends, for a backward list),
 * from the word's own entry (word-index.ts): no lookup. Its bit in `Token.f` is set when there is one.
 */
const startNode = (t: Token, list: number): TrieNode | undefined => t.entry.first[trieOf(list)];

/**
 * The length in tokens of the longest phrase of a forward list of phrase-lists.ts (`CUES`, `NOUNS`...)
 * starting at token i within one sentence, or 0.
 */
export function phraseAt(toks: Token[], i: number, list: number): number {
  const first = toks[i];
  if (first === undefined || (first.starts & list) === 0 || first.ends) return 0;
  let node = startNode(first, list);
  if (node === undefined) return 0;
  let best = node.end ? 1 : 0;
  for (let j = i + 1; j < toks.length; j++) {
    const t = toks[j] as Token;
    if (t.kind === NUM || t.ends || !node.next || (t.goesOn & list) === 0) break;
    node = node.next.get(t.word);
    if (!node) break;
    if (node.end) best = j - i + 1;
  }
  return best;
}

/** The length of the longest phrase of a backward list (`CUES_END`...) ending just before token `end`, or 0. */
export function phraseBefore(toks: Token[], end: number, list: number): number {
  const last = toks[end - 1];
  if (last === undefined || (last.starts & list) === 0 || last.ends) return 0;
  let node = startNode(last, list);
  if (node === undefined) return 0;
  let best = node.end ? 1 : 0;
  for (let j = end - 2; j >= 0; j--) {
    const t = toks[j] as Token;
    if (t.kind === NUM || t.ends || !node.next || (t.goesOn & list) === 0) break;
    node = node.next.get(t.word);
    if (!node) break;
    if (node.end) best = end - j;
  }
  return best;
}

/**
 * The value in the lexicon's dictionary of a list (a cue's metric, a noun's kind...) of the phrase
 * of `len` tokens starting at token a, read from the list's trie (no key is built): as
 * `dict[keyOf(toks, a, a + len)]`, undefined when it is no phrase of the list.
 */
export function phraseValue(toks: Token[], a: number, len: number, list: number): unknown {
  const first = toks[a];
  if (first === undefined || (first.starts & list) === 0) return undefined;
  let node = startNode(first, list);
  for (let k = 1; node !== undefined && k < len; k++) node = node.next?.get((toks[a + k] as Token).word);
  return node?.end ? node.value : undefined;
}

/** As phraseValue for a backward list (`CUES_END`...): the phrase of `len` tokens ending before `end`. */
export function valueBefore(toks: Token[], end: number, len: number, list: number): unknown {
  const last = toks[end - 1];
  if (last === undefined || (last.starts & list) === 0) return undefined;
  let node = startNode(last, list);
  for (let k = 1; node !== undefined && k < len; k++)
    node = node.next?.get((toks[end - 1 - k] as Token).word);
  return node?.end ? node.value : undefined;
}

/** The words of tokens [a, b) joined by spaces, as the lexicon writes phrases. */
export const keyOf = (toks: Token[], a: number, b: number): string => {
  let k = '';
  for (let i = a; i < b; i++) k = i === a ? (toks[i] as Token).word : `${k} ${(toks[i] as Token).word}`;
  return k;
};
