import type { Metric, Qualifier } from '../types';
import { expand, wordSet, wordTable } from './expand';
import { languageRules } from './language-rules';
import type { Lexicon, NounKind } from './lexicon';
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

/**
 * The lexicon a spec describes, with what every language shares (shared.ts): the currency and
 * unit symbols, the international abbreviations, range dashes, "+" after a number, ";" and ":"
 * ending a clause. Called once per language, when its lexicon is first needed.
 */
export function lexiconFromSpec(s: Spec): Lexicon {
  return {
    lang: s.lang,
    rules: languageRules(s.rules ?? []),
    numberWords: s.numberWords,
    groupSeps: s.groupSeps,
    decimalSeps: s.decimalSeps,
    shortCommaDecimals: s.shortCommaDecimals === true,
    units: values(s.units),
    tens: values(s.tens),
    hundred: set(s.hundred),
    hundreds: values(s.hundreds ?? {}),
    scales: values(s.scales),
    scaleAlone: s.scaleAlone === true,
    scaleOfScale: s.scaleOfScale === true,
    suffixScales: { ...(s.suffixScales ?? SHARED_SUFFIX_SCALES) },
    spacedSuffixes: new Set(SHARED_SPACED_SUFFIXES.split('|')),
    dozen: set(s.dozen),
    articles: set(s.articles),
    and: set(s.and),
    point: set(s.point),
    minus: set(s.minus),
    half: set(s.half),
    vague: values(s.vague),
    vagueOne: values(s.vagueOne ?? {}),
    before: wordTable<Qualifier>(s.before as Record<string, string>),
    after: { '+': 'moreThan', ...values(s.after ?? {}) },
    comparisonOf: set(s.comparisonOf),
    rangeOpen: values(s.rangeOpen ?? {}),
    rangeJoin: set(list('-|–|—', s.rangeJoin)),
    changeBy: set(s.changeBy),
    changeTo: set(s.changeTo),
    nouns: wordTable<NounKind>(s.nouns as Record<string, string>),
    modifiers: set(s.modifiers),
    cues: wordTable<Metric>(s.cues as Record<string, string>),
    weakCues: set(s.weakCues),
    antiCues: set(s.antiCues),
    verbs: wordTable<Metric>((s.verbs ?? {}) as Record<string, string>),
    haveVerbs: set(s.haveVerbs),
    particleVerbs: s.particleVerbs
      ? {
          verbs: set(s.particleVerbs.verbs),
          particles: new Map(
            Object.entries(wordTable<Metric>(s.particleVerbs.particles as Record<string, string>)),
          ),
        }
      : undefined,
    aux: set(s.aux),
    passiveAux: set(s.passiveAux),
    links: set(s.links),
    numberingWords: set(s.numberingWords),
    anaphora: set(s.anaphora),
    subset: set(s.subset),
    additionWords: set(s.additionWords),
    joinWords: set(s.joinWords),
    yearBefore: set(s.yearBefore),
    historyYearBefore: set(s.historyYearBefore),
    months: set(s.months),
    ambiguousMonths: set(s.ambiguousMonths),
    dottedDays: s.dottedDays === true,
    currencyBefore: set(list(SHARED_CURRENCIES, s.currencyBefore)),
    unitsAfter: set(list(SHARED_UNITS, s.unitsAfter)),
    unitsOnlyWith: new Map(Object.entries(s.unitsOnlyWith ?? {})),
    ageBefore: set(s.ageBefore),
    idBefore: set(s.idBefore),
    ratioWords: set(s.ratioWords),
    placePreps: set(s.placePreps),
    attackNouns: set(s.attackNouns),
    stop: set(s.stop),
    according: set(s.according),
    saidVerbs: set(s.saidVerbs),
    nameStops: set(s.nameStops),
    notSaying: set(s.notSaying),
    describingArticles: set(s.describingArticles),
    institutionWords: set(s.institutionWords),
    savedVerbs: set(s.savedVerbs),
    elisions: set(s.elisions),
    abbrevs: set(list(SHARED_ABBREVIATIONS, s.abbrevs)),
    timesTens: set(s.timesTens),
    compoundNumbers: s.compoundNumbers === true,
    capNouns: s.capNouns === true,
    compoundNouns: s.compoundNouns === true,
    parties: Object.fromEntries(
      Object.entries(s.parties).flatMap(([aliases, slug]) => expand(aliases).map((w) => [w, slug])),
    ),
    of: set(s.of),
    ofDeterminers: set(s.ofDeterminers),
    partitivePronouns: set(s.partitivePronouns),
    partWords: set(s.partWords),
    unitNouns: set(s.unitNouns),
    dateOf: set(s.dateOf),
    skipBefore: set(s.skipBefore),
    clauseEnd: set(list(';|:', s.clauseEnd)),
    metricNouns: set(s.metricNouns),
    describingNouns: set(s.describingNouns),
    strongWords: set(s.strongWords),
    inWords: set(s.inWords),
    determiners: set(s.determiners),
    partyArticles: set(s.partyArticles),
    crossRefs: set(s.crossRefs),
    triggers: s.triggers ?? [],
    common: set(s.common),
    letters: s.letters ?? '',
    script: s.script ?? 'latin',
    functionWords: set(s.functionWords),
    nameArticles: new Map(Object.entries(s.nameArticles ?? {})),
    genitiveArticles: set(s.genitiveArticles),
    speakerLemmas: new Map(
      Object.entries(s.speakerLemmas ?? {}).flatMap(([lemma, forms]) => expand(forms).map((w) => [w, lemma])),
    ),
    speakerAnaphora: set(s.speakerAnaphora),
    orgWords: set(s.orgWords),
    ofArticles: set(s.ofArticles),
    demonstratives: set(s.demonstratives),
    ofThem: set(s.ofThem),
  };
}
