import { isBoundary } from '../engine/phrase-match';
import { isPunct, NUM, type Token, WORD } from '../engine/token';
import { AUX, inSet, METRIC_NOUNS, OF, OF_DETERMINERS, STOP, SUBSET } from '../engine/word-sets';
import type { Lexicon, NounKind } from '../lexicon/lexicon';
import { isArmedGroup } from '../lexicon/parties';
import type { Head } from './counted-noun';
import { partyAt } from './party-name';

/** The length of "of the military", "of its brigade" at j (an armed force or unit), or 0. */
export function ofUnit(toks: Token[], j: number, lex: Lexicon): number {
  if (!inSet(toks[j], OF)) return 0;
  let k = j + 1;
  if (inSet(toks[k], OF_DETERMINERS)) k++;
  // "of the 5th brigade", "of the Azov regiment": one word may name it
  for (let n = 0; n < 2 && k + n < toks.length; n++) {
    const t = toks[k + n] as Token;
    if (t.kind !== WORD) return 0;
    if (lex.unitNouns.has(t.word) || lex.nouns[t.word] === 'military') return k + n + 1 - j;
  }
  return 0;
}

/** "de Hamás", "du Hamas", "des Taliban": an armed group after "de" (and an article) at j. */
export function groupAfterOf(
  toks: Token[],
  j: number,
  text: string,
  lex: Lexicon,
): { slug: string; end: number } | null {
  const w = toks[j]?.word ?? '';
  if (!inSet(toks[j], OF) && !lex.ofArticles.has(w)) return null;
  let k = j + 1;
  if (lex.partyArticles.has(toks[k]?.word ?? '')) k++;
  const p = partyAt(toks, k, text, lex);
  return p && isArmedGroup(p.slug) ? { slug: p.slug, end: k + p.len } : null;
}

/** A word after "military" that it describes: not a stop word, a cue or punctuation. */
export function describes(t: Token | undefined, lex: Lexicon): boolean {
  return (
    t !== undefined && t.kind === WORD && !inSet(t, STOP) && !inSet(t, AUX) && lex.cues[t.word] === undefined
  );
}

/** A noun of people (soldiers, civilians, people...), not of things. */
export function isPeople(t: Token | undefined, lex: Lexicon): boolean {
  const kind = t !== undefined && t.kind === WORD ? lex.nouns[t.word] : undefined;
  return kind === 'person' || kind === 'military' || kind === 'civilian';
}

/** The party named at i when a noun of people ends or follows its name: "Ukrainian soldiers", "IDF soldiers". */
export function peopleParty(
  toks: Token[],
  i: number,
  text: string,
  lex: Lexicon,
): ReturnType<typeof partyAt> {
  const p = partyAt(toks, i, text, lex);
  return p && (isPeople(toks[i + p.len], lex) || isPeople(toks[i + p.len - 1], lex)) ? p : null;
}

/** The noun at j is followed by another noun or a metric noun: "civilian deaths", "battle tanks". */
export function continuesNoun(toks: Token[], j: number, lex: Lexicon): boolean {
  const n = toks[j];
  if (!n || n.kind !== WORD) return false;
  const kind = lex.nouns[n.word];
  return kind !== undefined && kind !== 'person' ? true : inSet(n, METRIC_NOUNS);
}

const SUFFIX_MIN = 4;

const pairAt = (w: string, i: number): number => (w.charCodeAt(i) << 16) | w.charCodeAt(i + 1);

/** The last two characters of each noun of a lexicon (as one number), made when first asked for. */
const nounEnds = new WeakMap<Lexicon, Set<number>>();
function nounEndsOf(lex: Lexicon): Set<number> {
  let ends = nounEnds.get(lex);
  if (!ends) {
    ends = new Set(Object.keys(lex.nouns).map((n) => pairAt(n, n.length - 2)));
    nounEnds.set(lex, ends);
  }
  return ends;
}

/** The kind of the longest known noun a compound word ends in ("bundeswehrsoldaten" -> military). */
export function compoundNoun(w: string, lex: Lexicon): NounKind | undefined {
  // every noun the word may end in ends in its last two characters: most words end in none
  if (w.length <= SUFFIX_MIN || !nounEndsOf(lex).has(pairAt(w, w.length - 2))) return undefined;
  for (let i = 1; i <= w.length - SUFFIX_MIN; i++) {
    const kind = lex.nouns[w.slice(i)];
    if (kind !== undefined) return kind;
  }
  return undefined;
}

/** "200 Sudanese, including women and children": civilians named just after the noun phrase. */
export function finish(toks: Token[], h: Head, lex: Lexicon): Head {
  if (h.civilians) return h;
  let j = h.end;
  if (isPunct(toks[j], ',')) j++;
  if (!inSet(toks[j], SUBSET)) return h;
  for (let k = j + 1; k < j + 5 && k < toks.length; k++) {
    const t = toks[k] as Token;
    if (isBoundary(t) || t.kind === NUM) break;
    if (lex.nouns[t.word] === 'civilian') {
      h.civilians = true;
      break;
    }
  }
  return h;
}
