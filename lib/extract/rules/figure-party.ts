import { isBoundary } from '../engine/phrase-match';
import type { ReadingState } from '../engine/reading-state';
import { type Token, tokenize } from '../engine/tokenize';
import { AUX, IN_WORDS, inSet, JOIN_WORDS, PARTY_ARTICLES, PLACE_PREPS } from '../engine/word-sets';
import type { Lexicon } from '../lexicon/lexicon';
import { isCiviliansSlug, isCountry, PEACEKEEPERS, partyBySlug } from '../lexicon/parties';
import { isTroopMetric } from '../types';
import { attackerAt, attackTargetAfter, attackTargetAt } from './attack-side';
import type { Candidate } from './candidates';
import type { MetricFound } from './figure-metric';
import type { Head } from './noun-phrase';
import { civiliansOf, partyAt, partyBackAt } from './party-name';

/**
 * Whose people the candidate counts: a party named in its noun phrase, next to its cue ("Russian
 * losses"), where the dead were ("killed in Gaza"), or the subject of the clause. Null when the
 * noun phrase names several parties or nothing names one.
 */
export function partyOf(
  text: string,
  toks: Token[],
  c: Candidate,
  h: Head,
  m: MetricFound,
  lex: Lexicon,
  speaker?: { start: number; end: number },
): string | null | undefined {
  if (lex.rules.partyInPredicate && h.parties.length === 0 && h.kind === 'none') {
    // "715 fueron estadounidenses", "715 waren Amerikaner": the number's predicate names them
    let j = h.end;
    while (inSet(toks[j], AUX) && j - h.end < 3) j++;
    const p = j > h.end ? partyAt(toks, j, text, lex) : null;
    if (p) return civ(h, p.slug);
  }
  // "44 peacekeepers from Ukraine", "500 troops from Chad": the country they come from (troops
  // withdrawn "from Mali" leave it)
  if (h.kind === 'military' && m.metric !== 'withdrawn' && h.parties.every((p) => p === PEACEKEEPERS)) {
    const from = fromParty(text, toks, h.end, lex);
    if (from) return from;
  }
  if (h.parties.includes(PEACEKEEPERS))
    return countryPeacekeepers(text, toks, c.from, h, lex) ?? PEACEKEEPERS;
  const first = h.parties[0];
  if (first !== undefined) {
    for (const p of h.parties) if (p !== first) return null;
    return civ(h, first);
  }
  // "86 militants", "20 боевиков": a group named by what it is
  const group = lex.groupNouns[toks[h.end - 1]?.word ?? ''];
  if (group) return group;
  const counted = m.metric === 'killed' || m.metric === 'wounded' || m.metric === 'casualties';
  const placeCounts = counted && h.kind !== 'military';
  const moved = isTroopMetric(m.metric);
  if (m.cue >= 0 && m.via !== 'verb' && m.via !== 'head' && m.via !== 'after') {
    for (let k = m.cue - 1; k >= m.cue - 3 && k >= 0; k--) {
      const p = partyBackAt(toks, k, text, lex);
      // "Russian losses"; not where troops were sent: "3.000 Soldaten nach Syrien entsandt"
      if (!p || p.at + p.len > m.cue || (moved && afterPlacePrep(toks, p.at, false))) continue;
      // soldiers are no civilians: a city's name ("enviados a Kursk") does not say whose they are
      if (h.kind === 'military' && isCiviliansSlug(p.slug)) continue;
      // "durch israelische Angriffe ums Leben gekommen": the attacker's word, not the dead's side
      if (counted && attackerAt(toks, p.at, p.len, lex)) continue;
      return civ(h, p.slug);
    }
  }
  // "The Israeli military says the toll of soldiers killed in Gaza has reached 101": its own
  const army = placeCounts && speaker ? ownArmyOf(text, toks, m, speaker, lex) : null;
  if (army) return army;
  if (placeCounts) {
    const from = m.via === 'after' || m.via === 'forward' ? Math.max(h.end, m.cue + 1) : h.end;
    const place =
      inPlace(text, toks, from, lex) ??
      attackTargetAfter(toks, from, text, lex, partyAt) ??
      attackTargetBefore(toks, c.from, text, lex);
    if (place) return civ(h, place);
  }
  // "Gaza's health ministry said", "сообщил Минздрав Ливана": its own country's dead
  const health = placeCounts && speaker ? healthAuthorityOf(text, toks, speaker, lex) : null;
  if (health) return civ(h, health);
  // "Ukraine says Russia killed 14 civilians": the speaker's people
  if (m.via === 'verb' && m.metric === 'killed' && speaker) {
    const victims = speakerVictimsOf(text, toks, m, speaker, lex);
    if (victims) return civ(h, victims);
  }
  // the subject of "killed 12" or of any capture is the other side
  if ((m.via === 'verb' && (m.metric === 'killed' || m.metric === 'wounded')) || m.metric === 'captured')
    return undefined;
  const near = h.kind === 'metric' || h.kind === 'none' ? 8 : 60;
  const subject = subjectBefore(text, toks, c.from, near, lex, placeCounts, speaker);
  return subject ? civ(h, subject) : undefined;
}

/**
 * Rule `ownArmy`: soldiers an army speaks of are its own ("The Israeli military says the toll of
 * soldiers killed in Gaza has reached 101", "the Canadian army said the number of troops killed in
 * Afghanistan rose to 158"): a country and a word of an armed force in the speaker's name, and a
 * noun of soldiers right before the cue; where they fell is not whose they are.
 */
function ownArmyOf(
  text: string,
  toks: Token[],
  m: MetricFound,
  speaker: { start: number; end: number },
  lex: Lexicon,
): string | null {
  if (lex.unitNouns.size === 0 || m.cue < 1) return null;
  const soldier = (t: Token | undefined) => t !== undefined && lex.nouns[t.word] === 'military';
  // "soldiers killed", "soldiers were killed", "getöteten Soldaten", "погибших военных"
  const before = soldier(toks[m.cue - 1]) || (inSet(toks[m.cue - 1], AUX) && soldier(toks[m.cue - 2]));
  if (!before && !soldier(toks[m.cue + 1])) return null;
  let army = false;
  for (const t of toks) {
    if (t.start >= speaker.end) break;
    if (t.start >= speaker.start && (lex.unitNouns.has(t.word) || lex.nouns[t.word] === 'military'))
      army = true;
  }
  return army ? speakerCountry(text, toks, toks.length, speaker, lex) : null;
}

/**
 * The one country the speaker's name holds among its tokens before `upTo` ("the Canadian army",
 * "Ukraine"), or null when it holds none or two.
 */
function speakerCountry(
  text: string,
  toks: Token[],
  upTo: number,
  speaker: { start: number; end: number },
  lex: Lexicon,
): string | null {
  let party: string | null = null;
  for (let k = 0; k < upTo; k++) {
    const t = toks[k] as Token;
    if (t.start < speaker.start) continue;
    if (t.start >= speaker.end) break;
    const p = partyAt(toks, k, text, lex);
    if (!p || !isCountry(p.slug)) continue;
    if (party !== null && party !== p.slug) return null;
    party = p.slug;
  }
  return party;
}

/**
 * Rule `speakerVictims`: a country speaks of another party that killed ("Ukraine says Russia
 * killed 14 civilians", "Україна заявляє, що Росія вбила 14 цивільних", "l'Ukraine affirme que la
 * Russie a tué 14 civils"): the dead are the speaker's. Only verbs whose subject kills: the
 * subject of "загинули" or "втратили" is whose the dead are.
 */
function speakerVictimsOf(
  text: string,
  toks: Token[],
  m: MetricFound,
  speaker: { start: number; end: number },
  lex: Lexicon,
): string | null {
  if (m.cue < 1 || !lex.killVerbs.has(toks[m.cue]?.word ?? '')) return null;
  let k = m.cue - 1;
  while (k > 0 && inSet(toks[k], AUX)) k--;
  const killer = partyBackAt(toks, k, text, lex);
  if (!killer || killer.at + killer.len !== k + 1) return null;
  const party = speakerCountry(text, toks, killer.at, speaker, lex);
  return party !== null && party !== killer.slug ? party : null;
}

/**
 * Rule `healthAuthority`: the country of a health authority that speaks ("Gaza's health ministry
 * said", "según el Ministerio de Sanidad gazatí", "selon le ministère libanais de la Santé",
 * "сообщил Минздрав Ливана"): it counts its own country's dead and wounded.
 */
function healthAuthorityOf(
  text: string,
  toks: Token[],
  speaker: { start: number; end: number },
  lex: Lexicon,
): string | null {
  if (lex.healthWords.size === 0) return null;
  let health = false;
  let party: string | null = null;
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k] as Token;
    if (t.start < speaker.start) continue;
    if (t.start >= speaker.end) break;
    if (lex.healthWords.has(t.word) || lex.healthWords.has(`${t.word} ${toks[k + 1]?.word ?? ''}`))
      health = true;
    const p: { slug: string } | null = party === null ? partyAt(toks, k, text, lex) : null;
    // "the Hamas-run health ministry": of the people Hamas governs
    if (p) party = partyBySlug(p.slug)?.governs ?? p.slug;
  }
  return health ? party : null;
}

/**
 * Rule `countryPeacekeepers`: peacekeepers a country qualifies ("325 Ukrainian peacekeepers",
 * "российских миротворцев") are that country's, unless their sentence names the UN, whose mission
 * they serve in ("43 Fijian peacekeepers ... according to the United Nations").
 */
function countryPeacekeepers(text: string, toks: Token[], a: number, h: Head, lex: Lexicon): string | null {
  const others = h.parties.filter((p) => p !== PEACEKEEPERS);
  const country = others[0];
  if (country === undefined || others.some((p) => p !== country) || !isCountry(country)) return null;
  let first = a;
  while (first > 0 && !isBoundary(toks[first - 1])) first--;
  // the sentence's text, past the window's end: "..., according to the United Nations."
  const from = (toks[first] as Token).start;
  const rest = text.slice(from, from + SENTENCE_MAX);
  const end = rest.search(SENTENCE_END);
  const words = (end < 0 ? rest : rest.slice(0, end)).toLowerCase().match(WORDS) ?? [];
  for (let k = 0; k < words.length; k++) {
    const w = words[k] as string;
    const bare = w.endsWith('.') && !lex.unWords.has(w) ? w.slice(0, -1) : w;
    if (lex.unWords.has(bare) || lex.unWords.has(`${bare} ${(words[k + 1] ?? '').replace(/\.$/, '')}`))
      return null;
  }
  return country;
}

/** How far a sentence is read for the UN (UTF-16 units), its end, and its words ("u.n." is one). */
const SENTENCE_MAX = 400;
const SENTENCE_END = /[.!?](?=\s+[\p{Lu}"«„“]|\s*$)/u;
const WORDS = /\p{L}[\p{L}.]*/gu;

/** The party after a word of origin at j: "from Chad", "з України", "procedentes de Chad". */
function fromParty(text: string, toks: Token[], j: number, lex: Lexicon): string | null {
  const one = toks[j]?.word ?? '';
  const len = lex.fromWords.has(one) ? 1 : lex.fromWords.has(`${one} ${toks[j + 1]?.word ?? ''}`) ? 2 : 0;
  if (len === 0) return null;
  let k = j + len;
  while (inSet(toks[k], PARTY_ARTICLES)) k++;
  return partyAt(toks, k, text, lex)?.slug ?? null;
}

/** "Israeli strikes on Gaza killed 30", "после ударов по Украине погибли 9": the target before the figure, in its sentence. */
function attackTargetBefore(toks: Token[], a: number, text: string, lex: Lexicon): string | null {
  for (let k = a - 1; k >= 0 && k >= a - 14; k--) {
    // in its clause: "strikes on Islamic State ..., and 229 civilians died" names no side
    if (isBoundary(toks[k]) || inSet(toks[k], JOIN_WORDS)) return null;
    const p = partyBackAt(toks, k, text, lex);
    if (p && p.at + p.len <= a && attackTargetAt(toks, p.at, lex)) return p.slug;
  }
  return null;
}

/** A party's civilians when the head counts civilians. */
const civ = (h: Head, slug: string): string =>
  h.civilians || h.kind === 'civilian' ? civiliansOf(slug) : slug;

/** "killed in Israel", "in the Gaza Strip": a place a few words after the figure. */
function inPlace(text: string, toks: Token[], from: number, lex: Lexicon): string | null {
  for (let j = from; j < from + 4 && j < toks.length; j++) {
    const t = toks[j] as Token;
    if (isBoundary(t)) return null;
    if (!inSet(t, IN_WORDS)) continue;
    let k = j + 1;
    while (inSet(toks[k], PARTY_ARTICLES)) k++;
    const p = partyAt(toks, k, text, lex);
    // "killed in Russian strikes", "in the Hamas attack": the attacker, not where or whose
    if (!p || byAttack(toks, k + p.len, lex)) return null;
    return p.slug;
  }
  return null;
}

/** How far before its window (UTF-16 units) a place is looked for: about a paragraph's sentences. */
const PLACE_BACK = 400;

/**
 * The last country named as a place ("in Gaza", "в Судане") before token a: where the text says
 * things happened, so whose people it counts when nothing else names them. Read as the figures
 * come, in text order: each window's words once, and the text between windows (which holds no
 * number and is not read otherwise) only for a figure that asks, and only what was not read yet.
 */
export function placeBefore(
  text: string,
  toks: Token[],
  a: number,
  lex: Lexicon,
  state: ReadingState & { place: PlaceBeforeFigure },
): string | null {
  const read = state.place;
  if (read.text !== text) {
    read.text = text;
    read.upTo = 0;
    read.place = null;
    read.window = -1;
    read.scene = undefined;
  }
  const start = (toks[0] as Token).start;
  if (read.window !== start) {
    if (read.upTo < start) {
      // the text before, and the window's first words: it may start right after "in" ("in | Sudan")
      const end = (toks[Math.min(3, toks.length - 1)] as Token).end;
      const gap = Math.max(read.upTo, start - PLACE_BACK);
      read.place = placeInGap(text, gap, end, lex, state) ?? read.place;
      // a headline or a sentence with no number ("TURKEY FLOODS", "Rebels attacked a Malian camp")
      if (read.scene !== null && gap < start) {
        const words = tokenize(text, gap, start, lex, state);
        read.scene = sceneOf(text, words, 0, words.length, lex, read.scene, -1);
      }
    }
    read.window = start;
    read.scanned = 0;
    read.sceneUpTo = 0;
  }
  read.place = lastPlace(text, toks, read.scanned, a, lex) ?? read.place;
  // the sentences before, read once; the figure's own sentence for this figure only, where a
  // party that opens it may be its actor ("Ukraine destroyed 12 tanks and killed 40")
  let first = a;
  while (first > 0 && !isBoundary(toks[first - 1])) first--;
  if (first > read.sceneUpTo) {
    read.scene = sceneOf(text, toks, read.sceneUpTo, first, lex, read.scene, -1);
    read.sceneUpTo = first;
  }
  const scene = sceneOf(text, toks, Math.max(first, read.sceneUpTo), a, lex, read.scene, first);
  read.scanned = Math.max(read.scanned, a - 1);
  read.upTo = (toks[toks.length - 1] as Token).end;
  return read.place ?? scene ?? null;
}

/**
 * Rule `passageScene`: the one party the text has named so far, in any role but an attacker's
 * ("CHINA QUAKE: ... killed 117", "Myanmar junta air raids killed 50", "la capital afgana ... 15
 * muertos"): where the text happens, so whose the dead are when nothing nearer names them.
 * Undefined while none was named, null once two were.
 */
function sceneOf(
  text: string,
  toks: Token[],
  from: number,
  a: number,
  lex: Lexicon,
  scene: string | null | undefined,
  sentence: number,
): string | null | undefined {
  for (let j = from; j < a && scene !== null; j++) {
    const p = partyAt(toks, j, text, lex);
    if (!p || j + p.len > a) continue;
    const at = j;
    j += p.len - 1;
    // not an attacker ("RSF drone strikes"), nor a group or an alliance: a scene is a country
    if (
      attackerAt(toks, at, p.len, lex) ||
      !isCountry(p.slug) ||
      countedAt(toks, at, p.len, lex) ||
      towardAt(toks, at, lex) ||
      (at === sentence && actorAt(toks, at, p.len, lex))
    )
      continue;
    scene = scene === undefined || scene === p.slug ? p.slug : null;
  }
  return scene;
}

/**
 * Rule `towardPlace`: the party at `at` is where a way leads ("on its way toward Baghdad",
 * "rumbo a Bogotá", "в сторону Харькова"): where they went, not where the text happens.
 */
function towardAt(toks: Token[], at: number, lex: Lexicon): boolean {
  let b = at - 1;
  while (b >= 0 && inSet(toks[b], PARTY_ARTICLES)) b--;
  const one = toks[b]?.word ?? '';
  return lex.towardWords.has(one) || lex.towardWords.has(`${toks[b - 1]?.word ?? ''} ${one}`);
}

const placeStarts = new WeakMap<Lexicon, RegExp>();

/** "in" or "в", maybe an article, then a capital: where a place may be named (one per lexicon, made when first asked for). */
function placeStartOf(lex: Lexicon): RegExp {
  let re = placeStarts.get(lex);
  if (!re) {
    // both cases of each word spelled out: the flag i would let \p{Lu} match small letters too
    const words = (set: ReadonlySet<string>) =>
      [...set]
        .flatMap((w) => [w, w.charAt(0).toUpperCase() + w.slice(1)])
        .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
        .join('|');
    const articles = lex.partyArticles.size ? `(?:(?:${words(lex.partyArticles)})\\s*)?` : '';
    // a lookbehind, not "(?:^|[^\\p{L}])": the search then starts at the words' first letters
    // instead of at every character (8x faster); placeInGap puts the character before back
    re = new RegExp(`(?<!\\p{L})(?:${words(lex.inWords)})\\s+${articles}\\p{Lu}`, 'gu');
    placeStarts.set(lex, re);
  }
  return re;
}

/**
 * The last place named in text[from, to), which no window read: found by a search for "in" and a
 * capital, and only the words from there read as tokens.
 */
function placeInGap(
  text: string,
  from: number,
  to: number,
  lex: Lexicon,
  state: ReadingState,
): string | null {
  const re = placeStartOf(lex);
  const gap = text.slice(from, to);
  const starts: number[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(gap); m !== null; m = re.exec(gap)) starts.push(from + before(gap, m.index));
  for (let i = starts.length - 1; i >= 0; i--) {
    const toks = tokenize(text, starts[i] as number, Math.min(to, (starts[i] as number) + 80), lex, state);
    const place = lastPlace(text, toks, 0, toks.length, lex);
    if (place) return place;
  }
  return null;
}

/**
 * Where the character before offset i of s starts (one UTF-16 unit back, two for a surrogate
 * pair; 0 at the start): the search's matches start with the non-letter before the word.
 */
function before(s: string, i: number): number {
  if (i === 0) return 0;
  const low = s.charCodeAt(i - 1);
  const high = i >= 2 ? s.charCodeAt(i - 2) : 0;
  return low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff ? i - 2 : i - 1;
}

/**
 * The party at [at, at + len) qualifies a noun of people ("Two Israeli soldiers were wounded",
 * "soldados israelíes"): whose those people are, not where the text happens.
 */
function countedAt(toks: Token[], at: number, len: number, lex: Lexicon): boolean {
  const person = (t: Token | undefined) => {
    const kind = t === undefined ? undefined : lex.nouns[t.word];
    return kind === 'person' || kind === 'military' || kind === 'civilian';
  };
  return person(toks[at + len]) || person(toks[at - 1]);
}

/**
 * The party at [at, at + len), opening the figure's sentence, has no noun after it: the subject of a verb,
 * what acted ("Ukraine destroyed 12 tanks", "Rusia lanzó seis misiles"), not where things happened;
 * "Chinese officials said", "Українські військові" name a noun's people.
 */
function actorAt(toks: Token[], at: number, len: number, lex: Lexicon): boolean {
  const next = toks[at + len]?.word ?? '';
  // rule datelineScene: "KANDAHAR (Reuters) -", "BOGOTÁ.–", "Alger –" open a report: where it is
  if (DATELINE_MARKS.has(next) || (next === '.' && DATELINE_MARKS.has(toks[at + len + 1]?.word ?? '')))
    return false;
  if (lex.nouns[next] !== undefined || lex.orgWords.has(next) || lex.unitNouns.has(next)) return false;
  return !nounBeforeVerb(toks, at + len, lex);
}

/** Punctuation after a place that opens a report as its dateline (the same in every language). */
const DATELINE_MARKS: ReadonlySet<string> = new Set(['(', '-', '–', '—']);

/**
 * Rule `nounBeforeVerb`: a word the lexicon does not know, between a party and a verb of killing
 * or wounding, is a noun the party qualifies ("Sudan Quake Kills 30", "Peru Landslide Killed 14"):
 * the verb's subject, so the party is where it happened, not what acted ("Israel Kills 30").
 */
function nounBeforeVerb(toks: Token[], j: number, lex: Lexicon): boolean {
  const word = toks[j];
  const verb = toks[j + 1];
  if (word === undefined || verb === undefined || isBoundary(word) || lex.verbs[word.word] !== undefined)
    return false;
  const metric = lex.verbs[verb.word];
  return metric === 'killed' || metric === 'wounded' || metric === 'casualties';
}

/** How far `placeBefore` has read a text, and the last place it met (part of the per-call state). */
export class PlaceBeforeFigure {
  text: string | null = null;
  /** the offset the text has been read up to */
  upTo = 0;
  place: string | null = null;
  /** the start of the window being read, and its tokens read so far */
  window = -1;
  scanned = 0;
  /** the one party the text named so far (rule passageScene): undefined for none, null for several */
  scene: string | null | undefined = undefined;
  /** the window's tokens read for the scene so far (the sentences before the figure's) */
  sceneUpTo = 0;
}

function lastPlace(text: string, toks: Token[], from: number, a: number, lex: Lexicon): string | null {
  let place: string | null = null;
  for (let j = from; j < a - 1; j++) {
    if (!inSet(toks[j], IN_WORDS)) continue;
    let k = j + 1;
    while (inSet(toks[k], PARTY_ARTICLES)) k++;
    const p = k < a ? partyAt(toks, k, text, lex) : null;
    if (p && !byAttack(toks, k + p.len, lex)) place = p.slug;
  }
  return place;
}

/**
 * A noun of an attack or of an attacking force at j or just after one other word ("Russian
 * missile attack", "Israeli air strikes"): a party named just before one is the attacker.
 */
function byAttack(toks: Token[], j: number, lex: Lexicon): boolean {
  return lex.attackNouns.has(toks[j]?.word ?? '') || lex.attackNouns.has(toks[j + 1]?.word ?? '');
}

/**
 * The nearest party named before the figure in its sentence that is not a place or an agent. A
 * party inside the speaker's name ("nach Angaben des südkoreanischen Geheimdienstes", "South
 * Korean officials said") is whose people are counted only when no other is named: "North Korea
 * has, according to South Korea's spy agency, lost 4,700 soldiers" counts North Korea's.
 */
function subjectBefore(
  text: string,
  toks: Token[],
  a: number,
  near: number,
  lex: Lexicon,
  placeCounts: boolean,
  speaker: { start: number; end: number } | undefined,
): string | null {
  let spoken: string | null = null;
  for (let k = a - 1, n = 0; k >= 0 && n < near; k--, n++) {
    const t = toks[k] as Token;
    if (isBoundary(t)) break;
    const p = partyBackAt(toks, k, text, lex);
    if (!p || p.at + p.len > a) continue;
    if (placeCounts) {
      // the dead of "strikes on Gaza" are Gaza's; "Israeli strikes" names who struck
      if (attackTargetAt(toks, p.at, lex)) return p.slug;
      const abroad = soldiersAbroad(text, toks, p.at, lex);
      if (abroad) return abroad;
      if (attackerAt(toks, p.at, p.len, lex)) continue;
    }
    if (afterPlacePrep(toks, p.at, placeCounts)) continue;
    if (speaker && t.start >= speaker.start && t.start < speaker.end) {
      spoken ??= p.slug;
      continue;
    }
    return p.slug;
  }
  return spoken;
}

/**
 * Rule `soldiersAbroad`: the place at k follows "in" after soldiers a party qualifies ("losses of
 * North Korean troops in the Kursk region", "втрати північнокорейських військ у Курській
 * області"): the soldiers' side, not the place's, is whose losses are counted.
 */
function soldiersAbroad(text: string, toks: Token[], k: number, lex: Lexicon): string | null {
  let b = k - 1;
  while (b >= 0 && inSet(toks[b], PARTY_ARTICLES)) b--;
  if (!inSet(toks[b], IN_WORDS)) return null;
  const noun = toks[b - 1];
  if (noun === undefined || (lex.nouns[noun.word] !== 'military' && !lex.unitNouns.has(noun.word)))
    return null;
  const p = partyBackAt(toks, b - 2, text, lex);
  return p && p.at + p.len === b - 1 ? p.slug : null;
}

/**
 * The party named at k follows a preposition of place ("to Syria", "nach Syrien"): a place, not
 * whose people are counted; "in" names them when the place counts (the dead "in Gaza").
 */
function afterPlacePrep(toks: Token[], k: number, placeCounts: boolean): boolean {
  let b = k - 1;
  while (b >= 0 && inSet(toks[b], PARTY_ARTICLES)) b--;
  const prep = toks[b];
  return inSet(prep, PLACE_PREPS) && !(placeCounts && inSet(prep, IN_WORDS));
}
