import { NUM, type Token } from './tokenize';

/** Phrases of a lexicon entry as a word trie, forward and backward, built once per entry. */
interface Node {
  end: boolean;
  next: Map<string, Node> | null;
}
type Dict = Readonly<Record<string, unknown>> | ReadonlySet<string>;

const forward = new WeakMap<object, Node>();
const backward = new WeakMap<object, Node>();

function build(dict: Dict, reverse: boolean): Node {
  const root: Node = { end: false, next: null };
  const keys = dict instanceof Set ? [...dict] : Object.keys(dict);
  for (const key of keys as string[]) {
    const words = key.split(' ');
    if (reverse) words.reverse();
    let node = root;
    for (const w of words) {
      if (!node.next) node.next = new Map();
      let child = node.next.get(w);
      if (!child) {
        child = { end: false, next: null };
        node.next.set(w, child);
      }
      node = child;
    }
    node.end = true;
  }
  return root;
}

function trie(dict: Dict, reverse: boolean): Node {
  const cache = reverse ? backward : forward;
  let t = cache.get(dict);
  if (!t) {
    t = build(dict, reverse);
    cache.set(dict, t);
  }
  return t;
}

/** A sentence ends at this token (a full stop, "!" or "?" or a line break). */
export const isBoundary = (t: Token | undefined): boolean => t === undefined || (t.k !== NUM && t.g);

/**
 * The length in tokens of the longest phrase of `dict` (space-separated lowercase words) starting
 * at token i within one sentence, or 0.
 */
export function phraseAt(toks: Token[], i: number, dict: Dict): number {
  let node: Node | undefined = trie(dict, false);
  let best = 0;
  for (let j = i; j < toks.length; j++) {
    const t = toks[j] as Token;
    if (t.k === NUM || (t.g && t.k !== NUM) || !node.next) break;
    node = node.next.get(t.w);
    if (!node) break;
    if (node.end) best = j - i + 1;
  }
  return best;
}

/** The length of the longest phrase of `dict` ending just before token `end`, or 0. */
export function phraseBefore(toks: Token[], end: number, dict: Dict): number {
  let node: Node | undefined = trie(dict, true);
  let best = 0;
  for (let j = end - 1; j >= 0; j--) {
    const t = toks[j] as Token;
    if (t.k === NUM || t.g || !node.next) break;
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
