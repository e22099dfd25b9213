import type { Token } from '../engine/tokenize';
import { inSet, PARTY_STARTS } from '../engine/word-sets';
import type { Lexicon } from '../lexicon/lexicon';
import { CAPITALS_ONLY, PARTIES } from '../lexicon/parties';

interface Alias {
  words: string[];
  slug: string;
  /** as an alias must be written to count ("US", not the pronoun "us"), or null */
  written: string | null;
  /** a country's name: it counts only written with a capital ("Chad", not "chad") */
  capital: boolean;
}

/** Aliases (phrases of lowercase words) with their party, by first word, longest first. */
function byFirstWord(
  aliases: Iterable<readonly [string, string]>,
  capitals: ReadonlySet<string> = new Set(),
): Map<string, Alias[]> {
  const m = new Map<string, Alias[]>();
  for (const [alias, slug] of aliases) {
    const words = alias.split(' ');
    const list = m.get(words[0] as string) ?? [];
    const written = CAPITALS_ONLY.find((w) => w.toLowerCase() === alias) ?? null;
    if (!list.some((a) => a.words.join(' ') === alias))
      list.push({ words, slug, written, capital: capitals.has(alias) });
    list.sort((x, y) => y.words.length - x.words.length);
    m.set(words[0] as string, list);
  }
  return m;
}

let shared: Map<string, Alias[]> | null = null;

/** The shared aliases (parties.ts) by first word, built when first asked for. */
function sharedAliases(): Map<string, Alias[]> {
  shared ??= byFirstWord(
    PARTIES.flatMap((p) => p.aliases.map((a) => [a.replace(/'s$/, ''), p.slug] as const)),
  );
  return shared;
}

const byLexicon = new WeakMap<Lexicon, Map<string, Alias[]>>();

/** A lexicon's own aliases (with their inflections) by first word, longest first. */
function aliasesOf(lex: Lexicon): Map<string, Alias[]> {
  let m = byLexicon.get(lex);
  if (!m) {
    m = byFirstWord(Object.entries(lex.parties), lex.capitalNames);
    byLexicon.set(lex, m);
  }
  return m;
}

/** The party named at token i: its slug and length in tokens, or null. */
export function partyAt(
  toks: Token[],
  i: number,
  text: string,
  lex: Lexicon,
): { slug: string; len: number } | null {
  const t = toks[i];
  if (t === undefined || !inSet(t, PARTY_STARTS)) return null;
  const own = aliasesOf(lex).get(t.word);
  return (own && match(own, toks, i, text)) || match(sharedAliases().get(t.word), toks, i, text);
}

/**
 * The party named at token i, read as a scan going backwards meets it: the longer name that ends
 * there wins ("North Korea" read at "Korea" is North Korea, not Korea).
 */
export function partyBackAt(
  toks: Token[],
  i: number,
  text: string,
  lex: Lexicon,
): { slug: string; len: number; at: number } | null {
  const p = partyAt(toks, i, text, lex);
  if (!p) return null;
  for (let j = Math.max(0, i - 2); j < i; j++) {
    const q = partyAt(toks, j, text, lex);
    if (q && j + q.len > i) return { slug: q.slug, len: q.len, at: j };
  }
  return { slug: p.slug, len: p.len, at: i };
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
    if (a.written !== null && text.slice(t.start, t.start + a.written.length) !== a.written) continue;
    if (a.capital && !isCapital(text.charCodeAt(t.start))) continue;
    return { slug: a.slug, len: a.words.length };
  }
  return null;
}

/** The civilians party of a side, or the side itself. */
export function civiliansOf(slug: string): string {
  return PARTIES.find((p) => p.slug === slug)?.civilians ?? slug;
}

/** An upper-case letter: a country's name is written with one. */
function isCapital(code: number): boolean {
  const ch = String.fromCharCode(code);
  return ch !== ch.toLowerCase();
}
