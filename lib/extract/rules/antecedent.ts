import type { Discourse } from '../discourse';
import type { Token } from '../engine/tokenize';
import { AMONG_TOTAL_ENDS, AUX, inSet, OF_THEM_STARTS } from '../engine/word-sets';
import type { Lexicon } from '../lexicon/lexicon';
import type { Population } from '../types';
import type { Candidate } from './candidates';
import type { Head } from './noun-phrase';

/**
 * Whose people a figure with no party of its own counts when its noun points back to a group the
 * document named before: "those soldiers", "diese Soldaten", "estos soldados", "ces soldats",
 * "эти военные", "ці військові" (the soldiers last counted with a party), or "2,000 of them",
 * "davon", "из них" (the people of the last figure with a party). Null when it points back to
 * nothing, or to nothing the document named.
 */
export function antecedentOf(
  toks: Token[],
  c: Candidate,
  h: Head,
  lex: Lexicon,
  d: Discourse,
): { party: string; population: Population | null } | null {
  if (ofThemAt(toks, c.to, lex)) return d.last;
  if (h.kind !== 'military' || !demonstrativeNear(toks, c, h, lex)) return null;
  return d.soldiers ? { party: d.soldiers, population: 'military' } : null;
}

/**
 * Rule `amongTotal`: the number follows "among the dead (were)", "unter den Toten", "entre los
 * fallecidos hay", "parmi les victimes", "среди погибших", "серед загиблих": a part of the dead or
 * wounded counted before, so of their side, even a sentence later.
 */
export function amongTotalBefore(toks: Token[], c: Candidate, lex: Lexicon): boolean {
  const set = lex.amongTotal;
  if (set.size === 0) return false;
  // "Among the dead were 300 women", "Unter den Toten sind auch 20 Kinder": a verb may come between
  for (let end = c.from, skipped = 0; end > 0 && skipped <= 2; end--, skipped++) {
    let phrase = '';
    // each phrase tried ends with the word before `end`
    for (let k = inSet(toks[end - 1], AMONG_TOTAL_ENDS) ? end - 1 : -1; k >= 0 && k >= end - 4; k--) {
      phrase = phrase ? `${(toks[k] as Token).word} ${phrase}` : (toks[k] as Token).word;
      if (set.has(phrase)) return true;
    }
    if (!inSet(toks[end - 1], AUX)) return false;
  }
  return false;
}

/** "of them", "davon", "из них" right after the number. */
function ofThemAt(toks: Token[], j: number, lex: Lexicon): boolean {
  const set = lex.ofThem;
  if (!inSet(toks[j], OF_THEM_STARTS)) return false;
  const one = (toks[j] as Token).word;
  return (
    set.has(one) ||
    set.has(`${one} ${toks[j + 1]?.word ?? ''}`) ||
    set.has(`${one} ${toks[j + 1]?.word ?? ''} ${toks[j + 2]?.word ?? ''}`)
  );
}

/** A demonstrative in the noun phrase or just before the number: "2,000 of those soldiers", "diese 2.000 Soldaten". */
function demonstrativeNear(toks: Token[], c: Candidate, h: Head, lex: Lexicon): boolean {
  const set = lex.demonstratives;
  for (let j = Math.max(0, c.from - 2); j < c.from; j++) if (set.has((toks[j] as Token).word)) return true;
  for (let j = c.to; j < h.end && j < toks.length; j++) if (set.has((toks[j] as Token).word)) return true;
  return false;
}
