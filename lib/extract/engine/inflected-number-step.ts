import type { Lexicon } from '../lexicon/lexicon';

/** Where the reading of a number in words is (inflected-number-words.ts), one word after another. */
export interface NumberState {
  total: number;
  cur: number;
  /** added since the last hundred or scale */
  small: number;
  /** the largest value that can still be added to cur */
  room: number;
  last: 'none' | 'unit' | 'tens' | 'hundred' | 'scale' | 'dozen';
  lastScale: number;
  lastUnit: number;
  und: boolean;
  scale: number;
}

/** Applies one number word to the state; false when it cannot continue this number. */
export function step(st: NumberState, w: string, lex: Lexicon): boolean {
  const u = lex.units[w] ?? lex.hundreds[w];
  const t = lex.tens[w];
  if (lex.and.has(w)) {
    st.und = true;
    return true;
  }
  if (t !== undefined && st.last === 'unit' && lex.timesTens.has(w) && st.lastUnit === 4) {
    // quatre-vingt
    st.cur += 4 * t - 4;
    st.small += 4 * t - 4;
    st.room = 19;
    st.last = 'tens';
    return true;
  }
  if (t !== undefined && st.und && st.last === 'unit' && lex.compoundNumbers) {
    // ein-und-zwanzig
    st.cur += t;
    st.small += t;
    st.room = 0;
    st.last = 'tens';
    st.und = false;
    return true;
  }
  st.und = false;
  if (u !== undefined || t !== undefined) {
    const v = (u ?? t) as number;
    if (v > st.room || (v === 0 && st.last !== 'none')) return false;
    st.cur += v;
    st.small += v;
    if (t !== undefined) {
      st.room = lex.timesTens.size > 0 && (v === 60 || v === 80) ? 19 : 9;
      st.last = 'tens';
    } else {
      st.room = v >= 100 ? 99 : v === 10 && lex.timesTens.size > 0 ? 9 : 0;
      st.last = v >= 100 ? 'hundred' : 'unit';
      if (v >= 100) st.small = 0;
      st.lastUnit = v;
    }
    return true;
  }
  if (lex.hundred.has(w)) {
    if (st.last === 'hundred') return false;
    const mult = st.small === 0 ? 1 : st.small;
    if (mult >= 10) return false;
    st.cur = st.cur - st.small + mult * 100;
    st.small = 0;
    st.room = 99;
    st.last = 'hundred';
    st.scale = 100;
    return true;
  }
  const s = lex.scales[w];
  if (s !== undefined) {
    if (s > st.lastScale) {
      // "cuatrocientos cincuenta y cinco mil doscientos veintiocho millones"
      const below = st.total % (s * 1000);
      st.total = st.total - below + (below + st.cur) * s;
    } else if (s === st.lastScale) return false;
    else st.total += (st.cur === 0 ? 1 : st.cur) * s;
    st.cur = 0;
    st.small = 0;
    st.room = s - 1;
    st.lastScale = s;
    st.last = 'scale';
    st.scale = s;
    return true;
  }
  if (lex.dozen.has(w)) {
    if (st.last === 'none' || st.last === 'scale' || st.last === 'dozen' || st.small === 0) return false;
    st.cur = st.cur - st.small + st.small * 12;
    st.small = 0;
    st.room = 0;
    st.last = 'dozen';
    st.scale = 12;
    return true;
  }
  return false;
}
