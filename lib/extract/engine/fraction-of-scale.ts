import type { Lexicon } from '../lexicon/lexicon';
import type { Token } from './token';
import type { WordNumber } from './word-number';

/**
 * A fraction of a scale word starting at token i: "a quarter of a million" (250,000), "un quart de
 * million", "четверть миллиона". Null when token i does not start one.
 */
export function fractionOfScale(toks: Token[], i: number, lex: Lexicon): WordNumber | null {
  const at = (k: number): string => toks[k]?.word ?? '';
  let j = i;
  if (lex.articles.has(at(j))) j++;
  const fraction = lex.fractions[at(j)];
  if (fraction === undefined) return null;
  j++;
  if (lex.fractionLinks.has(at(j))) j++;
  if (lex.articles.has(at(j))) j++;
  const scale = lex.scales[at(j)];
  // "a quarter of a hundred" is no way to write 25
  if (scale === undefined || scale < 1000) return null;
  return { end: j + 1, value: scale * fraction, scale, base: fraction };
}
