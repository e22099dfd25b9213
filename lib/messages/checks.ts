import { METRICS, type Metric, QUALIFIERS, type Qualifier } from '../extract/types';
import { type ContextRequest, type ContextsRequest, LIMITS, type Message, type Refusal } from './contract';

/** A known message refused: what failed (for logs) and why, as a reason the UI words. */
interface Failure {
  error: string;
  reason: Refusal;
}
type Check = { ok: true; message: Message } | { ok: false; error: string; reason: Refusal | 'unknown' };

const POPULATIONS = ['military', 'civilian', 'mixed'];
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Checks the shape, types and sizes of a message received at run time. Unknown messages fail with
 * reason `unknown` (the background leaves them to other listeners); a known message that fails
 * says why (`invalid`, `tooLarge`).
 */
export function parseMessage(raw: unknown): Check {
  if (!isObject(raw) || typeof raw.type !== 'string')
    return { ok: false, error: 'not a Claimline message', reason: 'unknown' };
  const payload = raw.payload;
  let failure: Failure | null;
  switch (raw.type) {
    case 'claims/count':
      return { ok: true, message: { type: 'claims/count', payload: {} } };
    case 'lexicon/get': {
      if (!isObject(payload)) return fail(invalid('payload'));
      failure = text(payload.lang, LIMITS.lang, 'lang');
      if (failure) return fail(failure);
      return { ok: true, message: { type: 'lexicon/get', payload: { lang: payload.lang as string } } };
    }
    case 'claims/save': {
      if (!isObject(payload) || !isObject(payload.draft)) return fail(invalid('draft'));
      if (JSON.stringify(payload.draft).length > LIMITS.draft) return fail(tooLarge('draft'));
      return { ok: true, message: { type: 'claims/save', payload: { draft: payload.draft } } };
    }
    case 'context/get':
      failure = checkContextRequest(payload);
      if (failure) return fail(failure);
      return { ok: true, message: { type: 'context/get', payload: payload as ContextRequest } };
    case 'contexts/get':
      failure = checkContextsRequest(payload);
      if (failure) return fail(failure);
      return { ok: true, message: { type: 'contexts/get', payload: payload as ContextsRequest } };
    default:
      return { ok: false, error: `unknown message type '${raw.type.slice(0, 40)}'`, reason: 'unknown' };
  }
}

const fail = (f: Failure): Check => ({ ok: false, ...f });
const invalid = (what: string): Failure => ({ error: `${what} is malformed`, reason: 'invalid' });
const tooLarge = (what: string): Failure => ({ error: `${what} is too large`, reason: 'tooLarge' });

/** A string of at most `max` characters (optional when `optional`). */
function text(v: unknown, max: number, what: string, optional = false): Failure | null {
  if (v === undefined && optional) return null;
  if (typeof v !== 'string') return invalid(what);
  return v.length > max ? tooLarge(what) : null;
}

/** What every request about a page shares: its date, language and address. */
function checkPage(p: Record<string, unknown>): Failure | null {
  if (p.articleDate !== null && !(typeof p.articleDate === 'string' && DAY.test(p.articleDate)))
    return invalid('articleDate');
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
  if (!QUALIFIERS.includes(f.qualifier as Qualifier)) return invalid('figure.qualifier');
  if (!METRICS.includes(f.metric as Metric)) return invalid('figure.metric');
  if (f.party !== null && text(f.party, LIMITS.party, 'figure.party')) return invalid('figure.party');
  if (f.population != null && !POPULATIONS.includes(f.population as string))
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

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
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
