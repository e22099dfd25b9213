import type { Lexicon } from '../lexicon/lexicon';
import { CLS, charClasses, isDigit, isLetter, LOWER, SPACE } from './char-classes';
import { dottedEnd, readNumber } from './read-digits';
import { readWord } from './read-word';
import type { ReadingState } from './reading-state';
import { lexiconAbbreviations } from './sentence';
import { stopAt } from './sentence-stop';
import { NUM, PUNCT, type Token } from './token';
import { truncate } from './token-pool';
import type { WordEntry } from './word-entry';
import { entryOf, indexOf } from './word-index';

export { NUM, PUNCT, type Token, WORD } from './token';

const isSpace = (c: number): boolean => CLS[c] === SPACE;

/**
 * Splits text[from, to) into tokens in one pass. Numbers follow the lexicon's separators. With
 * `reuse`, the tokens are the state's of its previous reusing call, overwritten: they are valid
 * until the next one (extraction reads one window at a time).
 */
export function tokenize(
  text: string,
  from: number,
  to: number,
  lex: Lexicon,
  state: ReadingState,
  reuse = false,
): Token[] {
  charClasses();
  if (!reuse) return read(text, from, to, lex, state, []);
  state.tokens.reusing(true);
  try {
    return read(text, from, to, lex, state, state.tokens.reused);
  } finally {
    state.tokens.reusing(false);
  }
}

/**
 * Fills `out` with the tokens of text[from, to), over its old ones: shortened only at the end, an
 * array keeps its capacity (emptied, it would lose it).
 */
function read(
  text: string,
  from: number,
  to: number,
  lex: Lexicon,
  state: ReadingState,
  out: Token[],
): Token[] {
  let n = 0;
  const index = indexOf(lex);
  const pool = state.tokens;
  let i = from;
  let sp = true;
  let dottedUntil = -1;
  while (i < to) {
    const c = text.charCodeAt(i);
    if (c === 32) {
      sp = true;
      i++;
      continue;
    }
    if (isSpace(c)) {
      if (c === 10 && !wrapped(text, i, to, n > 0 ? out[n - 1] : undefined)) {
        const t = pool.token(PUNCT, i, i + 1, '\n', true, index.none);
        t.ends = true;
        if (n < out.length) out[n] = t;
        else out.push(t);
        n++;
      }
      sp = true;
      i++;
      continue;
    }
    let t: Token;
    // ASCII letters first: most tokens are words
    if ((c | 32) - 97 >= 0 && (c | 32) - 97 < 26) t = readWord(text, i, c, to, sp, lex, index, state);
    else if (
      isDigit(c) ||
      ((c === 46 || c === 44) &&
        sp &&
        isDigit(text.charCodeAt(i + 1)) &&
        lex.decimalSeps.includes(text[i] as string))
    ) {
      t = readNumber(text, i, to, lex, sp, i < dottedUntil, pool, index.none);
      if (t.digits < 0 && i >= dottedUntil) dottedUntil = dottedEnd(text, i, to);
    } else if (isLetter(c)) {
      t = readWord(text, i, c, to, sp, lex, index, state);
    } else {
      const mark = text[i] as string;
      t = pool.token(
        PUNCT,
        i,
        i + 1,
        mark,
        sp,
        c < 128 ? (index.ascii[c] as WordEntry) : entryOf(index, mark),
      );
      // the one sentence rule (sentence-stop.ts), with this lexicon's abbreviations
      if ((c === 46 || c === 33 || c === 63) && stopAt(text, i, to, lexiconAbbreviations(lex))) t.ends = true;
    }
    if (n < out.length) out[n] = t;
    else out.push(t);
    n++;
    i = t.end;
    sp = false;
  }
  truncate(out, n);
  return out;
}

/**
 * A line break inside a sentence (source text wrapped at a width: "at least 300\n    North Korean
 * soldiers") is a space; a blank line, or a line break after a finished line (a headline, a list
 * item) ends the sentence. Mid-sentence: the line ends in a word, number or comma, and the next
 * line is indented or starts with a lowercase letter or a digit; or the line ends in a number and
 * the next starts with a word.
 */
function wrapped(text: string, i: number, to: number, prev: Token | undefined): boolean {
  if (!prev || (prev.kind === PUNCT && prev.word !== ',')) return false;
  let j = i + 1;
  while (j < to && (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 9 || text.charCodeAt(j) === 13)) j++;
  if (j >= to) return false;
  const n = text.charCodeAt(j);
  if (n === 10) return false;
  if (j > i + 1) return true;
  // a line ending in a number goes on: "at least 300⏎North Korean soldiers", "300⏎Soldaten"
  if (prev.kind === NUM && isLetter(n)) return true;
  return (n >= 97 && n <= 122) || isDigit(n) || CLS[n] === LOWER;
}
