import type { Token } from '../engine/tokenize';
import { inSet, PARTY_STARTS } from '../engine/word-sets';
import type { Lexicon } from '../lexicon/lexicon';
import { PARTIES } from '../lexicon/parties';

interface Alias {
  words: string[];
  slug: string;
}

/** Aliases (phrases of lowercase words) with their party, by first word, longest first. */
function byFirstWord(aliases: Iterable<readonly [string, string]>): Map<string, Alias[]> {
  const m = new Map<string, Alias[]>();
  for (const [alias, slug] of aliases) {
    const words = alias.split(' ');
    const list = m.get(words[0] as string) ?? [];
    if (!list.some((a) => a.words.join(' ') === alias)) list.push({ words, slug });
    list.sort((x, y) => y.words.length - x.words.length);
    m.set(words[0] as string, list);
  }
  return m;
}

/** The shared aliases. "US" must be written in capitals (not the pronoun "us"). */
const byFirst = byFirstWord(
  PARTIES.flatMap((p) => p.aliases.map((a) => [a.replace(/'s$/, ''), p.slug] as const)),
);

const byLexicon = new WeakMap<Lexicon, Map<string, Alias[]>>();

/** A lexicon's own aliases (with their inflections) by first word, longest first. */
function aliasesOf(lex: Lexicon): Map<string, Alias[]> {
  let m = byLexicon.get(lex);
  if (!m) {
    m = byFirstWord(Object.entries(lex.parties));
    byLexicon.set(lex, m);
  }
  return m;
}

/** The party named at token i: its slug and length in tokens, or null. */
export function partyAt(
  toks: Token[],
  i: number,
  text: string,
  lex?: Lexicon,
): { slug: string; len: number } | null {
  const t = toks[i];
  if (t === undefined || !inSet(t, PARTY_STARTS)) return null;
  const own = lex?.parties ? aliasesOf(lex).get(t.word) : undefined;
  return (own && match(own, toks, i, text)) || match(byFirst.get(t.word), toks, i, text);
}

function match(
  list: Alias[] | undefined,
  toks: Token[],
  i: number,
  text: string,
): { slug: string; len: number } | null {
  if (!list) return null;
  const t = toks[i] as Token;
  for (const a of list) {
    let ok = true;
    for (let k = 1; k < a.words.length && ok; k++) ok = toks[i + k]?.word === a.words[k];
    if (!ok) continue;
    if (a.words.length === 1 && t.word === 'us' && text.slice(t.start, t.start + 2) !== 'US') continue;
    return { slug: a.slug, len: a.words.length };
  }
  return null;
}

/** The civilians party of a side, or the side itself. */
export function civiliansOf(slug: string): string {
  return PARTIES.find((p) => p.slug === slug)?.civilians ?? slug;
}
