import { BEFORE_END, STARTS_NUMBER } from '../engine/phrase-lists';
import { phraseBefore } from '../engine/phrase-match';
import { NUM, type Token, WORD } from '../engine/token';
import type { Lexicon } from '../lexicon/lexicon';

/**
 * A number (with its qualifier: "at least 300") starts at k: the object of the verb before it
 * ("1,000 soldiers killed 300 civilians": the verb counts its object, not its subject). Language
 * rule `activeVerbObject`.
 */
export function objectAt(toks: Token[], k: number, lex: Lexicon): boolean {
  if (!lex.rules.activeVerbObject) return false;
  for (let q = k; q < k + 3 && q < toks.length; q++) {
    const t = toks[q] as Token;
    if (t.kind === NUM || (t.kind === WORD && (t.starts & STARTS_NUMBER) !== 0))
      return q === k || phraseBefore(toks, q, BEFORE_END) === q - k;
    if (t.kind !== WORD) return false;
  }
  return false;
}
