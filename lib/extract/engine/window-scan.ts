import { charClasses, isDigit, isLetter } from './char-classes';
import { CAP, Density } from './density';
import { isDigitAt, numberEnd, numberStart } from './digit-runs';
import { ScanPosition } from './scan-position';
import type { TriggerSet } from './trigger-set';
import { snap, wordBefore } from './window-edges';

/**
 * Characters of context kept at most on each side of a number for the analysis of its sentence;
 * a window ends earlier at the sentence's own ends (with one word beyond each, which the number
 * filters look at).
 */
const BEFORE = 180;
const AFTER = 150;

/** The next digit or sentence end (which bounds the search) from lastIndex on. */
const NEXT = /[^0-9.!?\n]*[0-9.!?\n]/y;

/**
 * One pass of one regular expression over the text finds the digits and number words; the
 * sentence ends are found with indexOf as the pass goes (much cheaper than stopping at each).
 * Returns the windows [start, end) around the numbers, from the start of a number's sentence to
 * its end (at most BEFORE / AFTER characters away), merged where they overlap, three numbers a
 * window: its start, its end and the start of its first number. The pass skips the rest of a
 * sentence once the first number in it has given the window its end.
 */
export function findWindows(text: string, trig: TriggerSet): Int32Array {
  charClasses();
  return new Scan(text, trig).run();
}

/**
 * The state of one pass. A class, not closures in findWindows: a new closure per call would be a
 * new call target each time, and the optimized code of the pass would be thrown away each time.
 */
class Scan extends ScanPosition {
  readonly density = new Density();
  // the sentence end a window start was last found for, and that start
  startOf = -1;
  start = 0;

  /**
   * Starved (a table, a list of numbers): reads the numbers in plain digits and punctuation that
   * follow as the regular expression would, with their credit, and returns where it must take
   * over again: at a letter, or at a number that would be read. "1,1,1,..." costs no call each.
   */
  dense(from: number): number {
    const text = this.text;
    let j = from;
    while (j < this.length) {
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
    const { text, trig, length: n } = this;
    const re = trig.search;
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
      if (this.windowStart < 0 || a > this.windowEnd) {
        if (this.windowStart >= 0) this.push();
        this.windowStart = a;
        this.first = s;
      }
      this.windowEnd = end;
      // When the number's sentence ends inside its window, no later number of the sentence can
      // move the window: the search goes on after the sentence.
      if (Math.min(this.nextDot, this.nextLine, this.nextExclamation, this.nextQuestion) < end)
        this.readStops(end, e, true);
      if (this.nextStop >= 0 && this.windowEnd < end) re.lastIndex = this.passOver(e, this.nextStop);
    }
    if (this.windowStart >= 0) {
      this.stops(this.windowEnd, n);
      this.push();
    }
    return this.out.subarray(0, this.count);
  }
}
