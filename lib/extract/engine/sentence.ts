import type { Lexicon } from '../lexicon/lexicon';
import { lexiconFor, lexiconsVersion, loadedLexicons } from '../lexicon/registry';
import { charClasses } from './char-classes';
import { type Abbreviations, abbreviations, stopAt } from './sentence-stop';

/** How far (UTF-16 units) a sentence is looked for on each side of a span: a page without stops stays cheap. */
const MAX = 600;

const isStop = (c: number): boolean => c === 46 || c === 33 || c === 63 || c === 10;

/**
 * The end of the sentence starting at s, by the extractor's rules (`stopAt`: not at an
 * abbreviation such as "бл." or "Gen.", nor at a line break inside a sentence), or `to`.
 */
export function sentenceEnd(text: string, s: number, to: number, abbr: Abbreviations): number {
  charClasses();
  for (let i = stopFrom(text, s + 1); i < to; i = stopFrom(text, i + 1))
    if (stopAt(text, i, text.length, abbr)) return i + 1;
  return to;
}

/** The characters that may end a sentence (see `stopAt`). */
const STOPS = /[.!?\n]/g;
/** The text last searched for them, and its first candidate at or after `searchedFrom`. */
let searched = '';
let searchedFrom = 0;
let candidate = 0;

/**
 * The first character at or after i that may end a sentence, or the text's length: found by a
 * search, not a test of every character, and kept, so that the sentences of a window read one
 * after another search each stretch of text once.
 */
function stopFrom(text: string, i: number): number {
  if (text !== searched || i < searchedFrom || i > candidate) {
    STOPS.lastIndex = i;
    candidate = STOPS.test(text) ? STOPS.lastIndex - 1 : text.length;
    searched = text;
  }
  searchedFrom = i;
  return candidate;
}

let cached: { version: number; lang: string | undefined; abbr: Abbreviations } | null = null;
let given: Abbreviations | null = null;

/**
 * The abbreviations to split by in a bundle whose lexicons are registered elsewhere: the content script,
 * whose lexicons live in the extractor's own script (content/load-extractor.ts hands them over).
 */
export function useSentenceAbbreviations(abbr: Abbreviations | null): void {
  given = abbr;
}

/** The abbreviations of a language's lexicon, or of every loaded one when none is given (or none is loaded). */
function abbreviationsOf(lang: string | undefined): Abbreviations {
  if (given) return given;
  if (cached?.version !== lexiconsVersion() || cached.lang !== lang) {
    const all = loadedLexicons();
    const lexicons = lang === undefined || lang === 'auto' || all.length === 0 ? all : [lexiconFor(lang)];
    cached = {
      version: lexiconsVersion(),
      lang,
      abbr: abbreviations(
        lexicons.flatMap((l) => [...l.abbrevs]),
        lexicons.map((l) => l.lang),
      ),
    };
  }
  return cached.abbr;
}

let ofLexicon: WeakMap<Lexicon, Abbreviations> | null = null;

/** The abbreviations of one lexicon, made once (the tokenizer reads a window with one). */
export function lexiconAbbreviations(lex: Lexicon): Abbreviations {
  ofLexicon ??= new WeakMap();
  let abbr = ofLexicon.get(lex);
  if (!abbr) {
    abbr = abbreviations(lex.abbrevs, [lex.lang]);
    ofLexicon.set(lex, abbr);
  }
  return abbr;
}

/**
 * Whether the ".", "!", "?" or line break at text[i] ends a sentence (see `stopAt`), with the
 * abbreviations of `lang` (every loaded lexicon's when absent or "auto"): for readers that cut
 * sentences of their own tokens, such as the claim-date reader.
 */
export function endsSentenceAt(text: string, i: number, lang?: string): boolean {
  charClasses();
  return isStop(text.charCodeAt(i)) && stopAt(text, i, text.length, abbreviationsOf(lang));
}

/**
 * The offsets [start, end) of the sentence around text[start, end) by the rules extraction cuts
 * sentences with (see `stopAt`): not at "Gen." or "тыс.", a decimal point, an initialism, nor a line
 * break inside a sentence. At most a few hundred characters on each side.
 */
export function sentenceBounds(
  text: string,
  start: number,
  end: number,
  lang?: string,
): { start: number; end: number } {
  charClasses();
  const abbr = abbreviationsOf(lang);
  let from = start;
  for (let i = start - 1; i >= Math.max(0, start - MAX); i--)
    if (isStop(text.charCodeAt(i)) && stopAt(text, i, text.length, abbr)) break;
    else from = i;
  let to = Math.min(text.length, end + MAX);
  for (let i = end; i < to; i++)
    if (isStop(text.charCodeAt(i)) && stopAt(text, i, text.length, abbr)) {
      to = i + 1;
      break;
    }
  return { start: from, end: to };
}

/**
 * The sentence around text[start, end) (a figure's span), trimmed: what a reader would quote.
 * `lang` picks the abbreviations (every loaded lexicon's when absent).
 */
export function sentenceAround(text: string, start: number, end: number, lang?: string): string {
  return sentenceAt(text, start, end, lang).sentence;
}

/** `sentenceAround`, with where the trimmed sentence starts in `text`. */
export function sentenceAt(
  text: string,
  start: number,
  end: number,
  lang?: string,
): { sentence: string; start: number } {
  const s = sentenceBounds(text, start, end, lang);
  const raw = text.slice(s.start, s.end);
  const sentence = raw.trim();
  return { sentence, start: s.start + raw.indexOf(sentence) };
}
