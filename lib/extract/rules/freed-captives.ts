import { isBoundary } from '../engine/phrase-match';
import type { Token } from '../engine/token';
import type { Lexicon } from '../lexicon/lexicon';
import type { Candidate } from './candidate';
import type { Head } from './noun-phrase';

/** How many words either side of a figure a word of captivity is looked for. */
const REACH = 8;

/**
 * Soldiers whose return the words around them tie to captivity are prisoners freed, not troops
 * brought home: "the swap brought home 95 soldiers", "aus der Gefangenschaft zurück", "из плена
 * вернулись 90 военных" count captured people. True when a word of captivity (the lexicon's
 * captivityWords) stands near the figure, in its sentence.
 */
export function freedCaptives(toks: Token[], c: Candidate, head: Head, lex: Lexicon): boolean {
  if (lex.captivityWords.size === 0) return false;
  for (let k = c.from - 1; k >= 0 && k >= c.from - REACH; k--) {
    const t = toks[k] as Token;
    if (isBoundary(t)) break;
    if (lex.captivityWords.has(t.word)) return true;
  }
  const last = Math.min(toks.length, Math.max(c.to, head.end) + REACH);
  for (let k = c.to; k < last; k++) {
    const t = toks[k] as Token;
    if (lex.captivityWords.has(t.word)) return true;
    if (isBoundary(t)) break;
  }
  return false;
}
