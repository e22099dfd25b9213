import { PARTIES } from './parties';
import { NUM as NUM_, type Token } from './tokenize';

const NUM = NUM_;

interface Alias {
  words: string[];
  slug: string;
}

/** Aliases by first word, longest first. "US" must be written in capitals (not the pronoun "us"). */
const byFirst = new Map<string, Alias[]>();
for (const party of PARTIES) {
  for (const alias of party.aliases) {
    const words = alias.replace(/'s$/, '').split(' ');
    const list = byFirst.get(words[0] as string) ?? [];
    if (!list.some((a) => a.words.join(' ') === words.join(' '))) list.push({ words, slug: party.slug });
    list.sort((x, y) => y.words.length - x.words.length);
    byFirst.set(words[0] as string, list);
  }
}

/** The party named at token i: its slug and length in tokens, or null. */
export function partyAt(toks: Token[], i: number, text: string): { slug: string; len: number } | null {
  const t = toks[i];
  if (!t || t.k === NUM) return null;
  const list = byFirst.get(t.w);
  if (!list) return null;
  for (const a of list) {
    let ok = true;
    for (let k = 1; k < a.words.length && ok; k++) ok = toks[i + k]?.w === a.words[k];
    if (!ok) continue;
    if (a.words.length === 1 && t.w === 'us' && text.slice(t.s, t.s + 2) !== 'US') continue;
    return { slug: a.slug, len: a.words.length };
  }
  return null;
}

/** The civilians party of a side, or the side itself. */
export function civiliansOf(slug: string): string {
  return PARTIES.find((p) => p.slug === slug)?.civilians ?? slug;
}
