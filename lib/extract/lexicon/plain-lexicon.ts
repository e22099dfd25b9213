import type { Lexicon } from './lexicon';

/**
 * A compiled lexicon as plain data that survives a message (Chromium sends messages as JSON):
 * every set is `{ $set: words }`, every map `{ $map: entries }`, a regular expression
 * `{ $re: [source, flags] }`, the rest as it is. The background compiles a language's spec once
 * (expanding every word's endings, its countries and parties, building its searches) and sends
 * this; a page only turns the lists back into sets, which costs a fraction of compiling.
 */
export type PlainLexicon = { readonly [field: string]: unknown };

/** Tags no table key can be: a lexicon's keys are words and phrases, never starting with "$". */
const SET = '$set';
const MAP = '$map';
const RE = '$re';

function toPlain(value: unknown): unknown {
  if (value instanceof Set) return { [SET]: [...value] };
  if (value instanceof Map) return { [MAP]: [...value].map(([k, v]) => [k, toPlain(v)]) };
  if (value instanceof RegExp) return { [RE]: [value.source, value.flags] };
  if (Array.isArray(value)) return value.map(toPlain);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      if (k.startsWith('$')) throw new Error(`plain-lexicon: a key "${k}" would read as a tag`);
      // defined, not assigned: a key "__proto__" must stay a key
      Object.defineProperty(out, k, {
        value: toPlain(v),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
    return out;
  }
  return value;
}

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

/** A compiled lexicon as plain data for a message (see `PlainLexicon`). */
export const plainLexicon = (lex: Lexicon): PlainLexicon => toPlain(lex) as PlainLexicon;

/** Any object of a lexicon's (its searches: engine/lexicon-searches.ts) as plain data, like `plainLexicon`. */
export const plainData = (value: object): PlainLexicon => toPlain(value) as PlainLexicon;

/** What `plainData` made plain, made from `plain` itself like `lexiconFromPlain`. */
export const fromPlainData = <T>(plain: PlainLexicon): T => fromPlain(plain) as T;

/**
 * The lexicon that `plainLexicon` made plain, with its sets and maps again. Made from `plain`
 * itself (a message's own copy): it is not to be read as plain data afterwards.
 */
export const lexiconFromPlain = (plain: PlainLexicon): Lexicon => fromPlain(plain) as Lexicon;
