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
  RATIO_WORDS,
  STRONG_WORDS,
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
  const p = c.number;
  if (p.notCount || p.negative || c.second?.notCount) return true;
  if (p.value <= 0 && !p.vague) return true;
  // "un soldado", "ein Soldat": an article alone is not a figure (a numeral word such as "zwei" is)
  if (p.spelled && p.to - p.from === 1 && c.from === p.from && lex.articles.has((toks[p.from] as Token).word))
    return true;
  if (!p.vague && !Number.isInteger(p.value) && p.scale === 1) return true;
  const before = toks[p.from - 1];
  const last = c.second ?? p;
  const after = toks[last.to];
  if (inSet(before, MONEY_OR_AGE)) return true;
  if (inSet(before, ID_BEFORE) && (before as Token).kind === WORD && c.from === p.from) return true;
  const first = toks[p.from] as Token;
  if (first.kind === NUM) {
    // a name or code: "mia826", "Erlkonigin6083" (a number glued to the word before it; not a
    // qualifier, which two inline elements of a page may glue: "<em>about</em><b>300</b>")
    if (before !== undefined && before.kind === WORD && !first.spaced && (before.starts & BEFORE_END) === 0)
      return true;
    // an identifier written as a long digit run ("Bug 1676388"): counts that large are grouped or in words
    if (!first.grouped && !first.decimal && first.digits >= 7 && p.scale === 1) return true;
  }
  if (isReference(toks, p.from, last.to)) return true;
  if (isRatio(toks, c.from, p, lex)) return true;
  if (after && unitAfter(toks, last.to, lex)) return true;
  if (glued(toks, p.from - 1, -1) || glued(toks, last.to, 1)) return true;
  if (isYear(toks, c, p, lex) || (c.second && isYear(toks, c, c.second, lex))) return true;
  if (isDate(toks, p, lex)) return true;
  return false;
}

/**
 * A reference mark: the number alone in square brackets glued to the text it footnotes ("died in
 * 1933.[30]", "husband.[n 3]", "[12][13]" on Wikipedia); "at least [300]" is an editor's bracket.
 */
function isReference(toks: Token[], a: number, b: number): boolean {
  const close = toks[b];
  if (!isPunct(close, ']') || (close as Token).spaced) return false;
  const open = isPunct(toks[a - 1], '[') ? toks[a - 1] : toks[a - 2];
  return (
    isPunct(open, '[') &&
    !(open as Token).spaced &&
    (open === toks[a - 1] || (toks[a - 1] as Token).kind === WORD)
  );
}

/** "1 in 5 soldiers", "one in three": the second number of a proportion counts nobody. */
function isRatio(toks: Token[], a: number, p: NumPhrase, _lex: Lexicon): boolean {
  if (!inSet(toks[a - 1], RATIO_WORDS)) return false;
  const x = toks[a - 2];
  if (x === undefined) return false;
  if (x.kind === NUM) return x.value <= p.value;
  return (x.starts & STARTS_NUMBER) !== 0;
}

/** Fractions written as one character (½, ¾, ⅓...): "6 ½ minutes" is no count of people. */
const isFraction = (w: string): boolean => {
  const c = w.charCodeAt(0);
  return w.length === 1 && ((c >= 0xbc && c <= 0xbe) || (c >= 0x2150 && c <= 0x215e));
};

function unitAfter(toks: Token[], i: number, lex: Lexicon): boolean {
  const t = toks[i] as Token;
  if (t.kind === PUNCT && isFraction(t.word)) return true;
  if (t.kind === PUNCT && t.word === '-' && !t.spaced) {
    const n = toks[i + 1];
    // "20-year-old", "five-day": a count used as an adjective; "50,000-strong" stays
    return n !== undefined && n.kind === WORD && !n.spaced && !inSet(n, STRONG_WORDS);
  }
  if (t.word === '%' || t.word === '/' || t.word === ':' || t.word === '°')
    return !(t.word === ':' && t.spaced);
  if (t.kind !== WORD) return false;
  if (!inSet(t, UNITS_AFTER)) return false;
  // "per cent", not "per day"
  const only = lex.unitsOnlyWith.get(t.word);
  return only === undefined || toks[i + 1]?.word === only;
}

/** A number glued by a hyphen, slash or colon to another number or an identifier: F-16, 2-1, 10:30. */
function glued(toks: Token[], i: number, dir: number): boolean {
  const t = toks[i];
  if (!t || t.kind !== PUNCT) return false;
  const far = toks[i + dir];
  const near = toks[i - dir];
  const tight = dir < 0 ? !near?.spaced && !t.spaced : !t.spaced && !far?.spaced;
  if (!tight || !far) return false;
  if (t.word === '-' || t.word === '/' || t.word === ':' || t.word === '.')
    return far.kind === NUM || (dir < 0 && far.kind === WORD);
  if (t.word === '#' || t.word === '+' || t.word === '№') return dir < 0;
  return false;
}

function isYear(toks: Token[], c: Candidate, p: NumPhrase, lex: Lexicon): boolean {
  const t = toks[p.from] as Token;
  if (t.kind !== NUM || t.grouped || t.decimal || p.scale !== 1 || t.digits !== 4 || p.value > 2100)
    return false;
  const prev = toks[c.from - 1];
  const next = toks[p.to];
  const counts =
    next !== undefined &&
    next.kind === WORD &&
    (lex.nouns[next.word] !== undefined || lex.cues[next.word] !== undefined);
  if (p.value < 1800) return inSet(prev, HISTORY_YEAR_BEFORE) && !counts;
  // "с 5000 до 2000 военных": the new value of a count the number before (no year) gives
  const earlier = toks[c.from - 2];
  if (counts && earlier?.kind === NUM && (earlier.grouped || earlier.value > 2100)) return false;
  if (inSet(prev, YEAR_BEFORE) || inSet(prev, MONTHS) || prev?.word === ',') return true;
  return !counts;
}

function isDate(toks: Token[], p: NumPhrase, lex: Lexicon): boolean {
  const t = toks[p.from] as Token;
  if (t.kind !== NUM || t.grouped || t.decimal || p.value > 31 || p.scale !== 1) return false;
  let prev = toks[p.from - 1];
  if (isPunct(prev, '.')) prev = toks[p.from - 2];
  let next = toks[p.to];
  // "31. Januar"
  if (lex.dottedDays && isPunct(next, '.') && !next?.spaced) next = toks[p.to + 1];
  const next2 = lex.dateOf.has(next?.word ?? '') ? toks[p.to + 1] : undefined;
  return (
    inSet(prev, MONTHS) ||
    (inSet(next, MONTHS) && !lex.ambiguousMonths.has((next as Token).word)) ||
    inSet(next2, MONTHS)
  );
}
