import type { Lexicon } from '../lexicon/lexicon';

const morphemes = new WeakMap<Lexicon, { list: Set<string>; max: number }>();

/** The number words of a lexicon that can be glued into a compound (German), and "und". */
function morphemesOf(lex: Lexicon): { list: Set<string>; max: number } {
  let m = morphemes.get(lex);
  if (!m) {
    const list = new Set<string>([
      ...Object.keys(lex.units),
      ...Object.keys(lex.tens),
      ...lex.hundred,
      ...Object.keys(lex.scales),
      ...lex.and,
    ]);
    for (const w of list) if (w.includes(' ')) list.delete(w);
    m = { list, max: Math.max(...[...list].map((w) => w.length)) };
    morphemes.set(lex, m);
  }
  return m;
}

/** "zweihunderteinundzwanzig" -> [zwei, hundert, ein, und, zwanzig]; null when it is not a number word. */
export function splitCompound(word: string, lex: Lexicon): string[] | null {
  if (word.length > 80) return null;
  const { list, max } = morphemesOf(lex);
  const out: string[] = [];
  // positions from which no split exists: each is tried once, so the split is linear in the word
  const dead = new Uint8Array(word.length + 1);
  const go = (i: number): boolean => {
    if (i === word.length) return true;
    if (dead[i]) return false;
    for (let l = Math.min(max, word.length - i); l > 0; l--) {
      const piece = word.slice(i, i + l);
      if (!list.has(piece)) continue;
      out.push(piece);
      if (go(i + l)) return true;
      out.pop();
    }
    dead[i] = 1;
    return false;
  };
  if (!go(0) || out.length < 2 || lex.and.has(out[0] as string) || lex.and.has(out.at(-1) as string))
    return null;
  return out;
}
