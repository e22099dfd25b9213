import { isBoundary } from '../engine/phrase-match';
import type { Token } from '../engine/tokenize';
import { inSet, PARTY_ARTICLES } from '../engine/word-sets';
import type { Lexicon } from '../lexicon/lexicon';

/**
 * The party named at tokens [at, at + len) describes an attack, so it is the attacker, not whose
 * people an attack killed: "Israeli strikes", "durch israelische Angriffe", "російського удару"
 * (the attack noun after it), "bombardeos israelíes", "frappes russes", "удары России" (before it).
 */
export function attackerAt(toks: Token[], at: number, len: number, lex: Lexicon): boolean {
  return attackAt(toks[at + len], lex) || attackAt(toks[at + len + 1], lex) || attackAt(toks[at - 1], lex);
}

/** A noun of an attack, not of a force: "Russian forces", "the Malian army" and "Russian losses" name their own side. */
function attackAt(t: Token | undefined, lex: Lexicon): boolean {
  return (
    t !== undefined &&
    lex.attackNouns.has(t.word) &&
    lex.nouns[t.word] !== 'military' &&
    !lex.unitNouns.has(t.word)
  );
}

/**
 * The party at token `at` is the target of an attack named just before it: "strikes on Gaza",
 * "Angriffe auf Charkiw", "bombardeos sobre la Franja de Gaza", "frappes sur le Liban", "удары по
 * Газе": whose people the attack's dead and wounded are.
 */
export function attackTargetAt(toks: Token[], at: number, lex: Lexicon): boolean {
  let b = at - 1;
  while (b >= 0 && inSet(toks[b], PARTY_ARTICLES)) b--;
  // "sobre la Franja de Gaza", "on the Gaza Strip": the name of the place before "of"
  if (b >= 2 && lex.of.has((toks[b] as Token).word) && !lex.targetPreps.has((toks[b] as Token).word)) {
    let a = b - 2;
    while (a >= 0 && inSet(toks[a], PARTY_ARTICLES)) a--;
    if (a >= 0 && lex.targetPreps.has((toks[a] as Token).word)) b = a;
  }
  if (b < 1 || !lex.targetPreps.has((toks[b] as Token).word)) return false;
  for (let k = b - 1; k >= 0 && k >= b - 3; k--)
    if (lex.attackNouns.has((toks[k] as Token).word)) return true;
  return false;
}

/**
 * A target of an attack in the words after a figure, before its clause ends: "12 died in Russian
 * strikes on Ukraine", "14 muertos en bombardeos sobre Gaza".
 */
export function attackTargetAfter(
  toks: Token[],
  from: number,
  text: string,
  lex: Lexicon,
  partyAt: (toks: Token[], i: number, text: string, lex: Lexicon) => { slug: string; len: number } | null,
): string | null {
  for (let j = from; j < from + 10 && j < toks.length; j++) {
    const t = toks[j] as Token;
    if (isBoundary(t)) return null;
    if (!lex.targetPreps.has(t.word)) continue;
    let k = j + 1;
    while (inSet(toks[k], PARTY_ARTICLES)) k++;
    const p = partyAt(toks, k, text, lex);
    if (p && attackTargetAt(toks, k, lex)) return p.slug;
  }
  return null;
}
