import type { Lexicon } from './lexicon/types';
import { goesOn, listsOf, type Node, trieOf } from './lists';
import { NUM, type Token } from './tokenize';

/** A sentence ends at this token (a full stop, "!" or "?" or a line break). */
export const isBoundary = (t: Token | undefined): boolean => t === undefined || (t.k !== NUM && t.g);

/**
 * The length in tokens of the longest phrase of a forward list of lists.ts (`CUES`, `NOUNS`...)
 * starting at token i within one sentence, or 0.
 */
export function phraseAt(toks: Token[], i: number, lex: Lexicon, list: number): number {
  const first = toks[i];
  if (first === undefined || (first.f & list) === 0) return 0;
  let node: Node | undefined = listsOf(lex).tries[trieOf(list)] as Node;
  const on = goesOn(list);
  let best = 0;
  for (let j = i; j < toks.length; j++) {
    const t = toks[j] as Token;
    if (t.k === NUM || (t.g && t.k !== NUM) || !node.next || (j > i && (t.f & on) === 0)) break;
    node = node.next.get(t.w);
    if (!node) break;
    if (node.end) best = j - i + 1;
  }
  return best;
}

/** The length of the longest phrase of a backward list (`CUES_END`...) ending just before token `end`, or 0. */
export function phraseBefore(toks: Token[], end: number, lex: Lexicon, list: number): number {
  const last = toks[end - 1];
  if (last === undefined || (last.f & list) === 0) return 0;
  let node: Node | undefined = listsOf(lex).tries[trieOf(list)] as Node;
  const on = goesOn(list);
  let best = 0;
  for (let j = end - 1; j >= 0; j--) {
    const t = toks[j] as Token;
    if (t.k === NUM || t.g || !node.next || (j < end - 1 && (t.f & on) === 0)) break;
    node = node.next.get(t.w);
    if (!node) break;
    if (node.end) best = end - j;
  }
  return best;
}

/** The words of tokens [a, b) joined by spaces, as the lexicon writes phrases. */
export const keyOf = (toks: Token[], a: number, b: number): string => {
  let k = '';
  for (let i = a; i < b; i++) k = i === a ? (toks[i] as Token).w : `${k} ${(toks[i] as Token).w}`;
  return k;
};
