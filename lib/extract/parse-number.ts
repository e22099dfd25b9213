import { numberPhrases } from './engine/number-phrase';
import { type Token, tokenize } from './engine/tokenize';
import { lexiconFor } from './lexicon/registry';
import { candidates } from './rules/candidates';
import { figureState } from './rules/figure-state';
import type { Qualifier } from './types';

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
  const state = figureState();
  const toks = tokenize(text, 0, text.length, lex, state);
  const out: ParsedNumber[] = [];
  for (const p of numberPhrases(text, toks, lex, state.phrases)) {
    if (p.vague || (p.notCount && (toks[p.from] as Token).digits >= 0)) continue;
    const first = toks[p.from] as Token;
    const start = p.negative ? (toks[p.from - 1] as Token).start : first.start;
    const end = (toks[p.to - 1] as Token).end;
    out.push({ start, end, text: text.slice(start, end), value: p.negative ? -p.value : p.value });
  }
  return out;
}

/** The value of a text that is one number ("twenty-one thousand", "4.7 thousand", "1,234"), or null. */
export function parseNumber(text: string, lang?: string): number | null {
  const all = parseNumbers(text.trim(), lang);
  return all.length === 1 && all[0]?.text === text.trim() ? all[0].value : null;
}

/** A number with its qualifier or range, as the figure engine reads it before any context rule. */
export interface ParsedRange extends ParsedNumber {
  low: number | null;
  high: number | null;
  qualifier: Qualifier;
}

/** Every number in the text with its qualifier words or range partner ("between 20 and 30", "up to 700"). */
export function parseRanges(text: string, lang?: string): ParsedRange[] {
  const lex = lexiconFor(lang);
  const state = figureState();
  const toks = tokenize(text, 0, text.length, lex, state);
  const out: ParsedRange[] = [];
  for (const c of candidates(toks, numberPhrases(text, toks, lex, state.phrases), lex, state.candidates)) {
    if (c.number.notCount) continue;
    const start = (toks[c.from] as Token).start;
    const end = (toks[c.to - 1] as Token).end;
    const value = c.number.value;
    out.push({
      start,
      end,
      text: text.slice(start, end),
      value,
      low: c.low,
      high: c.high,
      qualifier: c.qualifier,
    });
  }
  return out;
}
