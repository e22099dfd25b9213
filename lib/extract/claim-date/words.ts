import { DATE_WORDS, type DateWordsSpec } from '../lexicon/dates';
import { expand } from '../lexicon/expand';
import type { DateToken } from './tokens';

/** One list of date words, compiled: whole words, word beginnings ("заяв*") and phrases. */
export class WordList {
  private readonly exact = new Set<string>();
  private readonly prefixes: string[] = [];
  private readonly phrases: string[][] = [];

  constructor(spec: string | undefined) {
    for (const entry of expand(spec ?? '')) {
      if (entry.includes(' ')) this.phrases.push(entry.split(' '));
      else if (entry.endsWith('*')) this.prefixes.push(entry.slice(0, -1));
      else this.exact.add(entry);
    }
  }

  /** Whether one word is on the list. */
  has(word: string): boolean {
    if (this.exact.has(word)) return true;
    for (const p of this.prefixes) if (word.startsWith(p)) return true;
    return false;
  }

  /** The number of tokens of the longest entry starting at token i, or 0. */
  at(toks: readonly DateToken[], i: number): number {
    let best = 0;
    for (const phrase of this.phrases) {
      if (phrase.length <= best || i + phrase.length > toks.length) continue;
      let ok = true;
      for (let k = 0; k < phrase.length && ok; k++)
        ok = matches(phrase[k] as string, (toks[i + k] as DateToken).w);
      if (ok) best = phrase.length;
    }
    const t = toks[i];
    return best === 0 && t && t.kind === 'word' && this.has(t.w) ? 1 : best;
  }
}

const matches = (pattern: string, word: string): boolean =>
  pattern.endsWith('*') ? word.startsWith(pattern.slice(0, -1)) : pattern === word;

/** A language's date words, compiled once. */
export interface DateWords {
  lang: string;
  speech: WordList;
  events: WordList;
  period: WordList;
  when: WordList;
  clauseStart: WordList;
  last: WordList;
  current: WordList;
  next: WordList;
  week: WordList;
  month: WordList;
  dayBefore: WordList;
  /** month number (1-12) by each of its forms */
  months: ReadonlyMap<string, number>;
  monthPreps: WordList;
  monthLinks: WordList;
  numericDates: boolean;
}

const compiled = new Map<string, DateWords>();

function compile(spec: DateWordsSpec): DateWords {
  const months = new Map<string, number>();
  spec.months.forEach((list, i) => {
    for (const w of expand(list)) months.set(w, i + 1);
  });
  return {
    lang: spec.lang,
    speech: new WordList(spec.speech),
    events: new WordList(spec.events),
    period: new WordList(spec.period),
    when: new WordList(spec.when),
    clauseStart: new WordList(spec.clauseStart),
    last: new WordList(spec.last),
    current: new WordList(spec.current),
    next: new WordList(spec.next),
    week: new WordList(spec.week),
    month: new WordList(spec.month),
    dayBefore: new WordList(spec.dayBefore),
    months,
    monthPreps: new WordList(spec.monthPreps),
    monthLinks: new WordList(spec.monthLinks),
    numericDates: spec.numericDates,
  };
}

/** The date words of a language tag ("de", "fr-CA"); English for a language the reader does not know. */
export function dateWordsFor(lang: string | undefined): DateWords {
  const base = (lang ?? 'en').toLowerCase().split(/[-_]/)[0] as string;
  const code = DATE_WORDS[base] ? base : 'en';
  let words = compiled.get(code);
  if (!words) {
    words = compile(DATE_WORDS[code] as DateWordsSpec);
    compiled.set(code, words);
  }
  return words;
}
