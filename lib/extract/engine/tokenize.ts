import type { Lexicon } from '../lexicon/lexicon';
import { CLS, isDigit, isLetter, isLowerLetter, LETTER, LOWER, SPACE, UPPER } from './char-classes';
import { dottedEnd, readNumber } from './read-digits';
import { NUM, PUNCT, reusing, type Token, tok, trimPool, truncate, WORD } from './token';
import { bitsOf, type Lists, listsOf, type WordBits } from './word-index';

export { NUM, PUNCT, type Token, WORD } from './token';

const isSpace = (c: number): boolean => CLS[c] === SPACE;
const isApos = (c: number): boolean => c === 39 || c === 0x2019;

/**
 * Splits text[from, to) into tokens in one pass. Numbers follow the lexicon's separators. With
 * `reuse`, the tokens are those of the previous reusing call, overwritten: they are valid until the
 * next one (extraction reads one window at a time).
 */
export function tokenize(text: string, from: number, to: number, lex: Lexicon, reuse = false): Token[] {
  if (!reuse) return read(text, from, to, lex, []);
  reusing(true);
  try {
    return read(text, from, to, lex, REUSED);
  } finally {
    reusing(false);
  }
}

/** The array the reusing calls return, overwritten each time: it keeps its capacity between windows. */
const REUSED: Token[] = [];

/** Lets go of the tokens of the last reusing call beyond the few pooled (at the end of a text). */
export function releaseTokens(): void {
  REUSED.length = 0;
  trimPool();
}

/**
 * Fills `out` with the tokens of text[from, to), over its old ones: shortened only at the end, an
 * array keeps its capacity (emptied, it would lose it).
 */
function read(text: string, from: number, to: number, lex: Lexicon, out: Token[]): Token[] {
  let n = 0;
  const lists = listsOf(lex);
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
        const t = tok(PUNCT, i, i + 1, '\n', true);
        t.g = true;
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
    if ((c | 32) - 97 >= 0 && (c | 32) - 97 < 26) t = readWord(text, i, c, to, sp, lex, lists);
    else if (
      isDigit(c) ||
      ((c === 46 || c === 44) &&
        sp &&
        isDigit(text.charCodeAt(i + 1)) &&
        lex.decimalSeps.includes(text[i] as string))
    ) {
      t = readNumber(text, i, to, lex, sp, i < dottedUntil);
      if (t.nd < 0 && i >= dottedUntil) dottedUntil = dottedEnd(text, i, to);
    } else if (isLetter(c)) {
      t = readWord(text, i, c, to, sp, lex, lists);
    } else {
      t = tok(PUNCT, i, i + 1, text[i] as string, sp);
      const b = c < 128 ? (lists.ascii[c] as WordBits) : bitsOf(lists, t.w);
      t.f = b.f;
      t.l = b.l;
      t.b = b;
      if (
        (c === 46 || c === 33 || c === 63) &&
        endsSentence(text, i, to, n > 0 ? out[n - 1] : undefined, lex)
      )
        t.g = true;
    }
    if (n < out.length) out[n] = t;
    else out.push(t);
    n++;
    i = t.e;
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
  if (!prev || (prev.k === PUNCT && prev.w !== ',')) return false;
  let j = i + 1;
  while (j < to && (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 9 || text.charCodeAt(j) === 13)) j++;
  if (j >= to) return false;
  const n = text.charCodeAt(j);
  if (n === 10) return false;
  if (j > i + 1) return true;
  // a line ending in a number goes on: "at least 300⏎North Korean soldiers", "300⏎Soldaten"
  if (prev.k === NUM && isLetter(n)) return true;
  return (n >= 97 && n <= 122) || isDigit(n) || CLS[n] === LOWER;
}

function endsSentence(text: string, i: number, to: number, prev: Token | undefined, lex: Lexicon): boolean {
  const next = i + 1 < to ? text.charCodeAt(i + 1) : 32;
  if (text.charCodeAt(i) !== 46) return isSpace(next) || next === 34 || next === 0x201d || i + 1 >= to;
  if (!(isSpace(next) || next === 34 || next === 0x201d || next === 41 || i + 1 >= to)) return false;
  if (prev && prev.k === WORD && prev.e === i && (prev.w.length === 1 || lex.abbrevs.has(prev.w)))
    return false;
  if (prev && prev.k === WORD && prev.w.endsWith('.')) return false;
  // "... in the U.S. The" is ambiguous; a lowercase or digit after the stop continues the sentence.
  let j = i + 1;
  while (j < to && isSpace(text.charCodeAt(j))) j++;
  const n = text.charCodeAt(j);
  return !(n >= 97 && n <= 122) && !(CLS[n] === LETTER && isLowerLetter(n));
}

/**
 * A recently read ASCII word, lowercase, with its bits in the lists it was last looked up in. Its
 * last twelve letters are packed into two numbers, five bits a letter: a word of up to twelve
 * letters is recognised from them and its length alone, without reading it again.
 */
interface Recent {
  w: string;
  p0: number;
  p1: number;
  lists: Lists;
  bits: WordBits;
}

const PACKED = 12;

/** Recent words by their packed letters: most words of a text repeat, so most are neither copied nor looked up again. */
const RECENT: (Recent | undefined)[] = new Array(4096).fill(undefined);

function recent(text: string, i: number, end: number, p0: number, p1: number, lists: Lists): Recent {
  const n = end - i;
  const slot = Math.imul(p0 ^ Math.imul(p1, 0x9e3779b1) ^ n, 0x85ebca6b) >>> 20;
  const r = RECENT[slot];
  if (
    r !== undefined &&
    r.p0 === p0 &&
    r.p1 === p1 &&
    r.w.length === n &&
    (n <= PACKED || same(text, i, r.w))
  ) {
    if (r.lists !== lists) {
      r.bits = bitsOf(lists, r.w);
      r.lists = lists;
    }
    return r;
  }
  const w = text.slice(i, end).toLowerCase();
  const fresh: Recent = { w, p0, p1, lists, bits: bitsOf(lists, w) };
  RECENT[slot] = fresh;
  return fresh;
}

/** True when the ASCII letters at text[i] are the lowercase word w, case aside. */
function same(text: string, i: number, w: string): boolean {
  for (let k = 0; k < w.length; k++) if ((text.charCodeAt(i + k) | 32) !== w.charCodeAt(k)) return false;
  return true;
}

function readWord(
  text: string,
  i: number,
  c0: number,
  to: number,
  sp: boolean,
  lex: Lexicon,
  lists: Lists,
): Token {
  let poss = false;
  let end = i;
  let upper = false;
  // plain ASCII words (most of them) are read once into a small table of recent words
  let plain = true;
  // the last PACKED letters, lowercase, 1-26 each (a-z)
  let p0 = 0;
  let p1 = 0;
  while (end < to) {
    const c = text.charCodeAt(end);
    // ASCII letters by their codes: no table lookup for most characters
    const l = (c | 32) - 97;
    if (l >= 0 && l < 26) {
      p1 = ((p1 << 5) | (p0 >>> 25)) & 0x3fffffff;
      p0 = ((p0 << 5) | (l + 1)) & 0x3fffffff;
      if (c < 97) upper = true;
      end++;
      continue;
    }
    const k = CLS[c] as number;
    if (k === LETTER) {
      plain = false;
      upper = true;
      end++;
    } else if (isApos(c) && end + 1 < to && isLetter(text.charCodeAt(end + 1))) {
      plain = false;
      // French l'Ukraine, qu'environ: the elided word stands apart, with its apostrophe
      if (lex.elisions.size > 0 && lex.elisions.has(text.slice(i, end).toLowerCase())) {
        end++;
        upper = true;
        break;
      }
      const n2 = end + 2 < to ? text.charCodeAt(end + 2) : 32;
      if ((text[end + 1] === 's' || text[end + 1] === 'S') && !isLetter(n2)) {
        poss = true;
        break;
      }
      upper = true;
      end++;
    } else break;
  }
  // Initialisms: U.S., U.K., U.N. (a single letter before a full stop, then another)
  if (
    end === i + 1 &&
    end + 2 < to &&
    text.charCodeAt(end) === 46 &&
    isLetter(text.charCodeAt(end + 1)) &&
    text.charCodeAt(end + 2) === 46
  ) {
    let k = i;
    while (k + 1 < to && isLetter(text.charCodeAt(k)) && text.charCodeAt(k + 1) === 46) k += 2;
    if (k - i >= 4 && !isLetter(text.charCodeAt(k))) {
      end = k;
      plain = false;
      upper = true;
      poss = false;
    }
  }
  let w: string;
  let b: WordBits;
  if (plain) {
    const r = recent(text, i, end, p0, p1, lists);
    w = r.w;
    b = r.bits;
  } else {
    w = text.slice(i, end);
    if (upper) {
      w = w.toLowerCase();
      if (w.includes('\u2019')) w = w.replace('\u2019', "'");
    }
    b = bitsOf(lists, w);
  }
  const t = tok(WORD, i, poss ? end + 2 : end, w, sp);
  t.f = b.f;
  t.l = b.l;
  t.b = b;
  if (c0 < 128) t.cap = c0 < 97;
  else {
    const k0 = CLS[c0];
    t.cap = k0 === UPPER || (k0 === LETTER && w[0] !== text[i]);
  }
  t.poss = poss;
  return t;
}
