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
 * Whether some cue word of `text` (`cues`, a global search) has a number (digits or a number
 * word: `numbers`, not global) within CUE_REACH characters. Without one no number of the text can
 * be a casualty or troop figure. A text without any cue word costs one search; the text around
 * cue words is searched once, however many cue words share it.
 */
export function cueNearNumber(text: string, cues: RegExp, numbers: RegExp): boolean {
  cues.lastIndex = 0;
  let searched = 0;
  for (let m = cues.exec(text); m; m = cues.exec(text)) {
    if (m[0].length === 0) cues.lastIndex++;
    // a number word cut by the end of the last search is searched again
    const from = Math.max(m.index - CUE_REACH, searched - 40, 0);
    const to = Math.min(cues.lastIndex + CUE_REACH, text.length);
    if (from < to && numbers.test(text.slice(from, to))) return true;
    searched = to;
  }
  return false;
}

/**
 * An extractor that reads a text block only when it has a cue word near a number (`cues`,
 * `numbers`: the searches the background made from the page's lexicons); the extractor's code and
 * lexicons are loaded (`load`) only for the first block that has one, so most pages cost a
 * regular-expression pass per block and load nothing.
 */
export function cueGate(cues: RegExp, numbers: RegExp, load: () => Promise<Extractor>): LoadingExtractor {
  const everyCue = withFlags(cues, 'g');
  const aNumber = withFlags(numbers, '');
  let extract: Extractor | null = null;
  let loading: Promise<unknown> | null = null;
  return (text, options) => {
    if (!cueNearNumber(text, everyCue, aNumber)) return [];
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
