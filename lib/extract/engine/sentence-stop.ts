import { CLS, isDigit, isLetter, isLowerLetter, LETTER, OTHER, SPACE } from './char-classes';
import { ordinalDayMonths } from './ordinal-months';

/**
 * What a full stop ends no sentence after, as `stopAt` reads it: the abbreviations of some
 * languages ("Gen.", "тыс.", "Dr."), and the day of a date in those that write it "9. Januar".
 */
export interface Abbreviations {
  /** lowercase, and the longest one's length */
  abbrevs: ReadonlySet<string>;
  abbrevMax: number;
  /** those of up to six ASCII letters, packed as `packBack` reads them */
  abbrevCodes: ReadonlySet<number>;
  /** the languages read, for their months (`ordinalMonths`) */
  langs: readonly string[];
  /** the months a day's ordinal stands before ("9. Januar"), made on first need (ordinal-months.ts) */
  ordinalMonths?: ReadonlySet<string>;
}

/** The abbreviations of a list (lowercase words) in some languages, ready for `stopAt`. */
export function abbreviations(list: Iterable<string>, langs: readonly string[] = []): Abbreviations {
  const all = new Set(list);
  return {
    abbrevs: all,
    abbrevMax: Math.max(0, ...[...all].map((a) => a.length)),
    abbrevCodes: new Set([...all].filter((a) => /^[a-z]{1,6}$/.test(a)).map((a) => packBack(a, 0, a.length))),
    langs,
  };
}

const lowerAt = (text: string, j: number): boolean => {
  const c = text.charCodeAt(j);
  return (c >= 97 && c <= 122) || (CLS[c] === LETTER && isLowerLetter(c));
};

/**
 * True when the full stop, mark or line break at i ends a sentence: the one rule the tokenizer,
 * the scan, the sentence of a figure (sentence.ts), the claim-date reader and the page use. A full
 * stop ends none after an abbreviation of the languages read ("Dr.", "Nr.", "Jan.", "янв."), a
 * single letter ("z. B.", "т. е."), an initialism ("U.S."), nor before a lowercase word ("am 9.
 * und 10. Januar"), nor after a day before a month where dates are written so ("am 9. Januar");
 * a line break only at a blank line or after a finished line (see `wrapped` in tokenize.ts). The
 * scan cuts windows only there, so the analysis of a number sees the same tokens up to its
 * sentence's ends as it would in the whole text.
 */
export function stopAt(text: string, i: number, n: number, abbr: Abbreviations): boolean {
  const c = text.charCodeAt(i);
  const next = i + 1 < n ? text.charCodeAt(i + 1) : 32;
  if (c === 10) {
    // a blank line, the end of the text, or a line after punctuation other than a comma
    let j = i + 1;
    while (j < n && (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 9 || text.charCodeAt(j) === 13)) j++;
    if (j >= n || text.charCodeAt(j) === 10) return true;
    let p = i - 1;
    while (p >= 0 && CLS[text.charCodeAt(p)] === SPACE && text.charCodeAt(p) !== 10) p--;
    const pc = text.charCodeAt(p);
    return p >= 0 && CLS[pc] === OTHER && pc !== 44 && pc !== 39 && pc !== 0x2019;
  }
  const closes = CLS[next] === SPACE || next === 34 || next === 0x201d || i + 1 >= n;
  if (c !== 46) return closes;
  if (!(closes || next === 41)) return false;
  // not after an abbreviation, a single letter or an initialism
  let w = i;
  let ascii = true;
  for (let c = text.charCodeAt(w - 1); w > 0 && w > i - 8; c = text.charCodeAt(--w - 1)) {
    // ASCII letters by their codes, others by the table
    if ((c | 32) - 97 >= 0 && (c | 32) - 97 < 26) continue;
    if (c < 128 || !isLetter(c)) break;
    ascii = false;
  }
  // a longer word is no abbreviation
  if (w < i && !isLetter(text.charCodeAt(w - 1))) {
    if (text.charCodeAt(w - 1) === 46) return false;
    if (i - w === 1) return false;
    if (
      ascii
        ? i - w <= 6 && abbr.abbrevCodes.has(packBack(text, w, i))
        : i - w <= abbr.abbrevMax && abbr.abbrevs.has(text.slice(w, i).toLowerCase())
    )
      return false;
  }
  let j = i + 1;
  while (j < n && CLS[text.charCodeAt(j)] === SPACE) j++;
  if (j >= n) return true;
  if (lowerAt(text, j)) return false;
  return !(w === i && isDigit(text.charCodeAt(i - 1)) && ordinalDay(text, i, j, n, abbr));
}

/** A day of one or two digits ends at the full stop i and a month of `abbr`'s languages starts at j. */
function ordinalDay(text: string, i: number, j: number, n: number, abbr: Abbreviations): boolean {
  let d = i - 1;
  while (d >= 0 && isDigit(text.charCodeAt(d))) d--;
  if (i - 1 - d > 2 || (d >= 0 && (isLetter(text.charCodeAt(d)) || text.charCodeAt(d) === 46))) return false;
  let e = j;
  while (e < n && e - j < 12 && isLetter(text.charCodeAt(e))) e++;
  if (e === j) return false;
  abbr.ordinalMonths ??= ordinalDayMonths(abbr.langs);
  return abbr.ordinalMonths.has(text.slice(j, e).toLowerCase());
}

/** The ASCII letters text[from, to) (at most six), lowercase, packed five bits each from the last. */
function packBack(text: string, from: number, to: number): number {
  let code = 0;
  for (let j = to - 1; j >= from; j--) code = (code << 5) | ((text.charCodeAt(j) | 32) - 96);
  return code;
}
