import { EN } from './en';
import type { Lexicon } from './types';

const LEXICONS: Readonly<Record<string, Lexicon>> = { en: EN };

/** The lexicon for a language tag ("en", "en-GB"); English when there is none yet. */
export function lexiconFor(lang: string | undefined): Lexicon {
  const base = (lang ?? 'en').toLowerCase().split('-')[0] as string;
  return LEXICONS[base] ?? EN;
}

/** Words that start or make a number, for the first scan of a text. */
export function triggerWords(lex: Lexicon): string[] {
  return [
    ...Object.keys(lex.units),
    ...Object.keys(lex.tens),
    ...lex.hundred,
    ...Object.keys(lex.scales),
    ...lex.dozen,
    ...Object.keys(lex.vague).map((v) => v.split(' ').pop() as string),
  ];
}
