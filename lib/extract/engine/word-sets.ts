import type { Lexicon } from '../lexicon/lexicon';
import { PARTIES } from '../lexicon/parties';
import type { Token } from './token';

/**
 * The word sets that rules test token by token (`inSet(t, AUX)`, not `lex.aux.has(t.w)`), each by
 * its id: a word's entry holds a bit per set (word-entry.ts), as many numbers as the sets need, so
 * there is no limit to their number. To add one, give it the next id and its words in `wordSetsOf`.
 */
export const STOP = 0;
export const MODIFIERS = 1;
export const MINUS = 2;
export const HUNDRED = 3;
export const DOZEN = 4;
export const SPACED_SUFFIXES = 5;
export const MONEY_OR_AGE = 6;
export const ID_BEFORE = 7;
export const UNITS_AFTER = 8;
export const YEAR_BEFORE = 9;
export const MONTHS = 10;
export const HISTORY_YEAR_BEFORE = 11;
export const SAID = 12;
export const NOT_SAYING = 13;
export const NAME_STOPS = 14;
export const INSTITUTIONS = 15;
export const QUALIFIER_STARTS = 16;
export const PARTY_STARTS = 17;
export const IN_WORDS = 18;
export const PARTY_ARTICLES = 19;
export const PLACE_PREPS = 20;
export const METRIC_NOUNS = 21;
export const SUBSET = 22;
export const AUX = 23;
export const SKIP_BEFORE = 24;
export const CLAUSE_END = 25;
export const LINKS = 26;
export const OF = 27;
export const OF_DETERMINERS = 28;
export const DEMONSTRATIVES = 29;
export const PARTITIVE_PRONOUNS = 30;
export const RATIO_WORDS = 31;
export const ADDITION_WORDS = 32;
export const CHANGE_BY = 33;
export const CHANGE_TO = 34;
export const JOIN_WORDS = 35;
export const DESCRIBING_NOUNS = 36;
export const PASSIVE_AUX = 37;
export const STRONG_WORDS = 38;
export const CONDITIONALS = 39;
export const FUTURE_MODALS = 40;
export const NATURAL_CAUSES = 41;
export const AMONG_TOTAL_ENDS = 42;
export const OF_THEM_STARTS = 43;

/** The words of each set of a lexicon, by id. */
export function wordSetsOf(l: Lexicon): Iterable<string>[] {
  return [
    l.stop,
    l.modifiers,
    l.minus,
    l.hundred,
    l.dozen,
    [...l.spacedSuffixes].map((x) => x.toLowerCase()),
    [...l.currencyBefore, ...l.ageBefore],
    l.idBefore,
    l.unitsAfter,
    l.yearBefore,
    l.months,
    l.historyYearBefore,
    l.saidVerbs,
    l.notSaying,
    l.nameStops,
    l.institutionWords,
    // "mehr als", "more than": a speaker's name ends before them
    Object.keys(l.before).map((k) => k.split(' ')[0] as string),
    partyStarts(l),
    l.inWords,
    l.partyArticles,
    l.placePreps,
    l.metricNouns,
    l.subset,
    l.aux,
    l.skipBefore,
    l.clauseEnd,
    l.links,
    l.of,
    l.ofDeterminers,
    l.demonstratives,
    l.partitivePronouns,
    l.ratioWords,
    l.additionWords,
    l.changeBy,
    l.changeTo,
    l.joinWords,
    l.describingNouns,
    l.passiveAux,
    l.strongWords,
    l.conditionals,
    l.futureModals,
    l.naturalCauses,
    // the last words of "among the dead", the first of "of them": where such a phrase can end or start
    [...l.amongTotal].map((x) => x.split(' ').at(-1) as string),
    [...l.ofThem].map((x) => x.split(' ')[0] as string),
  ];
}

/** The first words of the party names, of the shared list or of the lexicon's own. */
function partyStarts(l: Lexicon): string[] {
  const shared = PARTIES.flatMap((p) => p.aliases.map((a) => a.replace(/'s$/, '').split(' ')[0] as string));
  return [...shared, ...Object.keys(l.parties).map((a) => a.split(' ')[0] as string)];
}

/** True when the token is a word (or punctuation) of the set with that id. */
export const inSet = (t: Token | undefined, set: number): boolean =>
  t !== undefined && ((t.sets[set >>> 5] as number) & (1 << set)) !== 0;
