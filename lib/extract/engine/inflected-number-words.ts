import type { Lexicon } from '../lexicon/lexicon';
import type { WordNumber } from './number-words';
import { NUM, PUNCT, type Token, WORD } from './token';

const isWord = (t: Token | undefined): t is Token => t !== undefined && t.k === WORD;

const morphemes = new WeakMap<Lexicon, { list: Set<string>; max: number }>();

/** The number words of a lexicon that can be glued into a compound (German), and "und". */
function morphemesOf(lex: Lexicon): { list: Set<string>; max: number } {
  let m = morphemes.get(lex);
  if (!m) {
    const list = new Set<string>([
      ...Object.keys(lex.units),
      ...Object.keys(lex.tens),
      ...lex.hundred,
      ...Object.keys(lex.scales),
      ...lex.and,
    ]);
    for (const w of list) if (w.includes(' ')) list.delete(w);
    m = { list, max: Math.max(...[...list].map((w) => w.length)) };
    morphemes.set(lex, m);
  }
  return m;
}

/** "zweihunderteinundzwanzig" -> [zwei, hundert, ein, und, zwanzig]; null when it is not a number word. */
export function splitCompound(word: string, lex: Lexicon): string[] | null {
  if (word.length > 80) return null;
  const { list, max } = morphemesOf(lex);
  const out: string[] = [];
  // positions from which no split exists: each is tried once, so the split is linear in the word
  const dead = new Uint8Array(word.length + 1);
  const go = (i: number): boolean => {
    if (i === word.length) return true;
    if (dead[i]) return false;
    for (let l = Math.min(max, word.length - i); l > 0; l--) {
      const piece = word.slice(i, i + l);
      if (!list.has(piece)) continue;
      out.push(piece);
      if (go(i + l)) return true;
      out.pop();
    }
    dead[i] = 1;
    return false;
  };
  if (!go(0) || out.length < 2 || lex.and.has(out[0] as string) || lex.and.has(out.at(-1) as string))
    return null;
  return out;
}

interface State {
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
function step(st: State, w: string, lex: Lexicon): boolean {
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

/** The pieces of token j as number words, or null. */
function piecesOf(t: Token | undefined, lex: Lexicon): string[] | null {
  if (!isWord(t)) return null;
  if (isNumberWord1(t.w, lex)) return [t.w];
  return lex.compoundNumbers ? splitCompound(t.w, lex) : null;
}

const isNumberWord1 = (w: string, lex: Lexicon): boolean =>
  lex.units[w] !== undefined ||
  lex.tens[w] !== undefined ||
  lex.hundred.has(w) ||
  lex.hundreds[w] !== undefined ||
  lex.scales[w] !== undefined ||
  lex.dozen.has(w);

/**
 * A number in words in a language other than English, starting at token i: "cuarenta y siete",
 * "quatre-vingt-dix-neuf", "zweihunderteinundzwanzig", "dos mil millones", "трех тысяч".
 */
export function wordNumberIntl(toks: Token[], i: number, lex: Lexicon, noPoint = false): WordNumber | null {
  const first = toks[i] as Token;
  // "media docena", "ein halbes Dutzend", "une demi-douzaine"
  let h = i;
  if (lex.articles.has(first.w) && lex.half.has(toks[i + 1]?.w ?? '')) h = i + 1;
  if (lex.half.has((toks[h] as Token).w)) {
    let d = h + 1;
    if (toks[d]?.w === '-') d++;
    if (lex.dozen.has(toks[d]?.w ?? '')) return { b: d + 1, v: 6, scale: 1, base: 6 };
    return null;
  }
  const st: State = {
    total: 0,
    cur: 0,
    small: 0,
    room: Number.POSITIVE_INFINITY,
    last: 'none',
    lastScale: Number.POSITIVE_INFINITY,
    lastUnit: -1,
    und: false,
    scale: 1,
  };
  let j = i;
  let end = i;
  if (lex.articles.has(first.w) && lex.units[first.w] === undefined) {
    const n = toks[i + 1];
    if (!isWord(n) || !(lex.hundred.has(n.w) || lex.scales[n.w] || lex.dozen.has(n.w))) return null;
    st.cur = 1;
    st.small = 1;
    st.room = 0;
    st.last = 'unit';
    j = i + 1;
  }
  for (; j < toks.length; j++) {
    const t = toks[j] as Token;
    if (t.k === PUNCT) {
      // quatre-vingt-dix, dix-sept
      if (t.w === '-' && j === end && j > i && !t.sp && !toks[j + 1]?.sp && piecesOf(toks[j + 1], lex))
        continue;
      break;
    }
    if (!isWord(t)) break;
    if (lex.and.has(t.w)) {
      if (st.last === 'none' || j !== end || !piecesOf(toks[j + 1], lex)) break;
      const save = { ...st };
      st.und = true;
      const next = piecesOf(toks[j + 1], lex) as string[];
      let ok = true;
      for (const p of next) if (!step(st, p, lex)) ok = false;
      if (!ok) {
        Object.assign(st, save);
        break;
      }
      j++;
      end = j + 1;
      continue;
    }
    const pieces = piecesOf(t, lex);
    if (!pieces) break;
    const save = { ...st };
    let ok = true;
    for (const p of pieces) if (!step(st, p, lex)) ok = false;
    if (!ok) {
      Object.assign(st, save);
      break;
    }
    end = j + 1;
  }
  if (st.last === 'none' || end === i) return null;
  let v = st.total + st.cur;
  const dec = noPoint ? null : pointPart(toks, end, lex);
  if (dec) {
    v = Number(`${v}.${dec.digits}`);
    end = dec.b;
  }
  const scale = st.scale;
  return { b: end, v, scale, base: scale === 1 ? v : v / scale };
}

/** "coma veintiocho" -> "28"; "coma cero tres" -> "03"; "con doscientos" -> "2". */
function pointPart(toks: Token[], i: number, lex: Lexicon): { b: number; digits: string } | null {
  const p = toks[i];
  if (!isWord(p) || !lex.point.has(p.w)) return null;
  let digits = '';
  let j = i + 1;
  while (isWord(toks[j]) && (lex.units[(toks[j] as Token).w] ?? 10) < 10 && toks[j + 1]?.w !== '-') {
    const n = toks[j + 1];
    if (digits === '' && isWord(n) && piecesOf(n, lex) && (lex.units[n.w] ?? 10) >= 10) break;
    digits += lex.units[(toks[j] as Token).w];
    j++;
  }
  if (digits.length > 1 || (digits.length === 1 && !piecesOf(toks[j], lex))) return { b: j, digits };
  if (toks[i + 1]?.k === NUM) return null;
  const r = wordNumberIntl(toks, i + 1, lex, true);
  if (!r || !Number.isInteger(r.v)) return null;
  const s = String(r.v).replace(/0+$/, '');
  return s ? { b: r.b, digits: s } : null;
}
