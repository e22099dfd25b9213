import type { Lexicon } from '../lexicon/lexicon';
import { splitCompound } from './compound-number';
import { fractionOfScale } from './fraction-of-scale';
import { type NumberState, step } from './inflected-number-step';
import type { WordNumber } from './plain-number-words';
import { NUM, PUNCT, type Token, WORD } from './token';

const isWord = (t: Token | undefined): t is Token => t !== undefined && t.kind === WORD;

/** The pieces of token j as number words, or null. */
function piecesOf(t: Token | undefined, lex: Lexicon): string[] | null {
  if (!isWord(t)) return null;
  if (isNumberWord1(t.word, lex)) return [t.word];
  return lex.compoundNumbers ? splitCompound(t.word, lex) : null;
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
export function readInflectedNumber(
  toks: Token[],
  i: number,
  lex: Lexicon,
  noPoint = false,
): WordNumber | null {
  const first = toks[i] as Token;
  const fraction = fractionOfScale(toks, i, lex);
  if (fraction) return fraction;
  // "media docena", "ein halbes Dutzend", "une demi-douzaine"
  let h = i;
  if (lex.articles.has(first.word) && lex.half.has(toks[i + 1]?.word ?? '')) h = i + 1;
  if (lex.half.has((toks[h] as Token).word)) {
    let d = h + 1;
    if (toks[d]?.word === '-') d++;
    if (lex.dozen.has(toks[d]?.word ?? '')) return { end: d + 1, value: 6, scale: 1, base: 6 };
    // "medio millón", "un demi-million", "eine halbe Million", "пів мільйона"
    const scale = lex.scales[toks[d]?.word ?? ''];
    return scale !== undefined ? { end: d + 1, value: scale / 2, scale, base: 0.5 } : null;
  }
  // "полмиллиона": half a scale in one word
  const halfScale = lex.halfScales[first.word];
  if (halfScale !== undefined) return { end: i + 1, value: halfScale, scale: halfScale * 2, base: 0.5 };
  // "полторы тысячи", "півтори тисячі"
  if (lex.oneAndHalf.has(first.word)) {
    const scale = lex.scales[toks[i + 1]?.word ?? ''];
    return scale !== undefined ? { end: i + 2, value: scale * 1.5, scale, base: 1.5 } : null;
  }
  const st: NumberState = {
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
  if (lex.articles.has(first.word) && lex.units[first.word] === undefined) {
    const n = toks[i + 1];
    if (!isWord(n) || !(lex.hundred.has(n.word) || lex.scales[n.word] || lex.dozen.has(n.word))) return null;
    st.cur = 1;
    st.small = 1;
    st.room = 0;
    st.last = 'unit';
    j = i + 1;
  }
  for (; j < toks.length; j++) {
    const t = toks[j] as Token;
    if (t.kind === PUNCT) {
      // quatre-vingt-dix, dix-sept
      if (
        t.word === '-' &&
        j === end &&
        j > i &&
        !t.spaced &&
        !toks[j + 1]?.spaced &&
        piecesOf(toks[j + 1], lex)
      )
        continue;
      break;
    }
    if (!isWord(t)) break;
    if (lex.and.has(t.word)) {
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
  return { end: end, value: v, scale, base: scale === 1 ? v : v / scale };
}

/** "coma veintiocho" -> "28"; "coma cero tres" -> "03"; "con doscientos" -> "2". */
function pointPart(toks: Token[], i: number, lex: Lexicon): { b: number; digits: string } | null {
  const p = toks[i];
  if (!isWord(p) || !lex.point.has(p.word)) return null;
  let digits = '';
  let j = i + 1;
  while (isWord(toks[j]) && (lex.units[(toks[j] as Token).word] ?? 10) < 10 && toks[j + 1]?.word !== '-') {
    const n = toks[j + 1];
    if (digits === '' && isWord(n) && piecesOf(n, lex) && (lex.units[n.word] ?? 10) >= 10) break;
    digits += lex.units[(toks[j] as Token).word];
    j++;
  }
  if (digits.length > 1 || (digits.length === 1 && !piecesOf(toks[j], lex))) return { b: j, digits };
  if (toks[i + 1]?.kind === NUM) return null;
  const r = readInflectedNumber(toks, i + 1, lex, true);
  if (!r || !Number.isInteger(r.value)) return null;
  const s = String(r.value).replace(/0+$/, '');
  return s ? { b: r.end, digits: s } : null;
}
