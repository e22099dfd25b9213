import { PARTY_LIST } from '../extract/lexicon/party-list';
import type { Said } from './amount';
import type { ClaimantType } from './claim';
import { CLAIMANT_ALIASES as ALIASES } from './claimant-aliases';

/** Who a claimant is: a government or army of one side, or a body outside governments. */
export type ClaimantKind = 'government' | 'un-ngo' | 'independent' | 'media';

interface Claimant {
  /** Short display label used inside sentences ("South Korean intelligence's January estimate"). */
  short: string;
  kind: ClaimantKind;
  /** For governments: the country or side it speaks for (a party slug or a country slug). */
  side?: string;
}

/** Claimants of the seed history, by their full `claimedBy` name. */
const CLAIMANTS: Readonly<Record<string, Claimant>> = {
  'South Korea National Intelligence Service': {
    short: 'South Korean intelligence',
    kind: 'government',
    side: 'south-korea',
  },
  'South Korea Joint Chiefs of Staff': {
    short: "South Korea's Joint Chiefs",
    kind: 'government',
    side: 'south-korea',
  },
  'US Department of Defense': { short: 'the Pentagon', kind: 'government', side: 'us' },
  'US Department of State': { short: 'the US State Department', kind: 'government', side: 'us' },
  'US White House National Security Council': { short: 'the White House', kind: 'government', side: 'us' },
  'US Joint Chiefs of Staff': { short: 'the US Joint Chiefs', kind: 'government', side: 'us' },
  'US Defense Intelligence Agency': { short: 'US defence intelligence', kind: 'government', side: 'us' },
  'Donald Trump, US President-elect': { short: 'Trump', kind: 'government', side: 'us' },
  'Western officials (anonymous)': { short: 'Western officials', kind: 'government', side: 'west' },
  'UK Ministry of Defence (Defence Intelligence)': {
    short: 'British defence intelligence',
    kind: 'government',
    side: 'uk',
  },
  'Ukraine Center for Countering Disinformation (NSDC)': {
    short: "Ukraine's disinformation centre",
    kind: 'government',
    side: 'ukraine',
  },
  'Ukraine Defence Intelligence (HUR)': {
    short: 'Ukrainian military intelligence',
    kind: 'government',
    side: 'ukraine',
  },
  'Volodymyr Zelenskyy, President of Ukraine': { short: 'Zelenskyy', kind: 'government', side: 'ukraine' },
  "Oleksandr Syrskyi, Commander-in-Chief of Ukraine's Armed Forces": {
    short: 'Syrskyi',
    kind: 'government',
    side: 'ukraine',
  },
  'Ukraine General Staff of the Armed Forces': {
    short: "Ukraine's General Staff",
    kind: 'government',
    side: 'ukraine',
  },
  'North Korea state media (KCNA)': {
    short: 'North Korean state media',
    kind: 'government',
    side: 'north-korea',
  },
  'Russia Ministry of Defence': { short: "Russia's defence ministry", kind: 'government', side: 'russia' },
  'Russia General Staff': { short: "Russia's General Staff", kind: 'government', side: 'russia' },
  'Gaza Health Ministry': { short: "Gaza's health ministry", kind: 'government', side: 'palestinians' },
  'Israel National Security Council': {
    short: "Israel's security council",
    kind: 'government',
    side: 'israel',
  },
  'Israel Defense Forces': { short: 'the Israeli military', kind: 'government', side: 'israel' },
  'Benjamin Netanyahu, Prime Minister of Israel': { short: 'Netanyahu', kind: 'government', side: 'israel' },
  'Israel (government/military)': { short: 'Israel', kind: 'government', side: 'israel' },
  'BBC Russian Service and Mediazona': { short: 'BBC Russian and Mediazona', kind: 'independent' },
  'Meduza and Mediazona (statistical estimate)': { short: 'Meduza and Mediazona', kind: 'independent' },
  'London School of Hygiene and Tropical Medicine, Sudan Research Group': {
    short: 'LSHTM researchers',
    kind: 'independent',
  },
  'Office of the UN High Commissioner for Human Rights (OHCHR)': {
    short: 'the UN rights office',
    kind: 'un-ngo',
  },
  'UN Human Rights Monitoring Mission in Ukraine (OHCHR)': {
    short: 'the UN monitoring mission',
    kind: 'un-ngo',
  },
  'World Health Organization': { short: 'the WHO', kind: 'un-ngo' },
};

/** For each counted party: the sides fighting with it and against it. Others are third parties. */
const SIDES: Readonly<Record<string, { own: readonly string[]; adversary: readonly string[] }>> = {
  'north-korea': { own: ['north-korea', 'russia'], adversary: ['ukraine'] },
  russia: { own: ['russia', 'north-korea'], adversary: ['ukraine'] },
  ukraine: { own: ['ukraine'], adversary: ['russia', 'north-korea'] },
  'civilians-ukraine': { own: ['ukraine'], adversary: ['russia'] },
  palestinians: { own: ['palestinians', 'hamas'], adversary: ['israel'] },
  'palestinian-militants': { own: ['palestinians', 'hamas'], adversary: ['israel'] },
  hamas: { own: ['palestinians', 'hamas'], adversary: ['israel'] },
  israel: { own: ['israel'], adversary: ['palestinians', 'hamas'] },
  sudan: { own: ['sudan'], adversary: [] },
};

/**
 * A short label for a claimant to use inside a sentence: the registered one, else the name
 * without its parenthesis and without the title after a comma ("Jane Doe, Minister" -> "Jane Doe").
 */
export function claimantLabel(claimedBy: string): string {
  return CLAIMANTS[claimedBy]?.short ?? claimantLabelOf(claimedBy);
}

/** The name without its parenthesis and without the title after a comma. */
function claimantLabelOf(name: string): string {
  const plain = name
    .replace(/\s*\([^)]*\)/g, '')
    .split(',')[0]
    ?.trim();
  return plain || name;
}

/**
 * How a claimant stands to the party it counts: NIS counting North Koreans is a third
 * government, Zelenskyy counting them is their adversary, Gaza's health ministry counting
 * Palestinians is their own side. Unknown claimants or parties give 'unknown'.
 */
export function claimantTypeFor(claimedBy: string, party: string | null): ClaimantType {
  const c = CLAIMANTS[claimedBy];
  if (!c) return 'unknown';
  if (c.kind !== 'government') return c.kind;
  const sides = party ? SIDES[party] : undefined;
  if (!sides || !c.side) return 'unknown';
  if (sides.own.includes(c.side)) return 'own-side';
  if (sides.adversary.includes(c.side)) return 'adversary';
  return 'third-government';
}

/** Lowercase, curly quotes straight, without a leading article, punctuation between words as spaces. */
const normal = (s: string) =>
  s
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[,;:()]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(LEADING_ARTICLE, '');

/** The articles a name may start with in the six languages ("the", "der", "el", "le", "l'"). */
const LEADING_ARTICLE = /^(?:the|der|die|das|den|dem|des|el|la|los|las|le|les) |^l'/;

/** Every lowercase name a registered claimant goes by, pointing at its full name; and by full name. */
let names: { byName: Map<string, string>; byFull: Map<string, string[]> } | null = null;

/** Built on first use: the content script imports this module and must do no work at load. */
function namesOf(): { byName: Map<string, string>; byFull: Map<string, string[]> } {
  if (names) return names;
  const byName = new Map<string, string>();
  for (const [full, c] of Object.entries(CLAIMANTS)) {
    const acronym = /\(([A-Z]{2,})\)/.exec(full)?.[1];
    // "Volodymyr Zelenskyy, President of Ukraine" also goes by "Volodymyr Zelenskyy"
    const plain = claimantLabelOf(full);
    const all = [full, plain, c.short, ...(ALIASES[full] ?? []), ...(acronym ? [acronym] : [])];
    for (const name of all) if (!byName.has(normal(name))) byName.set(normal(name), full);
  }
  const byFull = new Map<string, string[]>();
  for (const [name, full] of byName) byFull.set(full, [...(byFull.get(full) ?? []), name]);
  names = { byName, byFull };
  return names;
}

/** Answers of `sameClaimant` by pair: a lookup asks it of every earlier claim's claimant. */
let sameAnswers: Map<string, boolean> | null = null;
/** Pairs kept at most; then the answers start anew (claimant names are few: seeds, packs, the reader's). */
const SAME_ANSWERS_KEPT = 20_000;

/**
 * Whether two names denote the same claimant: "NIS", "South Korean intelligence", "der
 * südkoreanische Geheimdienst" and "South Korea National Intelligence Service" do, and so does a
 * name that holds a registered one-word name ("the NIS director", "Zelenskyy's office").
 * Unregistered names match when one holds all the words of the other (two words at least).
 */
export function sameClaimant(a: string, b: string): boolean {
  sameAnswers ??= new Map();
  const pair = `${a}\u0000${b}`;
  const known = sameAnswers.get(pair);
  if (known !== undefined) return known;
  const answer = sameClaimantOf(a, b);
  if (sameAnswers.size >= SAME_ANSWERS_KEPT) sameAnswers.clear();
  sameAnswers.set(pair, answer);
  return answer;
}

function sameClaimantOf(a: string, b: string): boolean {
  const [na, nb] = [normal(a), normal(b)];
  if (na === nb) return true;
  const { byName, byFull } = namesOf();
  const [ka, kb] = [byName.get(na), byName.get(nb)];
  if (ka && kb) return ka === kb;
  if (ka || kb) {
    // One name is registered: the other must share the words of one of its names.
    const [key, other] = ka ? [ka, nb] : [kb as string, na];
    return (byFull.get(key) ?? []).some(
      (name) => holds(other, name) || holds(name, other) || namesOne(other, name),
    );
  }
  return holds(na, nb) || holds(nb, na);
}

/**
 * `name` holds the one-word registered name `word` ("nis", "zelenskyy", "pentagon") as a word;
 * a country's name ("Israel") is no one's in particular.
 */
function namesOne(name: string, word: string): boolean {
  if (word.includes(' ') || word.length < 3) return false;
  if (PARTY_LIST.some((p) => p.aliases.includes(word))) return false;
  return name.split(/[\s']+/).includes(word);
}

/** `long` contains all of `short` as whole words, and `short` has two words or more ("Army" alone is no one). */
function holds(long: string, short: string): boolean {
  return short.includes(' ') && ` ${long} `.includes(` ${short} `);
}

/** The part of a claim that a sentence about it names, its claimant by label (data for lib/wording). */
export function saidOf(c: {
  low: number | null;
  high: number | null;
  qualifier: Said['qualifier'];
  claimedBy: string;
  claimDate: string;
}): Said {
  return {
    low: c.low,
    high: c.high,
    qualifier: c.qualifier,
    claimant: claimantLabel(c.claimedBy),
    claimDate: c.claimDate,
  };
}
