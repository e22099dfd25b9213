import type { Metric, Population, Qualifier } from '../types';

/** A figure as a case expects it: [text, low, high, qualifier, metric, party]. */
export type FigureRow = [string, number | null, number | null, Qualifier, Metric, string | null];

/**
 * A sentence of ours with what extraction must find in it, and the rule it pins. The cases of a
 * language sit beside its lexicon (`<lang>.cases.ts`); cases.test.ts runs them all, with the
 * language given and detected, and checks that switching a language rule off changes its cases.
 */
export interface Case {
  text: string;
  /** the rule the case pins: a name of rules/rule-names.ts */
  rule: string;
  /** every figure found, in order ([] for none) */
  figures?: FigureRow[];
  /** or each figure's text and population */
  populations?: [string, Population | null][];
  /** or the last figure's party */
  party?: string | null;
  /** or the first figure's speaker */
  claimedBy?: string;
  /** checked with the language given only, not also detected from the sentence */
  givenOnly?: boolean;
}
