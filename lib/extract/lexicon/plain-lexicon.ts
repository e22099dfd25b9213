import type { Lexicon } from './lexicon';

// The receiving side; the sending side (plainLexicon, plainData) is plain-lexicon-send.ts.

/**
 * A compiled lexicon as plain data that survives a message (Chromium sends messages as JSON):
 * every set is `{ $set: words }`, every map `{ $map: entries }`, a regular expression
 * `{ $re: [source, flags] }`, the rest as it is. The background compiles a language's spec once
 * (expanding every word's endings, its countries and parties, building its searches) and sends
 * this; a page only turns the lists back into sets, which costs a fraction of compiling.
 */
export type PlainLexicon = { readonly [field: string]: unknown };

/** Tags no table key can be: a lexicon's keys are words and phrases, never starting with "$". */
export const SET = '$set';
export const MAP = '$map';
export const RE = '$re';

/**
 * Turns the tagged sets and maps of `value` back, in place: an object parsed from a message keeps
 * its fast shape (an object rebuilt key by key of a hundred fields would not), and it is read once.
 */
function fromPlain(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  const fields = value as Record<string, unknown>;
  if (Object.hasOwn(fields, SET)) return new Set(fields[SET] as unknown[]);
  if (Object.hasOwn(fields, RE)) return new RegExp(...(fields[RE] as [string, string]));
  if (Object.hasOwn(fields, MAP))
    return new Map((fields[MAP] as [unknown, unknown][]).map(([k, v]) => [k, fromPlain(v)]));
  for (const k of Object.keys(fields)) {
    const v = fields[k];
    if (v === null || typeof v !== 'object') continue;
    const turned = fromPlain(v);
    if (turned === v) continue;
    if (k === '__proto__') Object.defineProperty(fields, k, { value: turned });
    else fields[k] = turned;
  }
  return value;
}

/** What `plainData` made plain, made from `plain` itself like `lexiconFromPlain`. */
export const fromPlainData = <T>(plain: PlainLexicon): T => fromPlain(plain) as T;

/**
 * The lexicon that `plainLexicon` made plain, with its sets and maps again. Made from `plain`
 * itself (a message's own copy): it is not to be read as plain data afterwards.
 */
export const lexiconFromPlain = (plain: PlainLexicon): Lexicon => fromPlain(plain) as Lexicon;
