/** The words, numbers and marks of a text, for the claim-date rules (the extractor's tokens are tied to its lexicons). */
export interface DateToken {
  s: number;
  e: number;
  /** lowercase, with ’ as ' */
  w: string;
  kind: 'word' | 'number' | 'mark' | 'line';
}

/** A line break; digits with their groups and date separators ("4,700", "12.05.2024"); a word with its apostrophes ("п'ятницю", "qu'au"); any other mark. */
const TOKEN = () =>
  /\n|\p{N}+(?:[.,/'’\u00a0\u202f\u2009-]\p{N}+)*|[\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)*|[^\s]/gu;

/** The tokens of a text. */
export function dateTokens(text: string): DateToken[] {
  const out: DateToken[] = [];
  for (const m of text.matchAll(TOKEN())) {
    const w = m[0];
    const kind = kindOf(w);
    const word = kind === 'word' ? w.toLowerCase().replace(/’/g, "'") : w;
    out.push({ s: m.index, e: m.index + w.length, w: word, kind });
  }
  return out;
}

function kindOf(w: string): DateToken['kind'] {
  if (w === '\n') return 'line';
  if (/^\p{N}/u.test(w)) return 'number';
  return /[\p{L}\p{M}]/u.test(w) ? 'word' : 'mark';
}
