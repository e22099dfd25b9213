import { NUM, type Token } from './tokenize';

const maxLens = new WeakMap<object, number>();

function maxLen(dict: object): number {
  let m = maxLens.get(dict);
  if (m === undefined) {
    m = 1;
    for (const k of Array.isArray(dict) ? dict : Object.keys(dict))
      m = Math.max(m, String(k).split(' ').length);
    maxLens.set(dict, m);
  }
  return m;
}

const has = (dict: Readonly<Record<string, unknown>> | readonly string[], key: string): boolean =>
  Array.isArray(dict) ? dict.includes(key) : Object.hasOwn(dict, key);

/** A sentence ends at this token (a full stop, "!" or "?" or a line break). */
export const isBoundary = (t: Token | undefined): boolean => t === undefined || (t.k !== NUM && t.g);

/**
 * The longest phrase of `dict` (space-separated lowercase tokens) starting at token i, within
 * one sentence. Returns its length in tokens, or 0.
 */
export function phraseAt(
  toks: Token[],
  i: number,
  dict: Readonly<Record<string, unknown>> | readonly string[],
): number {
  const m = maxLen(dict);
  let key = '';
  let best = 0;
  for (let l = 1; l <= m && i + l - 1 < toks.length; l++) {
    const t = toks[i + l - 1] as Token;
    if (t.k === NUM || isBoundary(t)) break;
    key = l === 1 ? t.w : `${key} ${t.w}`;
    if (has(dict, key)) best = l;
  }
  return best;
}

/** The longest phrase of `dict` ending just before token `end`. Returns its length, or 0. */
export function phraseBefore(
  toks: Token[],
  end: number,
  dict: Readonly<Record<string, unknown>> | readonly string[],
): number {
  const m = maxLen(dict);
  let key = '';
  let best = 0;
  for (let l = 1; l <= m && end - l >= 0; l++) {
    const t = toks[end - l] as Token;
    if (t.k === NUM || isBoundary(t)) break;
    key = l === 1 ? t.w : `${t.w} ${key}`;
    if (has(dict, key)) best = l;
  }
  return best;
}

/** The words of tokens [a, b) joined by spaces, as the lexicon writes phrases. */
export const keyOf = (toks: Token[], a: number, b: number): string => {
  let k = '';
  for (let i = a; i < b; i++) k = i === a ? (toks[i] as Token).w : `${k} ${(toks[i] as Token).w}`;
  return k;
};
