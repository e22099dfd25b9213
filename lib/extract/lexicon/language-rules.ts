/**
 * The rules that hold in some languages only. A language's spec lists those it uses (`rules`), and
 * the compiled lexicon says of each whether it is on; the rules themselves are in ../rules/.
 */
export const LANGUAGE_RULES = [
  /** "Of the 300 soldiers, 12 were killed", "49 of the 120 seats": the whole is no figure (noun-phrase) */
  'partOfWhole',
  /** "200 men of the military", "40 members of the brigade" are soldiers (noun-phrase) */
  'memberOfUnit',
  /** "soldados norcoreanos", "загиблих українських": the party after the noun or the cue (noun-phrase) */
  'demonymAfterNoun',
  /** "715 fueron estadounidenses": the number's predicate names the party (figure-party) */
  'partyInPredicate',
  /** "1,000 soldiers killed 300 civilians": an active verb counts its object, not its subject (metric) */
  'activeVerbObject',
  /** "600 soldiers remain missing": where they remain says what is counted (metric) */
  'remainThenState',
  /** "300 soldados enviados a Kursk han muerto": the participle describes them, the verb counts them (metric) */
  'participleThenVerb',
  /** "У полоні перебувають 8 тисяч": a verb of being after a cue, the cue counts (metric) */
  'cueBeforeBeingVerb',
  /** "(по другим оценкам — до 15 тысяч)": an aside may stand between a figure and the number joined to it (metric) */
  'joinedAcrossAside',
  /** "nach Angaben des Ministeriums mehr als 300": a speaker's name ends at a function word or a number (claimed-by) */
  'nameEndsAtFunctionWord',
] as const;

export type LanguageRule = (typeof LANGUAGE_RULES)[number];

/** Of every language rule, whether the language uses it (one shape for every lexicon). */
export type LanguageRules = Readonly<Record<LanguageRule, boolean>>;

/** The switches of a language that lists `on`. */
export function languageRules(on: readonly LanguageRule[]): LanguageRules {
  const out = {} as Record<LanguageRule, boolean>;
  for (const rule of LANGUAGE_RULES) out[rule] = on.includes(rule);
  return out;
}
