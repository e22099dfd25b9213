import {
  CLS,
  isDigit,
  isLetter,
  isLowerLetter,
  LETTER,
  OTHER,
  SPACE,
  wordAlternatives,
} from './char-classes';

/**
 * Characters of context kept at most on each side of a number for the analysis of its sentence;
 * a window ends earlier at the sentence's own ends (with one word beyond each, which the number
 * filters look at).
 */
const BEFORE = 180;
const AFTER = 150;

/** Moves a window edge forward to just after a space (at most 40 characters), so no word is cut. */
function snap(text: string, i: number, limit: number): number {
  const max = Math.min(i + 40, limit);
  for (let j = i; j < max; j++) if (text.charCodeAt(j) === 32) return j + 1;
  return i;
}

export interface TriggerSet {
  /**
   * One search for everything the scan stops at: a number in digits (with its thousands groups)
   * or a number word. Linear: each alternative is a plain word list or a digit run with
   * fixed-length groups, so nothing can backtrack without bound.
   */
  re: RegExp;
  /** the number words, lowercase */
  words: ReadonlySet<string>;
  /** abbreviations with a full stop that does not end a sentence ("Gen.", the lexicons' "тыс."), and the longest one's length */
  abbrevs: ReadonlySet<string>;
  abbrevMax: number;
  /** the abbreviations of up to six ASCII letters, packed as `packBack` reads them */
  abbrevCodes: ReadonlySet<number>;
  /**
   * Words that make a lexicon read the cue of the sentence before ("В ее составе - 3000"): a
   * sentence with one of them gets the sentence before it in its window. Null when none.
   */
  crossRefs: RegExp | null;
}

const DIGITS = "\\d+(?:[,. \\u00a0\\u202f\\u2009\u2019']\\d{3}(?!\\d))*";

/** Precomputes the search for the words that can start or make a number (one, dozen, thousands...). */
export function triggerSet(
  list: Iterable<string>,
  abbrevs: Iterable<string> = [],
  crossRefs: Iterable<string> = [],
): TriggerSet {
  const set = new Set([...list].map((w) => w.toLowerCase()));
  // the start of a word that does not begin with an ASCII letter is checked by the scan
  const parts = [DIGITS, ...wordAlternatives(set, 'checked')];
  const refs = [...new Set(crossRefs)];
  const all = new Set(abbrevs);
  return {
    re: new RegExp(parts.join('|'), 'gi'),
    words: set,
    abbrevs: all,
    abbrevMax: Math.max(...[...all].map((a) => a.length)),
    abbrevCodes: new Set([...all].filter((a) => /^[a-z]{1,6}$/.test(a)).map((a) => packBack(a, 0, a.length))),
    crossRefs: refs.length > 0 ? new RegExp(refs.join('|'), 'gi') : null,
  };
}

/**
 * A stretch with more than one number per SPACING characters, sustained past CAP numbers, is a
 * table or data, not prose: its numbers are skipped until the text thins out again (this keeps
 * the worst case close to the cost of ordinary news text).
 */
const SPACING = 24;
const CAP = 64;
/** The next digit or sentence end (which bounds the search) from lastIndex on. */
const NEXT = /[^0-9.!?\n]*[0-9.!?\n]/y;

/**
 * The account of that rule: every number costs one credit, the text earns one per SPACING
 * characters, up to CAP. Starved below zero, it skips numbers until a quarter of CAP is earned back.
 */
class Density {
  credit = CAP;
  last = 0;
  starved = false;

  /** The credit after a number at s. */
  at(s: number): number {
    return Math.max(0, Math.min(CAP, this.credit + (s - this.last) / SPACING)) - 1;
  }

  /** Charges the number at s; true when it is to be skipped. */
  charge(s: number): boolean {
    this.credit = this.at(s);
    this.last = s;
    if (!(this.starved && this.credit < CAP / 4)) this.starved = this.credit < 0;
    return this.starved;
  }
}

/**
 * One pass of one regular expression over the text finds the digits and number words; the
 * sentence ends are found with indexOf as the pass goes (much cheaper than stopping at each).
 * Returns the windows [start, end) around the numbers, from the start of a number's sentence to
 * its end (at most BEFORE / AFTER characters away), merged where they overlap, three numbers a
 * window: its start, its end and the start of its first number. The pass skips the rest of a
 * sentence once the first number in it has given the window its end.
 */
export function findWindows(text: string, trig: TriggerSet): Int32Array {
  return new Scan(text, trig).run();
}

/**
 * The state of one pass. A class, not closures in findWindows: a new closure per call would be a
 * new call target each time, and the optimized code of the pass would be thrown away each time.
 */
class Scan {
  // the windows found, three numbers each (a typed array: its growth allocates outside the heap
  // of small objects, so a page's windows cause no extra collection)
  out: Int32Array;
  count = 0;
  readonly n: number;
  // the open window, and the start of its first number
  ws = -1;
  we = -1;
  first = -1;
  readonly density = new Density();
  // the last certain sentence end, the one before it, and the first one after the last number
  lastStop = -1;
  stopBefore = -1;
  nextStop = -1;
  // sentence ends read but not yet tried (see readStops)
  readonly pending: number[] = [];
  // the next full stop, line break, exclamation and question mark not yet looked at
  dot: number;
  nl: number;
  ex: number;
  qu: number;
  // a full stop inside a number ("1.234") ends no sentence
  inNumber = 0;
  // the sentence end a window start was last found for, and that start
  startOf = -1;
  start = 0;

  constructor(
    readonly text: string,
    readonly trig: TriggerSet,
  ) {
    this.n = text.length;
    // room for a window per 500 characters, about as many as news text has
    this.out = new Int32Array(3 * (64 + (text.length >> 9)));
    this.dot = next(text, '.', 0);
    this.nl = next(text, '\n', 0);
    this.ex = next(text, '!', 0);
    this.qu = next(text, '?', 0);
  }

  /**
   * Tries the first `count` pending sentence ends from the last back: the last certain one is the
   * last stop, and (for the lexicons with cross references) the certain one before it the stop
   * before, as if all had been tried in order.
   */
  settle(count: number): void {
    const cross = this.trig.crossRefs !== null;
    let k = count - 1;
    for (; k >= 0; k--) {
      const p = this.pending[k] as number;
      if (!stopAt(this.text, p, this.n, this.trig)) continue;
      if (cross) this.stopBefore = this.lastStop;
      this.lastStop = p;
      break;
    }
    if (!cross || k < 0) return;
    for (k--; k >= 0; k--) {
      const p = this.pending[k] as number;
      if (stopAt(this.text, p, this.n, this.trig)) {
        this.stopBefore = p;
        return;
      }
    }
  }

  /** Adds the open window to the windows found. */
  push(): void {
    if (this.count + 3 > this.out.length) {
      const more = new Int32Array(this.out.length * 2);
      more.set(this.out);
      this.out = more;
    }
    this.out[this.count] = this.ws;
    this.out[this.count + 1] = this.we;
    this.out[this.count + 2] = this.first;
    this.count += 3;
  }

  /** Looks at the sentence ends before `until`; those before `from` cannot start a window. */
  stops(until: number, from: number): void {
    // most calls have nothing to read: this test alone is small enough to be inlined in the loops
    if (Math.min(this.dot, this.nl, this.ex, this.qu) < until) this.readStops(until, from);
  }

  /**
   * As `stops`; with `first`, only up to the end of the open window's sentence. The end of the open
   * window's sentence is looked for in order; of the sentence ends after it only the last one
   * matters (the start of the next number's sentence), so they are tried from the last back.
   */
  readStops(until: number, from: number, first = false): void {
    const text = this.text;
    let pending = 0;
    for (;;) {
      const p = Math.min(this.dot, this.nl, this.ex, this.qu);
      if (p >= until) {
        if (pending > 0) this.settle(pending);
        return;
      }
      if (p === this.dot) this.dot = next(text, '.', p + 1);
      else if (p === this.nl) this.nl = next(text, '\n', p + 1);
      else if (p === this.ex) this.ex = next(text, '!', p + 1);
      else this.qu = next(text, '?', p + 1);
      const ends = this.nextStop < 0 && this.ws >= 0 && p < this.we;
      if (p < from && !ends) {
        // nothing before `from` can start a window, and the open window has its end: skip there
        if (this.dot < from) this.dot = next(text, '.', from);
        if (this.nl < from) this.nl = next(text, '\n', from);
        if (this.ex < from) this.ex = next(text, '!', from);
        if (this.qu < from) this.qu = next(text, '?', from);
        continue;
      }
      if (p < this.inNumber || !(p >= from || ends)) continue;
      if (!ends) {
        if (pending < this.pending.length) this.pending[pending] = p;
        else this.pending.push(p);
        pending++;
        continue;
      }
      if (!stopAt(text, p, this.n, this.trig)) continue;
      if (this.trig.crossRefs !== null) this.stopBefore = this.lastStop;
      this.lastStop = p;
      // the open window ends with the sentence of its last number
      this.nextStop = p;
      this.we = wordAfter(text, p, this.we);
      if (first) return;
    }
  }

  /**
   * Starved (a table, a list of numbers): reads the numbers in plain digits and punctuation that
   * follow as the regular expression would, with their credit, and returns where it must take
   * over again: at a letter, or at a number that would be read. "1,1,1,..." costs no call each.
   */
  dense(from: number): number {
    const text = this.text;
    let j = from;
    while (j < this.n) {
      const c = text.charCodeAt(j);
      if (isDigit(c)) {
        const q = numberEnd(text, j);
        const credit = this.density.at(j);
        if (credit >= CAP / 4) return j;
        this.stops(j, j - BEFORE);
        this.inNumber = q;
        // still starved: charged as `charge` would
        this.density.credit = credit;
        this.density.last = j;
        j = q;
      } else if (c >= 128 || isLetter(c)) return j;
      else j++;
    }
    return j;
  }

  /**
   * Passes over text[from, to), the rest of a sentence whose window is known, charging its
   * numbers in digits as the search would have (NEXT finds them much faster than the search, which
   * tries every word); returns where the search goes on.
   */
  passOver(from: number, to: number): number {
    const text = this.text;
    let j = from;
    for (;;) {
      NEXT.lastIndex = j;
      if (!NEXT.test(text)) break;
      const p = NEXT.lastIndex - 1;
      if (p >= to) break;
      if (isDigitAt(text, p)) {
        this.density.charge(p);
        j = numberEnd(text, p);
      } else j = p + 1;
    }
    return to + 1;
  }

  run(): Int32Array {
    const { text, trig, n } = this;
    const re = trig.re;
    const cross = trig.crossRefs;
    // the next word pointing back to the sentence before, at or after lastStop
    let nextCross = -1;
    re.lastIndex = 0;
    // test() and lastIndex, not exec(): no match object per number
    while (re.test(text)) {
      const e = re.lastIndex;
      const digits = isDigitAt(text, e - 1);
      let s: number;
      if (digits) s = numberStart(text, e);
      else {
        // the whole word must be a number word ("xтысяч" is none)
        s = e - 1;
        let ascii = text.charCodeAt(s) < 128;
        for (let c = text.charCodeAt(s - 1); s > 0 && isLetter(c); c = text.charCodeAt(--s - 1))
          if (c >= 128) ascii = false;
        // a word of ASCII letters only was matched from its start (\b): it is one of the words
        if (!ascii && !trig.words.has(text.slice(s, e).toLowerCase())) continue;
      }
      this.stops(s, s - BEFORE);
      if (digits) this.inNumber = e;
      // every number costs one credit, processed or not
      if (this.density.charge(s)) {
        re.lastIndex = this.dense(e);
        continue;
      }
      let from = this.lastStop;
      if (cross !== null && this.lastStop >= 0) {
        if (nextCross < this.lastStop) {
          cross.lastIndex = this.lastStop;
          nextCross = cross.test(text) ? cross.lastIndex - 1 : n + 1;
        }
        if (nextCross < s) from = this.stopBefore;
      }
      let a: number;
      if (from >= 0 && from >= s - BEFORE) {
        // the numbers of one sentence share its start
        if (from !== this.startOf) {
          this.startOf = from;
          this.start = wordBefore(text, from);
        }
        a = this.start;
      } else a = s - BEFORE > 0 ? snap(text, s - BEFORE, s) : 0;
      this.nextStop = -1;
      const end = e + AFTER < n ? snap(text, e + AFTER, n) : n;
      if (this.ws < 0 || a > this.we) {
        if (this.ws >= 0) this.push();
        this.ws = a;
        this.first = s;
      }
      this.we = end;
      // When the number's sentence ends inside its window, no later number of the sentence can
      // move the window: the search goes on after the sentence.
      if (Math.min(this.dot, this.nl, this.ex, this.qu) < end) this.readStops(end, e, true);
      if (this.nextStop >= 0 && this.we < end) re.lastIndex = this.passOver(e, this.nextStop);
    }
    if (this.ws >= 0) {
      this.stops(this.we, n);
      this.push();
    }
    return this.out.subarray(0, this.count);
  }
}

/** The position of the next c at or after i, or past the end of the text. */
function next(text: string, c: string, i: number): number {
  const p = text.indexOf(c, i);
  return p < 0 ? text.length + 1 : p;
}

const isDigitAt = (text: string, i: number): boolean => isDigit(text.charCodeAt(i));
const isGroupSep = (c: number): boolean =>
  c === 44 || c === 46 || c === 32 || c === 0xa0 || c === 0x202f || c === 0x2009 || c === 0x2019 || c === 39;

/** The end of the number in digits that starts at s, by the grammar of DIGITS. */
function numberEnd(text: string, s: number): number {
  let q = s + 1;
  while (isDigitAt(text, q)) q++;
  while (
    isGroupSep(text.charCodeAt(q)) &&
    isDigitAt(text, q + 1) &&
    isDigitAt(text, q + 2) &&
    isDigitAt(text, q + 3) &&
    !isDigitAt(text, q + 4)
  )
    q += 4;
  return q;
}

/**
 * The start of the number in digits that ends at e, read backwards by the grammar of DIGITS: a
 * digit run, then any number of groups of exactly three digits after a separator.
 */
function numberStart(text: string, e: number): number {
  let j = e;
  for (;;) {
    let k = j;
    while (k > 0 && isDigitAt(text, k - 1)) k--;
    if (j - k === 3 && k >= 2 && isGroupSep(text.charCodeAt(k - 1)) && isDigitAt(text, k - 2)) j = k - 1;
    else return k;
  }
}

/** The start of the word (with its punctuation) just before position i: at most 40 characters back. */
function wordBefore(text: string, i: number): number {
  let j = i;
  while (j > 0 && j > i - 40 && CLS[text.charCodeAt(j - 1)] === SPACE && text.charCodeAt(j - 1) !== 10) j--;
  const min = Math.max(0, j - 40);
  while (j > min && CLS[text.charCodeAt(j - 1)] !== SPACE) j--;
  return j;
}

/** The end of the word just after position i, and no further than limit. */
function wordAfter(text: string, i: number, limit: number): number {
  let j = i + 1;
  while (j < limit && CLS[text.charCodeAt(j)] === SPACE) j++;
  while (j < limit && CLS[text.charCodeAt(j)] !== SPACE) j++;
  return j;
}

const lowerAt = (text: string, j: number): boolean => {
  const c = text.charCodeAt(j);
  return (c >= 97 && c <= 122) || (CLS[c] === LETTER && isLowerLetter(c));
};

/**
 * True when the full stop, mark or line break at i ends a sentence for the tokenizer too (see
 * `endsSentence` and `wrapped` in tokenize.ts): windows are cut only there, so the analysis of a
 * number sees the same tokens up to its sentence's ends as it would in the whole text.
 */
export function stopAt(text: string, i: number, n: number, trig: TriggerSet): boolean {
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
        ? i - w <= 6 && trig.abbrevCodes.has(packBack(text, w, i))
        : i - w <= trig.abbrevMax && trig.abbrevs.has(text.slice(w, i).toLowerCase())
    )
      return false;
  }
  let j = i + 1;
  while (j < n && CLS[text.charCodeAt(j)] === SPACE) j++;
  return j >= n || !lowerAt(text, j);
}

/** The ASCII letters text[from, to) (at most six), lowercase, packed five bits each from the last. */
function packBack(text: string, from: number, to: number): number {
  let code = 0;
  for (let j = to - 1; j >= from; j--) code = (code << 5) | ((text.charCodeAt(j) | 32) - 96);
  return code;
}
