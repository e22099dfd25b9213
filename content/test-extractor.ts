import type { Figure } from '../lib/extract/types';

/**
 * A stand-in extractor for the DOM tests: every match of `pattern` (a /g regex) is an exact
 * "killed" figure, so those tests depend on the page code alone, not on lib/extract.
 */
export function regexExtractor(pattern: RegExp): (text: string) => Figure[] {
  return (text: string): Figure[] =>
    [...text.matchAll(pattern)].map((m) => ({
      start: m.index,
      end: m.index + m[0].length,
      text: m[0],
      low: Number(m[0].replace(/,/g, '')),
      high: Number(m[0].replace(/,/g, '')),
      qualifier: 'exact',
      metric: 'killed',
      party: null,
    }));
}
