import { FIGURE_POPULATIONS } from '../claims/claim';
import { type FieldCheck, isoDate, oneOf } from '../claims/fields';
import { METRICS, QUALIFIERS } from '../extract/types';
import { type Checks, type Failure, isObject, noPayload } from './check-message';
import { LIMITS, type ToBackground } from './contract';

const invalid = (what: string): Failure => ({ error: `${what} is malformed`, reason: 'invalid' });
const tooLarge = (what: string): Failure => ({ error: `${what} is too large`, reason: 'tooLarge' });

/** A field rule of the claim validator read as a message check: what it refuses is `invalid`. */
const field = (check: FieldCheck, value: unknown, what: string): Failure | null =>
  check(value, what).ok ? null : invalid(what);

/** A string of at most `max` characters (optional when `optional`). */
function text(v: unknown, max: number, what: string, optional = false): Failure | null {
  if (v === undefined && optional) return null;
  if (typeof v !== 'string') return invalid(what);
  return v.length > max ? tooLarge(what) : null;
}

/** What every request about a page shares: its date, language and address. */
function checkPage(p: Record<string, unknown>): Failure | null {
  if (p.articleDate !== null && field(isoDate, p.articleDate, 'articleDate')) return invalid('articleDate');
  return text(p.lang, LIMITS.lang, 'lang', true) ?? text(p.pageUrl, LIMITS.url, 'pageUrl', true);
}

/** One figure with its sentence and its place in it. */
function checkFigure(item: Record<string, unknown>): Failure | null {
  const f = item.figure;
  if (!isObject(f)) return invalid('figure');
  const sentence = text(item.sentence, LIMITS.sentence, 'sentence');
  if (sentence) return sentence;
  if (item.span !== undefined && !isSpan(item.span, (item.sentence as string).length)) return invalid('span');
  const figureText = text(f.text, LIMITS.text, 'figure.text');
  if (figureText) return figureText;
  if (!isBound(f.low) || !isBound(f.high)) return invalid('figure bounds');
  const kind =
    field(oneOf(QUALIFIERS), f.qualifier, 'figure.qualifier') ??
    field(oneOf(METRICS), f.metric, 'figure.metric');
  if (kind) return kind;
  if (f.party !== null && text(f.party, LIMITS.party, 'figure.party')) return invalid('figure.party');
  if (f.population != null && field(oneOf(FIGURE_POPULATIONS), f.population, 'figure.population'))
    return invalid('figure.population');
  return text(f.claimedBy, LIMITS.claimant, 'figure.claimedBy', true);
}

function checkContextRequest(p: unknown): Failure | null {
  if (!isObject(p)) return invalid('payload');
  return checkPage(p) ?? checkFigure(p) ?? text(p.articleText, LIMITS.articleText, 'articleText');
}

function checkContextsRequest(p: unknown): Failure | null {
  if (!isObject(p)) return invalid('payload');
  const page = checkPage(p) ?? text(p.title, LIMITS.text * 2, 'title');
  if (page) return page;
  const { passages, figures } = p;
  if (!Array.isArray(passages) || !Array.isArray(figures)) return invalid('passages or figures');
  if (figures.length > LIMITS.batchFigures || passages.length > LIMITS.batchFigures)
    return tooLarge('figures');
  let chars = 0;
  for (const passage of passages) {
    const failure = text(passage, LIMITS.articleText, 'passage');
    if (failure) return failure;
    chars += (passage as string).length;
  }
  if (chars > LIMITS.batchText) return tooLarge('passages');
  for (const item of figures) {
    if (!isObject(item)) return invalid('figures');
    const failure = checkFigure(item);
    if (failure) return failure;
    const at = item.passage;
    if (!Number.isInteger(at) || (at as number) < 0 || (at as number) >= passages.length)
      return invalid('passage index');
  }
  return null;
}

/** The checks of every message to the background. */
export const TO_BACKGROUND: Checks<ToBackground> = {
  'context/get': { check: checkContextRequest },
  'contexts/get': { check: checkContextsRequest },
  'claims/count': { check: noPayload },
  'claims/save': {
    writes: true,
    check: (p) => {
      if (!isObject(p) || !isObject(p.draft)) return invalid('draft');
      return JSON.stringify(p.draft).length > LIMITS.draft ? tooLarge('draft') : null;
    },
  },
  'lexicon/cues': { check: checkLexiconRequest },
  'lexicon/get': { check: checkLexiconRequest },
  'packs/subscribe': {
    writes: true,
    check: (p) =>
      checkPackUrl(p) ??
      text((p as Record<string, unknown>).publicKey, LIMITS.claimant, 'publicKey', true) ??
      text((p as Record<string, unknown>).fingerprint, LIMITS.claimant, 'fingerprint', true),
  },
  'packs/update': { writes: true, check: checkPackUrl },
  'packs/unsubscribe': { writes: true, check: checkPackUrl },
};

/** A request for a language's searches or lexicon: its code, and the page's other languages. */
function checkLexiconRequest(p: unknown): Failure | null {
  if (!isObject(p)) return invalid('payload');
  if (p.readWith === undefined) return text(p.lang, LIMITS.lang, 'lang');
  if (!Array.isArray(p.readWith)) return invalid('readWith');
  if (p.readWith.length > LIMITS.readWith) return tooLarge('readWith');
  return (
    text(p.lang, LIMITS.lang, 'lang') ??
    p.readWith.reduce<Failure | null>((failure, lang) => failure ?? text(lang, LIMITS.lang, 'readWith'), null)
  );
}

/** A pack's address: an http(s) URL within the URL limit. */
function checkPackUrl(p: unknown): Failure | null {
  if (!isObject(p)) return invalid('payload');
  const failure = text(p.url, LIMITS.url, 'url');
  if (failure) return failure;
  return /^https?:\/\/[^\s]+$/i.test(p.url as string) && URL.canParse(p.url as string)
    ? null
    : invalid('url');
}

function isBound(v: unknown): boolean {
  return v === null || (typeof v === 'number' && Number.isFinite(v) && v >= 0);
}
function isSpan(v: unknown, length: number): boolean {
  if (!isObject(v)) return false;
  const { start, end } = v;
  return (
    Number.isInteger(start) &&
    Number.isInteger(end) &&
    (start as number) >= 0 &&
    (start as number) <= (end as number) &&
    (end as number) <= length
  );
}
