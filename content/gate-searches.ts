import type { GateSearches } from './cue-gate';

/** A search as the background sends it. */
interface Sent {
  source: string;
  flags: string;
}

/**
 * The gate's searches of a page's languages together, from each language's as the background
 * sent them (background/lexicon-cues.ts): each a group of its own, so the tiers' groups stay in
 * threes (content/cue-gate.ts counts them so).
 */
export function gateSearches(langs: readonly { cues: Sent; numbers: Sent }[]): GateSearches | null {
  const first = langs[0];
  if (!first) return null;
  const either = (patterns: Sent[]) => patterns.map((p) => `(?:${p.source})`).join('|');
  return {
    cues: new RegExp(either(langs.map((l) => l.cues)), `${first.cues.flags.replace(/[gy]/g, '')}g`),
    numbers: new RegExp(either(langs.map((l) => l.numbers)), first.numbers.flags.replace(/[gy]/g, '')),
  };
}
