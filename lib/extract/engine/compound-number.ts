import type { Lexicon } from '../lexicon/lexicon';

/**
 * The morphemes, the longest one's length, and the first two and the last two characters of each
 * (as two character codes in one number): a compound starts as one morpheme does and ends as one
 * does, which rules out most words before any of them is cut into pieces. Null pairs when a
 * morpheme is shorter than two characters.
 */
interface Morphemes {
  list: Set<string>;
  max: number;
  starts: Set<number> | null;
  ends: Set<number> | null;
}

const morphemes = new WeakMap<Lexicon, Morphemes>();

const pairAt = (w: string, i: number): number => (w.charCodeAt(i) << 16) | w.charCodeAt(i + 1);

/** The number words of a lexicon that can be glued into a compound (German), and "und". */
function morphemesOf(lex: Lexicon): Morphemes {
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
    const words = [...list];
    const paired = words.every((w) => w.length >= 2);
    m = {
      list,
      max: Math.max(...words.map((w) => w.length)),
      starts: paired ? new Set(words.map((w) => pairAt(w, 0))) : null,
      ends: paired ? new Set(words.map((w) => pairAt(w, w.length - 2))) : null,
    };
    morphemes.set(lex, m);
  }
  return m;
}

/** "zweihunderteinundzwanzig" -> [zwei, hundert, ein, und, zwanzig]; null when it is not a number word. */
export function splitCompound(word: string, lex: Lexicon): string[] | null {
  if (word.length > 80) return null;
  const { list, max, starts, ends } = morphemesOf(lex);
  if (starts && ends && (!starts.has(pairAt(word, 0)) || !ends.has(pairAt(word, word.length - 2))))
    return null;
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
