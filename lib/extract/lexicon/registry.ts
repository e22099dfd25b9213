import type { Lexicon } from './lexicon';

/** The language read when none is given or loaded: it is always there. */
export const DEFAULT_LANGUAGE = 'en';

/** The lexicon fields that map words to values. */
const TABLES = [
  'units',
  'tens',
  'scales',
  'suffixScales',
  'vague',
  'vagueOne',
  'before',
  'after',
  'rangeOpen',
  'changeOpen',
  'halfScales',
  'fractions',
  'nouns',
  'cues',
  'verbs',
  'hundreds',
  'parties',
] as const;

/**
 * Gives the lexicon's word tables no prototype: they are looked up with any word of a text, and
 * "constructor" or "toString" must be no entry (they would be Object.prototype's otherwise).
 */
function ownTables(lex: Lexicon): Lexicon {
  const fields = lex as unknown as Record<string, object | undefined>;
  for (const name of TABLES) {
    const table = fields[name];
    if (table !== undefined && Object.getPrototypeOf(table) !== null)
      fields[name] = Object.assign(Object.create(null) as object, table);
  }
  return lex;
}

/** The lexicons loaded so far, the default language's first. */
let lexicons: Map<string, Lexicon> | null = null;
let version = 0;
/**
 * Makes the default language's lexicon where it ships with the code (the command line, tests);
 * the content script has none: the background sends it English like any other language.
 */
let makeDefault: (() => Lexicon) | null = null;

/** Where the default language's lexicon comes from when none is registered (compiled when first asked for). */
export function setDefaultLexicon(make: () => Lexicon): void {
  makeDefault = make;
}

function loaded(): Map<string, Lexicon> {
  if (!lexicons) {
    lexicons = new Map();
    if (makeDefault) lexicons.set(DEFAULT_LANGUAGE, ownTables(makeDefault()));
  }
  return lexicons;
}

const baseOf = (lang: string | undefined): string =>
  (lang ?? DEFAULT_LANGUAGE).toLowerCase().split(/[-_]/)[0] as string;

/** Makes a language's lexicon available to `extractFigures` (replaces one registered before). */
export function registerLexicon(lang: string, lexicon: Lexicon): void {
  // the default language registered before any use: its built-in lexicon need not be compiled
  if (lexicons === null && baseOf(lang) === DEFAULT_LANGUAGE) lexicons = new Map();
  loaded().set(baseOf(lang), ownTables(lexicon));
  version++;
}

/** True when the language has a lexicon loaded. */
export const hasLexicon = (lang: string | undefined): boolean => loaded().has(baseOf(lang));

/** The loaded lexicons, the default language's first. */
export const loadedLexicons = (): Lexicon[] => [...loaded().values()];

/** Changes each time a lexicon is registered (for caches built over the loaded set). */
export const lexiconsVersion = (): number => version;

/** The lexicon for a language tag ("en", "en-GB"); the default language's when there is none loaded. */
export function lexiconFor(lang: string | undefined): Lexicon {
  const all = loaded();
  const lexicon = all.get(baseOf(lang)) ?? all.get(DEFAULT_LANGUAGE) ?? all.values().next().value;
  if (!lexicon) throw new Error('no lexicon is loaded');
  return lexicon;
}
