import type { Lexicon } from './lexicon';
import { MAP, type PlainLexicon, RE, SET } from './plain-lexicon';

// The sending side of plain-lexicon.ts, apart: only the background sends, and pages load the other side.

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

/** A compiled lexicon as plain data for a message (see `PlainLexicon`). */
export const plainLexicon = (lex: Lexicon): PlainLexicon => toPlain(lex) as PlainLexicon;

/** Any object of a lexicon's (its searches: engine/lexicon-searches.ts) as plain data, like `plainLexicon`. */
export const plainData = (value: object): PlainLexicon => toPlain(value) as PlainLexicon;
