import { isBoundary } from '../engine/phrase-match';
import type { Token } from '../engine/token';
import { AUX, inSet } from '../engine/word-sets';
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

/**
 * Soldiers or a people set free: "40 soldiers were released in the swap", "more than 3,000
 * Ukrainians have been freed", "90 soldats ukrainiens ont été libérés" are captured people freed.
 * A verb of release (the lexicon's releaseVerbs) right after the noun, past auxiliaries, with a
 * noun of soldiers or a people, or a word of captivity near: "20 patients were released" is no
 * figure.
 */
export function releasedCaptives(toks: Token[], c: Candidate, head: Head, lex: Lexicon): boolean {
  if (lex.releaseVerbs.size === 0 || head.kind === 'unknown') return false;
  if (head.kind === 'none' && !head.people) return false;
  let j = head.end;
  for (let n = 0; n < 6 && inSet(toks[j], AUX); n++) j++;
  if (!lex.releaseVerbs.has(toks[j]?.word ?? '')) return false;
  return head.kind === 'military' || head.people === true || freedCaptives(toks, c, head, lex);
}
