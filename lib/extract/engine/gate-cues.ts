import type { Lexicon } from '../lexicon/lexicon';
import { PEACEKEEPERS, partyBySlug } from '../lexicon/parties';
import { isCasualtyMetric } from '../types';
import { wordAlternatives } from './char-classes';

/**
 * How much a cue word needs around it before a page loads the extractor (content/cue-gate.ts):
 * - 'reach': a number within reach ("killed", "wounded", "casualties": they say what is counted
 *   wherever the number stands in the sentence);
 * - 'near': a number right before or after it (verbs before their number, "sent 500"; nouns of
 *   soldiers after it, "500 troops"; casualty words of everyday use, "300 dead", "lost 300");
 * - 'weakNoun', 'weak': a number right beside it and another cue word within reach, of the first
 *   two tiers, or a weak one of which one of the two is a noun of soldiers ('weakNoun': "police",
 *   "military", "officers"). Weak are troop words, which count only with a noun of soldiers
 *   ("remain", "left"); cue nouns that are ordinary nouns ("lives", "bodies"); the one word of a
 *   phrase ("ground" of "on the ground"); and words of everyday use ("join", "station").
 */
export type GateTier = 'reach' | 'near' | 'weakNoun' | 'weak';

/** The tiers in the order of the gate search's groups. */
export const GATE_TIERS: readonly GateTier[] = ['reach', 'near', 'weakNoun', 'weak'];

interface Entry {
  key: string;
  lex: Lexicon | null;
  tier: 'reach' | 'near' | 'weak';
  noun: boolean;
  compound: boolean;
}

interface Word {
  tier: GateTier;
  compound: boolean;
}

const RANK: Readonly<Record<GateTier, number>> = { reach: 0, near: 1, weakNoun: 2, weak: 2 };

/** Every phrase of the cue filter's search (cue-filter.ts, `cueSearch`) with what it does in the rules. */
function entries(lexicons: readonly Lexicon[]): Entry[] {
  const out: Entry[] = [];
  const add = (key: string, lex: Lexicon | null, tier: Entry['tier'], noun = false, compound = false) =>
    out.push({ key, lex, tier, noun, compound });
  for (const a of partyBySlug(PEACEKEEPERS)?.aliases ?? []) add(a, null, 'near', true);
  for (const lex of lexicons) {
    for (const k of lex.strongWords) add(k, lex, 'near');
    for (const [k, metric] of Object.entries(lex.cues))
      add(k, lex, !isCasualtyMetric(metric) || lex.weakCues.has(k) ? 'weak' : 'reach');
    for (const k of Object.keys(lex.verbs)) if (!lex.haveVerbs.has(k)) add(k, lex, 'near');
    for (const k of lex.releaseVerbs) add(k, lex, 'weak');
    for (const [k, m] of lex.particleVerbs?.particles ?? []) if (m === 'captured') add(k, lex, 'weak');
    for (const [k, kind] of Object.entries(lex.nouns))
      if (kind === 'military') add(k, lex, 'near', true, lex.compoundNouns);
    for (const [k, slug] of Object.entries(lex.parties)) if (slug === PEACEKEEPERS) add(k, lex, 'near', true);
  }
  return out;
}

const wordsOf = (key: string): string[] =>
  key
    .toLowerCase()
    .split(/[\s'’\-,.]+/)
    .filter(Boolean);

/**
 * The gate's word of every phrase of the cue filter in some lexicons, with its tier. A word of one
 * word is itself; a phrase is left to a word of it the gate has already with a tier at least as
 * strong ("forces" for "special forces", "killed" for "killed in action"), else it is matched
 * whole ("service members"), or, written with other signs than letters, it gets its longest word
 * that is not a function word, one tier weaker ("u.n." of "u.n. peacekeepers"). A word of
 * everyday use is a tier weaker; an ordinary noun (`weakCues`) is weak, and so is a common word of
 * one of `others`, the other languages a page is read in (German "die" for English). Every phrase of the cue
 * filter is covered, so a text the gate shuts is one whose numbers lack what their cues need.
 */
export function gateTiers(lexicons: readonly Lexicon[], others: readonly Lexicon[] = []): Map<string, Word> {
  const out = new Map<string, Word>();
  // a common word of another language the page is read in ("die" of German for English's "die")
  const otherWord = (word: string) => others.some((o) => o.common.has(word));
  const tierOf = (e: Entry, word: string, phrase: boolean): GateTier => {
    if (e.lex?.weakCues.has(word) || otherWord(word)) return 'weak';
    const demote = phrase || e.lex?.everydayCues.has(word) ? 1 : 0;
    const rank = Math.min(RANK[e.tier] + demote, 2);
    return rank === 2 ? (e.noun ? 'weakNoun' : 'weak') : (GATE_TIERS[rank] as GateTier);
  };
  const put = (word: string, tier: GateTier, compound: boolean) => {
    const before = out.get(word);
    if (!before) out.set(word, { tier, compound });
    else {
      // a word both lists have needs the least of them; a noun of soldiers pairs with more
      if (RANK[tier] < RANK[before.tier] || (RANK[tier] === 2 && tier === 'weakNoun')) before.tier = tier;
      before.compound ||= compound;
    }
  };
  const all = entries(lexicons);
  for (const e of all) {
    const words = wordsOf(e.key);
    if (words.length === 1) put(words[0] as string, tierOf(e, words[0] as string, false), e.compound);
  }
  for (const e of all) {
    const words = wordsOf(e.key);
    if (words.length < 2) continue;
    // a phrase of words alone is matched whole, with the tier of what it does ("service members")
    const whole = /^[\p{L} ]+$/u.test(e.key.trim());
    const content = words.filter((w) => !e.lex?.functionWords.has(w));
    const pick = (content.length ? content : words).reduce((a, b) => (b.length > a.length ? b : a), '');
    // a phrase with a word of everyday use ("cuenta con") is a tier weaker, as that word alone
    const everyday = words.find((w) => e.lex?.everydayCues.has(w));
    const tier = whole ? tierOf(e, everyday ?? '', false) : tierOf(e, pick, true);
    const covered = words.some((w) => {
      const has = out.get(w);
      return has !== undefined && RANK[has.tier] <= RANK[tier];
    });
    if (!covered) put(whole ? words.join(' ') : pick, tier, e.compound);
  }
  return out;
}

/**
 * The gate's search of some lexicons: one group per tier, in the order of GATE_TIERS, whole
 * words, except that a noun may end a compound in a language that builds them.
 */
export function gateSearch(lexicons: readonly Lexicon[], others: readonly Lexicon[] = []): RegExp {
  const tiers = gateTiers(lexicons, others);
  const group = (tier: GateTier): string => {
    const whole: string[] = [];
    const ends: string[] = [];
    for (const [word, t] of tiers) if (t.tier === tier) (t.compound ? ends : whole).push(word);
    // the words of a phrase with any white space between them (a line break of the page's source)
    const parts = [...wordAlternatives(whole, 'word'), ...wordAlternatives(ends, 'anywhere')].map((p) =>
      p.replaceAll(' ', '\\s+'),
    );
    return `(${parts.length > 0 ? parts.join('|') : '(?!)'})`;
  };
  return new RegExp(GATE_TIERS.map(group).join('|'), 'i');
}
