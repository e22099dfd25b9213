import type { Metric, Qualifier } from '../types';
import { expand, wordSet, wordTable } from './expand';
import { languageRules } from './language-rules';
import type { Lexicon, NounKind } from './lexicon';
import { PARTIES } from './parties';
import {
  SHARED_ABBREVIATIONS,
  SHARED_CURRENCIES,
  SHARED_SPACED_SUFFIXES,
  SHARED_SUFFIX_SCALES,
  SHARED_UNITS,
} from './shared';
import type { Spec } from './spec';

export type { Spec } from './spec';

/** { phrase list: value } -> { phrase: value }, every phrase of each list with its endings spelled out. */
function values<T>(r: Readonly<Record<string, T>>): Record<string, T> {
  const out: Record<string, T> = {};
  for (const [k, v] of Object.entries(r)) for (const w of expand(k)) out[w] = v;
  return out;
}

const set = (x: string | undefined): ReadonlySet<string> => wordSet(x ?? '');
const list = (...parts: (string | undefined)[]): string => parts.filter(Boolean).join('|');

/** The lexicon's word lists that are a list of the spec under the same name, and nothing else. */
const WORD_LISTS = [
  'hundred',
  'dozen',
  'articles',
  'and',
  'point',
  'minus',
  'half',
  'oneAndHalf',
  'fractionLinks',
  'comparisonOf',
  'changeBy',
  'changeTo',
  'modifiers',
  'weakCues',
  'everydayCues',
  'antiCues',
  'haveVerbs',
  'aux',
  'passiveAux',
  'links',
  'numberingWords',
  'anaphora',
  'subset',
  'additionWords',
  'joinWords',
  'yearBefore',
  'historyYearBefore',
  'months',
  'ambiguousMonths',
  'ageBefore',
  'idBefore',
  'ratioWords',
  'placePreps',
  'attackNouns',
  'targetPreps',
  'stop',
  'according',
  'saidVerbs',
  'nameStops',
  'notSaying',
  'describingArticles',
  'institutionWords',
  'savedVerbs',
  'elisions',
  'timesTens',
  'of',
  'ofDeterminers',
  'partitivePronouns',
  'partWords',
  'unitNouns',
  'dateOf',
  'skipBefore',
  'metricNouns',
  'describingNouns',
  'strongWords',
  'inWords',
  'determiners',
  'partyArticles',
  'crossRefs',
  'common',
  'functionWords',
  'genitiveArticles',
  'speakerAnaphora',
  'orgWords',
  'ofArticles',
  'demonstratives',
  'ofThem',
  'countPronouns',
  'amongTotal',
  'healthWords',
  'unWords',
  'negations',
  'negationGaps',
  'changeVerbs',
  'totalVerbs',
  'leaveVerbs',
  'homeWords',
  'crowdNouns',
  'levelWords',
  'workNouns',
  'captivityWords',
  'releaseVerbs',
  'naturalCauses',
  'violentCauses',
  'conditionals',
  'futureModals',
  'ageAt',
  'ageComparatives',
  'proportionWords',
  'proportionBases',
  'fromWords',
  'towardWords',
  'killVerbs',
] as const satisfies readonly (keyof Spec & keyof Lexicon)[];

type WordListField = (typeof WORD_LISTS)[number];

/** Every plain word list of a spec, compiled. */
function wordLists(s: Spec): Pick<Lexicon, WordListField> {
  return Object.fromEntries(WORD_LISTS.map((k) => [k, set(s[k] as string | undefined)])) as Pick<
    Lexicon,
    WordListField
  >;
}

/**
 * The lexicon a spec describes, with what every language shares (shared.ts): the currency and
 * unit symbols, the international abbreviations, range dashes, "+" after a number, ";" and ":"
 * ending a clause. Called once per language, when its lexicon is first needed.
 */
export function lexiconFromSpec(s: Spec): Lexicon {
  // built as one literal: a lexicon's fields added one by one would leave it in dictionary mode
  return {
    ...wordLists(s),
    lang: s.lang,
    rules: languageRules(s.rules ?? []),
    numberWords: s.numberWords,
    groupSeps: s.groupSeps,
    decimalSeps: s.decimalSeps,
    shortCommaDecimals: s.shortCommaDecimals === true,
    units: values(s.units),
    tens: values(s.tens),
    hundreds: values(s.hundreds ?? {}),
    scales: values(s.scales),
    scaleAlone: s.scaleAlone === true,
    scaleOfScale: s.scaleOfScale === true,
    suffixScales: { ...(s.suffixScales ?? SHARED_SUFFIX_SCALES) },
    spacedSuffixes: new Set(SHARED_SPACED_SUFFIXES.split('|')),
    vague: values(s.vague),
    vagueOne: values(s.vagueOne ?? {}),
    before: wordTable<Qualifier>(s.before as Record<string, string>),
    after: { '+': 'moreThan', ...values(s.after ?? {}) },
    rangeOpen: values(s.rangeOpen ?? {}),
    changeOpen: values(s.changeOpen ?? {}),
    halfScales: values(s.halfScales ?? {}),
    fractions: values(s.fractions ?? {}),
    rangeJoin: set(list('-|–|—|−', s.rangeJoin)),
    nouns: wordTable<NounKind>(s.nouns as Record<string, string>),
    cues: wordTable<Metric>(s.cues as Record<string, string>),
    verbs: wordTable<Metric>((s.verbs ?? {}) as Record<string, string>),
    particleVerbs: s.particleVerbs
      ? {
          verbs: set(s.particleVerbs.verbs),
          particles: new Map(
            Object.entries(wordTable<Metric>(s.particleVerbs.particles as Record<string, string>)),
          ),
        }
      : undefined,
    dottedDays: s.dottedDays === true,
    currencyBefore: set(list(SHARED_CURRENCIES, s.currencyBefore)),
    unitsAfter: set(list(SHARED_UNITS, s.unitsAfter)),
    unitsOnlyWith: new Map(Object.entries(s.unitsOnlyWith ?? {})),
    abbrevs: set(list(SHARED_ABBREVIATIONS, s.abbrevs)),
    compoundNumbers: s.compoundNumbers === true,
    capNouns: s.capNouns === true,
    compoundNouns: s.compoundNouns === true,
    ...partiesOf(s),
    groupNouns: Object.fromEntries(spelled(s.groupNouns)),
    clauseEnd: set(list(';|:', s.clauseEnd)),
    triggers: [
      ...(s.triggers ?? []),
      ...Object.keys(values(s.halfScales ?? {})),
      ...(s.triggerProducts ?? []).flatMap(([heads, tails]) => heads.flatMap((h) => tails.map((t) => h + t))),
    ],
    letters: s.letters ?? '',
    script: s.script ?? 'latin',
    nameArticles: new Map(Object.entries(s.nameArticles ?? {})),
    speakerLemmas: new Map(
      Object.entries(s.speakerLemmas ?? {}).flatMap(([lemma, forms]) => expand(forms).map((w) => [w, lemma])),
    ),
  };
}

const spelled = (r: Readonly<Record<string, string>> | undefined): [string, string][] =>
  Object.entries(r ?? {}).flatMap(([aliases, slug]) =>
    expand(aliases).map((w) => [w, slug] as [string, string]),
  );

/**
 * The spec's parties, then its countries' (countries.ts) where neither they nor the shared parties
 * name the word already; a country's name counts only with a capital.
 */
function partiesOf(s: Spec): { parties: Record<string, string>; capitalNames: ReadonlySet<string> } {
  const parties: Record<string, string> = Object.fromEntries(spelled(s.parties));
  const capitalNames = new Set<string>();
  if (!s.countries) return { parties, capitalNames };
  const shared = new Set(PARTIES.flatMap((p) => p.aliases));
  const add = (entries: [string, string][], capital: boolean) => {
    for (const [w, slug] of entries) {
      if (w in parties || shared.has(w)) continue;
      parties[w] = slug;
      if (capital) capitalNames.add(w);
    }
  };
  add(spelled(s.countries.demonyms), false);
  add(spelled(s.countries.names), true);
  return { parties, capitalNames };
}
