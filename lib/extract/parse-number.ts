import { lexiconFor } from './lexicon';
import { numberPhrases } from './numbers';
import { tokenize } from './tokenize';

/** A number found in text, as the number parser reads it (no figure rules). */
export interface ParsedNumber {
  start: number;
  end: number;
  text: string;
  value: number;
}

/**
 * Every number written in the text (digits with separators and scale words, number words,
 * decimals), with its value. Vague amounts, units glued to digits (29km) and ordinals are left out.
 */
export function parseNumbers(text: string, lang?: string): ParsedNumber[] {
  const lex = lexiconFor(lang);
  const toks = tokenize(text, 0, text.length, lex);
  const out: ParsedNumber[] = [];
  for (const p of numberPhrases(text, toks, lex)) {
    if (p.vague || (p.bad && (toks[p.a] as (typeof toks)[0]).nd >= 0)) continue;
    const first = toks[p.a] as (typeof toks)[0];
    const start = p.neg ? (toks[p.a - 1] as (typeof toks)[0]).s : first.s;
    const end = (toks[p.b - 1] as (typeof toks)[0]).e;
    out.push({ start, end, text: text.slice(start, end), value: p.neg ? -p.v : p.v });
  }
  return out;
}

/** The value of a text that is one number ("twenty-one thousand", "4.7 thousand", "1,234"), or null. */
export function parseNumber(text: string, lang?: string): number | null {
  const all = parseNumbers(text.trim(), lang);
  return all.length === 1 && all[0]?.text === text.trim() ? all[0].value : null;
}
