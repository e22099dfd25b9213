import type { Lexicon } from './lexicon/types';
import { inList, wordList } from './lists';
import { isPunct, type NumPhrase } from './numbers';
import type { Candidate } from './qualify';
import { NUM, PUNCT, type Token, WORD } from './tokenize';

const MONEY_OR_AGE = wordList((l) => [...l.currencyBefore, ...l.ageBefore]);
const ID_BEFORE = wordList((l) => l.idBefore);
const UNITS_AFTER = wordList((l) => l.unitsAfter);
const YEAR_BEFORE = wordList((l) => l.yearBefore);
const MONTHS = wordList((l) => l.months);

/**
 * True when the candidate is not a count of people whatever its context: money, percentages,
 * units, ages, ordinals, years, dates, times, phone numbers and identifiers.
 */
export function neverFigure(toks: Token[], c: Candidate, lex: Lexicon): boolean {
  const p = c.p;
  if (p.bad || p.neg || c.p2?.bad) return true;
  if (p.v <= 0 && !p.vague) return true;
  // "un soldado", "ein Soldat": an article alone is not a figure (a numeral word such as "zwei" is)
  if (
    p.word &&
    p.b - p.a === 1 &&
    c.a === p.a &&
    lex.lang !== 'en' &&
    lex.articles.has((toks[p.a] as Token).w)
  )
    return true;
  if (!p.vague && !Number.isInteger(p.v) && p.scale === 1) return true;
  const before = toks[p.a - 1];
  const last = c.p2 ?? p;
  const after = toks[last.b];
  if (inList(before, MONEY_OR_AGE)) return true;
  if (inList(before, ID_BEFORE) && (before as Token).k === WORD && c.a === p.a) return true;
  if (after && unitAfter(toks, last.b)) return true;
  if (glued(toks, p.a - 1, -1) || glued(toks, last.b, 1)) return true;
  if (isYear(toks, c, p, lex) || (c.p2 && isYear(toks, c, c.p2, lex))) return true;
  if (isDate(toks, p, lex)) return true;
  return false;
}

function unitAfter(toks: Token[], i: number): boolean {
  const t = toks[i] as Token;
  if (t.k === PUNCT && t.w === '-' && !t.sp) {
    const n = toks[i + 1];
    // "20-year-old", "five-day": a count used as an adjective; "50,000-strong" stays
    return n !== undefined && n.k === WORD && !n.sp && n.w !== 'strong';
  }
  if (t.w === '%' || t.w === '/' || t.w === ':' || t.w === '°') return !(t.w === ':' && t.sp);
  if (t.k !== WORD) return false;
  if (inList(t, UNITS_AFTER)) return !(t.w === 'per' && toks[i + 1]?.w !== 'cent');
  return false;
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
  if (t.k !== NUM || t.g || t.d || p.scale !== 1 || t.nd !== 4 || p.v < 1800 || p.v > 2100) return false;
  const prev = toks[c.a - 1];
  if (inList(prev, YEAR_BEFORE) || inList(prev, MONTHS) || prev?.w === ',') return true;
  const next = toks[p.b];
  return !(next && next.k === WORD && (lex.nouns[next.w] !== undefined || lex.cues[next.w] !== undefined));
}

const OF = new Set(['of']);

function isDate(toks: Token[], p: NumPhrase, lex: Lexicon): boolean {
  const t = toks[p.a] as Token;
  if (t.k !== NUM || t.g || t.d || p.v > 31 || p.scale !== 1) return false;
  let prev = toks[p.a - 1];
  if (isPunct(prev, '.')) prev = toks[p.a - 2];
  let next = toks[p.b];
  // German "31. Januar"
  if (isPunct(next, '.') && !next?.sp && lex.lang !== 'en') next = toks[p.b + 1];
  const next2 = (lex.dateOf ?? OF).has(next?.w ?? '') ? toks[p.b + 1] : undefined;
  return inList(prev, MONTHS) || (inList(next, MONTHS) && next?.w !== 'may') || inList(next2, MONTHS);
}
