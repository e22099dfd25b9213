import type { Claim } from './claims/claim';
import type { ClaimContext } from './claims/compare';
import type { FieldError } from './claims/validate';
import type { Spec as LexiconSpec } from './extract/lexicon/spec';
import { type Figure, METRICS, type Metric, QUALIFIERS, type Qualifier } from './extract/types';

/** The part of a figure the background needs to find and compare its history. */
export type FigureRef = Pick<
  Figure,
  'text' | 'low' | 'high' | 'qualifier' | 'metric' | 'party' | 'claimedBy'
>;

export interface ContextRequest {
  figure: FigureRef;
  /** The sentence the figure stands in, and the article text around it (both capped). */
  sentence: string;
  articleText: string;
  /** The article's publication date (YYYY-MM-DD) from its metadata, when it has one. */
  articleDate: string | null;
}

/** A figure found on the current page, as the popup's "This page" section lists it. */
export interface PageFigure {
  /** Index of the figure on the page, to save it from the popup. */
  index: number;
  figure: FigureRef;
  sentence: string;
  context: ClaimContext | null;
}

/** The one protocol between the content script / popup and the background. */
export interface MessageMap {
  'context/get': { request: ContextRequest; response: ClaimContext };
  'claims/count': { request: Record<string, never>; response: { count: number } };
  /** Saves a claim the reader filled in from a figure on a page ("Save to history"). */
  'claims/save': {
    request: { draft: Record<string, unknown> };
    response: { claim?: Claim; errors: FieldError[] };
  };
  /** The lexicon of a language besides English, for a page that needs it. */
  'lexicon/get': { request: { lang: string }; response: { spec: LexiconSpec | null } };
}

/**
 * Messages the popup sends to the content script of the active tab (browser.tabs.sendMessage):
 * `page/figures` lists the figures found on the page with their context.
 */
export interface TabMessageMap {
  'page/figures': {
    request: Record<string, never>;
    response: { url: string; title: string; articleDate: string | null; figures: PageFigure[] };
  };
  /** Sent by the popup and the background after the claim history changed; no answer. */
  'claims/changed': { request: Record<string, never>; response: undefined };
}

export type MessageType = keyof MessageMap;
export type Message = { [K in MessageType]: { type: K; payload: MessageMap[K]['request'] } }[MessageType];

export const LIMITS = {
  text: 200,
  sentence: 2_000,
  articleText: 20_000,
  claimant: 200,
  draft: 10_000,
} as const;

type Check = { ok: true; message: Message } | { ok: false; error: string };

/** Checks the shape, types and sizes of a message received at run time; unknown messages fail. */
export function parseMessage(raw: unknown): Check {
  if (!isObject(raw) || typeof raw.type !== 'string') return { ok: false, error: 'not a Claimline message' };
  const payload = raw.payload;
  switch (raw.type) {
    case 'claims/count':
      return { ok: true, message: { type: 'claims/count', payload: {} } };
    case 'lexicon/get':
      if (!isObject(payload) || !isText(payload.lang, 10))
        return { ok: false, error: 'lang must be a short string' };
      return { ok: true, message: { type: 'lexicon/get', payload: { lang: payload.lang } } };
    case 'claims/save': {
      if (!isObject(payload) || !isObject(payload.draft))
        return { ok: false, error: 'draft must be an object' };
      if (JSON.stringify(payload.draft).length > LIMITS.draft)
        return { ok: false, error: 'draft is too large' };
      return { ok: true, message: { type: 'claims/save', payload: { draft: payload.draft } } };
    }
    case 'context/get': {
      const error = checkContextRequest(payload);
      if (error) return { ok: false, error };
      return { ok: true, message: { type: 'context/get', payload: payload as ContextRequest } };
    }
    default:
      return { ok: false, error: `unknown message type '${raw.type.slice(0, 40)}'` };
  }
}

function checkContextRequest(p: unknown): string | null {
  if (!isObject(p)) return 'payload must be an object';
  if (!isText(p.sentence, LIMITS.sentence)) return 'sentence must be a string';
  if (!isText(p.articleText, LIMITS.articleText)) return 'articleText must be a string';
  if (
    p.articleDate !== null &&
    !(typeof p.articleDate === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(p.articleDate))
  )
    return 'articleDate must be YYYY-MM-DD or null';
  const f = p.figure;
  if (!isObject(f)) return 'figure must be an object';
  if (!isText(f.text, LIMITS.text)) return 'figure.text must be a short string';
  if (!isBound(f.low) || !isBound(f.high)) return 'figure bounds must be numbers or null';
  if (!QUALIFIERS.includes(f.qualifier as Qualifier)) return 'figure.qualifier is unknown';
  if (!METRICS.includes(f.metric as Metric)) return 'figure.metric is unknown';
  if (f.party !== null && !isText(f.party, 60)) return 'figure.party must be a slug or null';
  if (f.claimedBy !== undefined && !isText(f.claimedBy, LIMITS.claimant))
    return 'figure.claimedBy must be a string';
  return null;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
function isText(v: unknown, max: number): v is string {
  return typeof v === 'string' && v.length <= max;
}
function isBound(v: unknown): boolean {
  return v === null || (typeof v === 'number' && Number.isFinite(v) && v >= 0);
}
