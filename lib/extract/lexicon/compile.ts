import { splitCompound, wordNumberIntl } from '../engine/inflected-number-words';
import type { Metric, Qualifier } from '../types';
import { expand, wordSet, wordTable } from './expand';
import type { Lexicon, NounKind } from './lexicon';

/** What a language's lexicon file writes: lists as strings (see build.ts), tables as records. */
export interface Spec {
  lang: string;
  groupSeps: string;
  decimalSeps: string;
  units: Record<string, number>;
  tens: Record<string, number>;
  hundred?: string;
  hundreds?: Record<string, number>;
  scales: Record<string, number>;
  abbrevs?: string;
  dozen?: string;
  articles?: string;
  and?: string;
  point?: string;
  minus?: string;
  half?: string;
  vague: Record<string, readonly [number, number]>;
  vagueOne?: Record<string, number>;
  before: Partial<Record<Qualifier, string>>;
  after?: Record<string, Qualifier>;
  rangeOpen?: Record<string, string>;
  rangeJoin?: string;
  nouns: Partial<Record<NounKind, string>>;
  modifiers?: string;
  cues: Partial<Record<Metric, string>>;
  antiCues?: string;
  verbs?: Partial<Record<Metric, string>>;
  aux?: string;
  links?: string;
  anaphora?: string;
  subset?: string;
  yearBefore?: string;
  months: string;
  unitsAfter?: string;
  ageBefore?: string;
  idBefore?: string;
  placePreps?: string;
  stop?: string;
  according?: string;
  saidVerbs?: string;
  parties: Record<string, string>;
  of?: string;
  dateOf?: string;
  skipBefore?: string;
  particleVerbs?: { verbs: string; particles: Partial<Record<Metric, string>> };
  clauseEnd?: string;
  inWords?: string;
  determiners?: string;
  partyArticles?: string;
  crossRefs?: string;
  metricNouns?: string;
  savedVerbs?: string;
  elisions?: string;
  timesTens?: string;
  compoundNumbers?: boolean;
  capNouns?: boolean;
  compoundNouns?: boolean;
  triggers?: string[];
  common: string;
  /** article -> what it becomes at the start of a speaker's name ("" drops it) */
  nameArticles?: Record<string, string>;
  genitiveArticles?: string;
  /** nominative -> its other forms ("генштаб": "генштаб(а|у|ом|е)") */
  speakerLemmas?: Record<string, string>;
  speakerAnaphora?: string;
  orgWords?: string;
  ofArticles?: string;
  demonstratives?: string;
  ofThem?: string;
}

const SYMBOL_CURRENCY = '$|£|€|¥|₴|₽|₹|us$|usd|eur|gbp|uah|rub|chf';
const SYMBOL_UNITS = '%|‰|°|/|:|km|m|kg|cm|mm|h|ha|t|mw|gw|km²|°c';

/** A lexicon from its spec, with the shared symbols (currencies, units) every language writes alike. */
export function lexicon(s: Spec): Lexicon {
  const set = (x: string | undefined): ReadonlySet<string> => wordSet(x ?? '');
  const qual = (r: Partial<Record<Qualifier, string>>): Record<string, Qualifier> =>
    wordTable<Qualifier>(r as Record<string, string>);
  const values = (r: Record<string, number>): Record<string, number> => {
    const out: Record<string, number> = {};
    for (const [k, v] of Object.entries(r)) for (const w of expand(k)) out[w] = v;
    return out;
  };
  const vague: Record<string, readonly [number, number]> = {};
  for (const [k, v] of Object.entries(s.vague)) for (const w of expand(k)) vague[w] = v;
  const after: Record<string, Qualifier> = { '+': 'moreThan' };
  for (const [k, v] of Object.entries(s.after ?? {})) for (const w of expand(k)) after[w] = v;
  const rangeOpen: Record<string, string> = {};
  for (const [k, v] of Object.entries(s.rangeOpen ?? {})) for (const w of expand(k)) rangeOpen[w] = v;
  return {
    lang: s.lang,
    groupSeps: s.groupSeps,
    decimalSeps: s.decimalSeps,
    units: values(s.units),
    tens: values(s.tens),
    hundred: set(s.hundred),
    hundreds: s.hundreds ? values(s.hundreds) : undefined,
    scales: values(s.scales),
    suffixScales: { k: 1e3, K: 1e3, M: 1e6, G: 1e9 },
    dozen: set(s.dozen),
    articles: set(s.articles),
    and: set(s.and),
    point: set(s.point),
    minus: set(s.minus),
    half: set(s.half),
    vague,
    vagueOne: s.vagueOne ? values(s.vagueOne) : undefined,
    before: qual(s.before),
    after,
    rangeOpen,
    rangeJoin: set(`-|–|—|${s.rangeJoin ?? ''}`),
    nouns: wordTable<NounKind>(s.nouns as Record<string, string>),
    modifiers: set(s.modifiers),
    cues: wordTable<Metric>(s.cues as Record<string, string>),
    antiCues: set(s.antiCues),
    verbs: wordTable<Metric>((s.verbs ?? {}) as Record<string, string>),
    particleVerbs: s.particleVerbs
      ? {
          verbs: set(s.particleVerbs.verbs),
          particles: new Map(
            Object.entries(wordTable<Metric>(s.particleVerbs.particles as Record<string, string>)),
          ),
        }
      : undefined,
    aux: set(s.aux),
    links: set(s.links),
    anaphora: set(s.anaphora),
    subset: set(s.subset),
    yearBefore: set(s.yearBefore),
    months: set(s.months),
    currencyBefore: set(SYMBOL_CURRENCY),
    unitsAfter: set(`${SYMBOL_UNITS}|${s.unitsAfter ?? ''}`),
    ageBefore: set(s.ageBefore),
    idBefore: set(s.idBefore),
    ordinalSuffixes: set(''),
    placePreps: set(s.placePreps),
    stop: set(s.stop),
    according: set(s.according),
    saidVerbs: set(s.saidVerbs),
    weakCues: set(''),
    savedVerbs: set(s.savedVerbs),
    elisions: s.elisions ? set(s.elisions) : undefined,
    abbrevs: set(s.abbrevs),
    timesTens: s.timesTens ? set(s.timesTens) : undefined,
    compoundNumbers: s.compoundNumbers,
    wordNumber: wordNumberIntl,
    splitCompound: s.compoundNumbers ? splitCompound : undefined,
    capNouns: s.capNouns,
    compoundNouns: s.compoundNouns,
    parties: Object.fromEntries(
      Object.entries(s.parties).flatMap(([list, slug]) => expand(list).map((w) => [w, slug])),
    ),
    of: set(s.of),
    dateOf: set(s.dateOf),
    skipBefore: set(s.skipBefore),
    clauseEnd: set(`;|:|${s.clauseEnd ?? ''}`),
    haveVerbs: set(''),
    metricNouns: set(s.metricNouns),
    inWords: set(s.inWords),
    determiners: set(s.determiners),
    partyArticles: set(s.partyArticles),
    crossRefs: s.crossRefs ? set(s.crossRefs) : undefined,
    triggers: s.triggers,
    common: set(s.common),
    nameArticles: new Map(Object.entries(s.nameArticles ?? {})),
    genitiveArticles: set(s.genitiveArticles),
    speakerLemmas: new Map(
      Object.entries(s.speakerLemmas ?? {}).flatMap(([lemma, list]) => expand(list).map((w) => [w, lemma])),
    ),
    speakerAnaphora: set(s.speakerAnaphora),
    orgWords: set(s.orgWords),
    ofArticles: set(s.ofArticles),
    demonstratives: set(s.demonstratives),
    ofThem: set(s.ofThem),
  };
}
