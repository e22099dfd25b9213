import type { Lexicon } from '../lexicon/lexicon';

/** How far (UTF-16 units) from a figure the quotation marks of a title are looked for. */
const REACH = 60;
/** A title is a few words: a longer quotation is speech. */
const TITLE_WORDS = 6;

/** The opening quotation marks «“„"‹ and the closing ones »”“"›, by code ("“" and '"' are both). */
const opening = (c: number): boolean =>
  c === 0xab || c === 0x201c || c === 0x201e || c === 34 || c === 0x2039;
const closing = (c: number): boolean =>
  c === 0xbb || c === 0x201d || c === 0x201c || c === 34 || c === 0x203a;
const SENTENCE_MARKS = '.,!?;:';

/**
 * The figure text[start, end) stands inside a short quotation that begins with a capital, holds no
 * sentence of its own and follows a noun of a work (the lexicon's workNouns: film, novela, роман)
 * or is the figure alone: the title of a film or a book (the novel «Un millón de muertos», “300”),
 * not a count. Speech (“We lost 300 men,” he said; сказал: «Погибли 40 военных») is none.
 */
export function titleOfWork(text: string, start: number, end: number, lex: Lexicon): boolean {
  let open = -1;
  // by character codes: most figures have no quotation mark near them, and this runs for each
  for (let k = start - 1; k >= 0 && k >= start - REACH; k--) {
    const c = text.charCodeAt(k);
    if (opening(c)) {
      open = k;
      break;
    }
    if (closing(c) || c === 10) return false;
  }
  if (open < 0) return false;
  let close = -1;
  for (let k = end; k < text.length && k <= end + REACH; k++) {
    const c = text.charCodeAt(k);
    if (closing(c)) {
      close = k;
      break;
    }
    if (c === 10 || (c !== 34 && opening(c))) return false;
  }
  if (close < 0) return false;
  const quoted = text.slice(open + 1, close).trim();
  const first = quoted[0] ?? '';
  if (first === '' || SENTENCE_MARKS.includes(quoted.at(-1) as string)) return false;
  // a capital or a number first: "Un millón de muertos", "300"
  if (first.toLowerCase() === first && !(first >= '0' && first <= '9')) return false;
  if (quoted.split(/\s+/).length > TITLE_WORDS) return false;
  if (quoted === text.slice(start, end)) return true;
  // the few words before the quotation: "the novel", "der Film", "роман"
  const before = text
    .slice(Math.max(0, open - REACH), open)
    .toLowerCase()
    .split(/[^\p{L}]+/u);
  for (let k = before.length - 1; k >= 0 && k >= before.length - 4; k--)
    if (lex.workNouns.has(before[k] as string)) return true;
  return false;
}
