import type { NumPhrase } from '../engine/number-phrase';
import { BEFORE_END, STARTS_NUMBER } from '../engine/phrase-lists';
import { isPunct } from '../engine/token';
import { NUM, PUNCT, type Token, WORD } from '../engine/tokenize';
import {
  HISTORY_YEAR_BEFORE,
  ID_BEFORE,
  inSet,
  MONEY_OR_AGE,
  MONTHS,
  UNITS_AFTER,
  YEAR_BEFORE,
} from '../engine/word-sets';
import type { Lexicon } from '../lexicon/lexicon';
import type { Candidate } from './candidates';

/**
 * True when the candidate is not a count of people whatever its context: money, percentages,
 * units, ages, ordinals, years, dates, times, phone numbers and identifiers.
 */
export function neverFigure(toks: Token[], c: Candidate, lex: Lexicon): boolean {
  const p = c.p;
  if (p.bad || p.neg || c.p2?.bad) return true;
  if (p.v <= 0 && !p.vague) return true;
  // "un soldado", "ein Soldat": an article alone is not a figure (a numeral word such as "zwei" is)
  if (p.word && p.b - p.a === 1 && c.a === p.a && lex.articles.has((toks[p.a] as Token).w)) return true;
  if (!p.vague && !Number.isInteger(p.v) && p.scale === 1) return true;
  const before = toks[p.a - 1];
  const last = c.p2 ?? p;
  const after = toks[last.b];
  if (inSet(before, MONEY_OR_AGE)) return true;
  if (inSet(before, ID_BEFORE) && (before as Token).k === WORD && c.a === p.a) return true;
  const first = toks[p.a] as Token;
  if (first.k === NUM) {
    // a name or code: "mia826", "Erlkonigin6083" (a number glued to the word before it; not a
    // qualifier, which two inline elements of a page may glue: "<em>about</em><b>300</b>")
    if (before !== undefined && before.k === WORD && !first.sp && (before.f & BEFORE_END) === 0) return true;
    // an identifier written as a long digit run ("Bug 1676388"): counts that large are grouped or in words
    if (!first.g && !first.d && first.nd >= 7 && p.scale === 1) return true;
  }
  if (isReference(toks, p.a, last.b)) return true;
  if (isRatio(toks, c.a, p, lex)) return true;
  if (after && unitAfter(toks, last.b, lex)) return true;
  if (glued(toks, p.a - 1, -1) || glued(toks, last.b, 1)) return true;
  if (isYear(toks, c, p, lex) || (c.p2 && isYear(toks, c, c.p2, lex))) return true;
  if (isDate(toks, p, lex)) return true;
  return false;
}

/**
 * A reference mark: the number alone in square brackets glued to the text it footnotes ("died in
 * 1933.[30]", "husband.[n 3]", "[12][13]" on Wikipedia); "at least [300]" is an editor's bracket.
 */
function isReference(toks: Token[], a: number, b: number): boolean {
  const close = toks[b];
  if (!isPunct(close, ']') || (close as Token).sp) return false;
  const open = isPunct(toks[a - 1], '[') ? toks[a - 1] : toks[a - 2];
  return (
    isPunct(open, '[') && !(open as Token).sp && (open === toks[a - 1] || (toks[a - 1] as Token).k === WORD)
  );
}

/** "1 in 5 soldiers", "one in three": the second number of a proportion counts nobody. */
function isRatio(toks: Token[], a: number, p: NumPhrase, lex: Lexicon): boolean {
  if (!lex.ratioWords.has(toks[a - 1]?.w ?? '')) return false;
  const x = toks[a - 2];
  if (x === undefined) return false;
  if (x.k === NUM) return x.v <= p.v;
  return (x.f & STARTS_NUMBER) !== 0;
}

/** Fractions written as one character (½, ¾, ⅓...): "6 ½ minutes" is no count of people. */
const isFraction = (w: string): boolean => {
  const c = w.charCodeAt(0);
  return w.length === 1 && ((c >= 0xbc && c <= 0xbe) || (c >= 0x2150 && c <= 0x215e));
};

function unitAfter(toks: Token[], i: number, lex: Lexicon): boolean {
  const t = toks[i] as Token;
  if (t.k === PUNCT && isFraction(t.w)) return true;
  if (t.k === PUNCT && t.w === '-' && !t.sp) {
    const n = toks[i + 1];
    // "20-year-old", "five-day": a count used as an adjective; "50,000-strong" stays
    return n !== undefined && n.k === WORD && !n.sp && !lex.strongWords.has(n.w);
  }
  if (t.w === '%' || t.w === '/' || t.w === ':' || t.w === '°') return !(t.w === ':' && t.sp);
  if (t.k !== WORD) return false;
  if (!inSet(t, UNITS_AFTER)) return false;
  // "per cent", not "per day"
  const only = lex.unitsOnlyWith.get(t.w);
  return only === undefined || toks[i + 1]?.w === only;
}

/** A number glued by a hyphen, slash or colon to another number or an identifier: F-16, 2-1, 10:30. */
function glued(toks: Token[], i: number, dir: number): boolean {
  const t = toks[i];
  if (!t || t.k !== PUNCT) return false;
  const far = toks[i + dir];
  const near = toks[i - dir];
  const tight = dir < 0 ? !near?.sp && !t.sp : !t.sp && !far?.sp;
  if (!tight || !far) return false;
  if (t.w === '-' || t.w === '/' || t.w === ':' || t.w === '.')
    return far.k === NUM || (dir < 0 && far.k === WORD);
  if (t.w === '#' || t.w === '+' || t.w === '№') return dir < 0;
  return false;
}

function isYear(toks: Token[], c: Candidate, p: NumPhrase, lex: Lexicon): boolean {
  const t = toks[p.a] as Token;
  if (t.k !== NUM || t.g || t.d || p.scale !== 1 || t.nd !== 4 || p.v > 2100) return false;
  const prev = toks[c.a - 1];
  const next = toks[p.b];
  const counts =
    next !== undefined &&
    next.k === WORD &&
    (lex.nouns[next.w] !== undefined || lex.cues[next.w] !== undefined);
  if (p.v < 1800) return inSet(prev, HISTORY_YEAR_BEFORE) && !counts;
  if (inSet(prev, YEAR_BEFORE) || inSet(prev, MONTHS) || prev?.w === ',') return true;
  return !counts;
}

function isDate(toks: Token[], p: NumPhrase, lex: Lexicon): boolean {
  const t = toks[p.a] as Token;
  if (t.k !== NUM || t.g || t.d || p.v > 31 || p.scale !== 1) return false;
  let prev = toks[p.a - 1];
  if (isPunct(prev, '.')) prev = toks[p.a - 2];
  let next = toks[p.b];
  // "31. Januar"
  if (lex.dottedDays && isPunct(next, '.') && !next?.sp) next = toks[p.b + 1];
  const next2 = lex.dateOf.has(next?.w ?? '') ? toks[p.b + 1] : undefined;
  return (
    inSet(prev, MONTHS) ||
    (inSet(next, MONTHS) && !lex.ambiguousMonths.has((next as Token).w)) ||
    inSet(next2, MONTHS)
  );
}
