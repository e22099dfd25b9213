import type { Figure } from '../lib/extract/types';
import type { Extractor } from './mark-figures';

/**
 * An extractor whose code may not be loaded yet: for a text it cannot read yet it answers with the
 * promise of its code (the scanner reads that text again once it settles, and stops if it fails).
 */
export type LoadingExtractor = (...args: Parameters<Extractor>) => Figure[] | Promise<unknown>;

/**
 * How far from a number its cue word can be and still give it its metric: the extractor reads a
 * number with at most 180 characters before it (to its sentence's start and one word more, 40)
 * and 150 after (to a space, 40 more); see lib/extract/engine/window-scan.ts. With a margin.
 */
export const CUE_REACH = 300;

/**
 * How far a number "right beside" a cue word may be: a verb and its number with a bound and a
 * word between ("sent an additional 3,000", "killing at least 12"), a number and its noun of
 * soldiers with a modifier or two ("1,200 more US troops", "500 North Korean soldiers").
 */
export const CUE_NEAR = 40;

/** The page's gate: the search for cue words (groups by tier, engine/gate-cues.ts) and for numbers. */
export interface GateSearches {
  /** global; its groups come in threes, one per tier (reach, near, weak), one three per language */
  cues: RegExp;
  /** not global: digits and number words */
  numbers: RegExp;
}

/** The tiers, in the order of the gate search's groups (lib/extract/engine/gate-cues.ts). */
const REACH = 0;
const NEAR = 1;
const WEAK_NOUN = 2;
const TIERS = 4;

/** The tier of a match of the gate's search: which of its groups matched, counted in fours. */
function tierOf(m: RegExpExecArray): number {
  for (let g = 1; g < m.length; g++) if (m[g] !== undefined) return (g - 1) % TIERS;
  return REACH;
}

/** A cue word of the gate seen in a text. */
interface Seen {
  at: number;
  word: string;
  tier: number;
  /** a number stands within the tier's distance of it */
  numbered: boolean;
}

/** How far numbers and cue words may stand: CUE_REACH and CUE_NEAR, or more (a first look at a page's whole text). */
export interface GateReach {
  reach: number;
  near: number;
}

const EXACT: GateReach = { reach: CUE_REACH, near: CUE_NEAR };

/**
 * The distances of a first look at a page's whole text (page-text.ts), half as far again: there a
 * line break stands between any two text nodes ("about <b>300</b> <a>troops</a>" grows by three),
 * so a block the gate opens for still opens it in the whole text.
 */
export const FIRST_LOOK: GateReach = { reach: CUE_REACH * 1.5, near: CUE_NEAR * 1.5 };

/** Whether two cue words within reach of each other, both weak, give a figure its words. */
const weakPair = (a: Seen, b: Seen): boolean =>
  a.word !== b.word && (a.tier === WEAK_NOUN || b.tier === WEAK_NOUN) && (a.numbered || b.numbered);

/**
 * Whether `text` has what a casualty or troop figure needs before the extractor reads it: a cue
 * word of the first tier with a number within CUE_REACH characters; one of the second with a
 * number within CUE_NEAR; a weak one with a number within CUE_NEAR and, within CUE_REACH, a cue
 * word of the first two tiers, or another weak one of which one of the two is a noun of soldiers.
 * More text never shuts it (a word between two others changes nothing they make together). A text
 * without any cue word costs one search.
 */
export function cueNearNumber(
  text: string,
  { cues, numbers }: GateSearches,
  far: GateReach = EXACT,
): boolean {
  cues.lastIndex = 0;
  const recent: Seen[] = [];
  for (let m = cues.exec(text); m; m = cues.exec(text)) {
    if (m[0].length === 0) {
      cues.lastIndex++;
      continue;
    }
    const at = m.index;
    const tier = tierOf(m);
    const reach = tier === REACH ? far.reach : far.near;
    const window = text.slice(Math.max(at - reach, 0), Math.min(cues.lastIndex + reach, text.length));
    const seen: Seen = { at, word: m[0].toLowerCase(), tier, numbered: numbers.test(window) };
    if (tier <= NEAR && seen.numbered) return true;
    while (recent.length > 0 && at - (recent[0] as Seen).at > far.reach) recent.shift();
    for (const before of recent) {
      const strong = before.tier <= NEAR || tier <= NEAR;
      if (
        strong
          ? (before.tier > NEAR && before.numbered) || (tier > NEAR && seen.numbered)
          : weakPair(before, seen)
      )
        return true;
    }
    recent.push(seen);
  }
  return false;
}

/**
 * An extractor that reads a text block only when it has what a figure needs (`cueNearNumber`, with
 * the searches the background made from the page's lexicons); the extractor's code and lexicons
 * are loaded (`load`) only for the first block that has it, so most pages cost a regular-expression
 * pass per block and load nothing.
 */
export function cueGate(gate: GateSearches, load: () => Promise<Extractor>): LoadingExtractor {
  const searches = { cues: withFlags(gate.cues, 'g'), numbers: withFlags(gate.numbers, '') };
  let extract: Extractor | null = null;
  let loading: Promise<unknown> | null = null;
  return (text, options) => {
    if (!cueNearNumber(text, searches)) return [];
    if (extract) return extract(text, options);
    loading ??= load().then((loaded) => {
      extract = loaded;
    });
    return loading;
  };
}

/** The search with its flags but global and sticky ones, and `add`. */
function withFlags(re: RegExp, add: string): RegExp {
  return new RegExp(re.source, re.flags.replace(/[gy]/g, '') + add);
}
