import type { Lexicon } from './lexicon/types';
import { goesOn, listsOf, trieOf } from './lists';
import { NUM, type Token } from './tokenize';

/** A sentence ends at this token (a full stop, "!" or "?" or a line break). */
export const isBoundary = (t: Token | undefined): boolean => t === undefined || (t.k !== NUM && t.g);

/**
 * The length in tokens of the longest phrase of a forward list of lists.ts (`CUES`, `NOUNS`...)
 * starting at token i within one sentence, or 0.
 */
export function phraseAt(toks: Token[], i: number, lex: Lexicon, list: number): number {
  const first = toks[i];
  if (first === undefined || (first.f & list) === 0 || first.g) return 0;
  // the first word's node, from its entry (no lookup)
  let node = first.b.first[trieOf(list)] ?? listsOf(lex).tries[trieOf(list)]?.next?.get(first.w);
  if (node === undefined) return 0;
  const on = goesOn(list);
  let best = node.end ? 1 : 0;
  for (let j = i + 1; j < toks.length; j++) {
    const t = toks[j] as Token;
    if (t.k === NUM || (t.g && t.k !== NUM) || !node.next || (t.f & on) === 0) break;
    node = node.next.get(t.w);
    if (!node) break;
    if (node.end) best = j - i + 1;
  }
  return best;
}

/** The length of the longest phrase of a backward list (`CUES_END`...) ending just before token `end`, or 0. */
export function phraseBefore(toks: Token[], end: number, lex: Lexicon, list: number): number {
  const last = toks[end - 1];
  if (last === undefined || (last.f & list) === 0 || last.g) return 0;
  // the last word's node, from its entry (no lookup)
  let node = last.b.first[trieOf(list)] ?? listsOf(lex).tries[trieOf(list)]?.next?.get(last.w);
  if (node === undefined) return 0;
  const on = goesOn(list);
  let best = node.end ? 1 : 0;
  for (let j = end - 2; j >= 0; j--) {
    const t = toks[j] as Token;
    if (t.k === NUM || t.g || !node.next || (t.f & on) === 0) break;
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
