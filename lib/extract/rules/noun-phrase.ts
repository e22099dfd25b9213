import { CUES, NOUNS, STARTS_NUMBER } from '../engine/phrase-lists';
import { isBoundary, keyOf, phraseAt, phraseValue } from '../engine/phrase-match';
import { isPunct } from '../engine/token';
import { truncate } from '../engine/token-pool';
import { NUM, PUNCT, type Token, WORD } from '../engine/tokenize';
import { AUX, inSet, METRIC_NOUNS, MODIFIERS, STOP, SUBSET } from '../engine/word-sets';
import type { Lexicon, NounKind } from '../lexicon/lexicon';
import { isArmedGroup } from '../lexicon/parties';
import { isCasualtyMetric, type Metric } from '../types';
import type { Candidate } from './candidates';
import { objectAt } from './figure-metric';
import { partyAt } from './party-name';

/** What the words right after a number say it counts. */
export interface Head {
  /** person kinds, 'metric' (the noun is itself a metric: "deaths", "79 killed"), 'nonfig', 'unknown' or 'none' */
  kind: NounKind | 'metric' | 'unknown' | 'none';
  metric: Metric | null;
  /** parties named inside the noun phrase ("Russian and Ukrainian soldiers") */
  parties: string[];
  /** civilians named in or right after the noun phrase ("including women and children") */
  civ: boolean;
  /** soldiers named before a metric noun ("military deaths", "troop losses") */
  mil: boolean;
  /** token after the noun phrase */
  end: number;
  /** the noun is a people ("Russians", "Palestinians"), not soldiers */
  people?: boolean;
  /** a casualty word before the noun says what is counted: "40 wounded soldiers", "dead civilians" */
  adj?: Metric;
}

const MAX_WORDS = 6;

/** One hidden shape for every head, every field set from the start. */
export class HeadOf implements Head {
  kind: Head['kind'] = 'none';
  metric: Metric | null = null;
  readonly parties: string[] = [];
  civ = false;
  mil = false;
  end = 0;
  people = false;
  adj: Metric | undefined = undefined;

  /** Makes the head new again, for the candidate whose number ends at token `end`. */
  reset(end: number): this {
    this.kind = 'none';
    this.metric = null;
    truncate(this.parties, 0);
    this.civ = false;
    this.mil = false;
    this.end = end;
    this.people = false;
    this.adj = undefined;
    return this;
  }
}

/**
 * Reads the noun phrase after the candidate: "Russian soldiers", "more deaths", "of thousands of
 * people". The head is valid until the next call.
 */
export function headOf(toks: Token[], c: Candidate, lex: Lexicon, text: string, head: HeadOf): Head {
  const h = head.reset(c.b);
  // the whole of "300 of the 1,200 soldiers were killed": the part is the figure, not the whole
  if (
    lex.rules.partOfWhole &&
    (isWholeAfterPart(toks, c.a, lex) || isWholeBeforePart(toks, c.a, c.b, lex)) &&
    !countedItself(toks, c.b)
  ) {
    h.kind = 'nonfig';
    return h;
  }
  let j = c.b;
  const p = c.p2 ?? c.p;
  const of = lex.of;
  const after = toks[j + 1]?.w ?? '';
  if (p.word && of.has(toks[j]?.w ?? '') && !isPunct(toks[j + 1], ',')) j++;
  else if (
    of.has(toks[j]?.w ?? '') &&
    // "400 of its soldiers", "300 of the men"
    (lex.ofDeterminers.has(after) ||
      // "2.000 de esos soldados", "2 000 de ces soldats": a part of a group named before
      lex.demonstratives.has(after) ||
      // "50 of them were officers": a part of the figure before, whatever it is called after
      lex.partitivePronouns.has(after))
  )
    j += 2;
  // "49 of the 120 seats", "300 of 1,200 soldiers": the noun after the whole says what the part counts
  // (not "one of 300 soldiers killed": one of them, not a part counted)
  if (lex.rules.partOfWhole && !c.p.word) {
    if (of.has(toks[j]?.w ?? '') && toks[j + 1]?.k === NUM) j += 2;
    else if (j > c.b && toks[j]?.k === NUM) j++;
  }
  const t0 = toks[j];
  if (t0 && t0.k === PUNCT && t0.w === '-' && !t0.sp) {
    if (lex.strongWords.has(toks[j + 1]?.w ?? '')) {
      // "a 50,000-strong Russian force", "a 2,000-strong contingent of Turkish troops"
      for (let k = j + 2; k < j + 6 && k < toks.length; k++) {
        const t = toks[k] as Token;
        if (t.k !== WORD || inSet(t, STOP)) break;
        const party = partyAt(toks, k, text, lex);
        if (party) {
          h.parties.push(party.slug);
          break;
        }
      }
      h.kind = 'military';
      h.metric = 'deployed';
      h.end = j + 2;
      return h;
    }
    h.kind = 'nonfig';
    return h;
  }
  let unknown = 0;
  let words = 0;
  let names = 0;
  while (j < toks.length && words < MAX_WORDS) {
    const t = toks[j] as Token;
    if (isBoundary(t) || t.k === NUM) break;
    if (t.k === PUNCT) {
      // "Russian and Ukrainian soldiers", "Russian, Ukrainian soldiers"
      if ((t.w === ',' || t.w === '-') && h.parties.length > 0 && partyAt(toks, j + 1, text, lex)) {
        j++;
        continue;
      }
      break;
    }
    const cue = phraseAt(toks, j, CUES);
    let noun = phraseAt(toks, j, NOUNS);
    let nounKind = noun > 0 ? (phraseValue(toks, j, noun, NOUNS) as NounKind | undefined) : undefined;
    if (noun === 0 && cue === 0 && lex.compoundNouns) {
      // German "Bundeswehrsoldaten", "Hubschrauberpiloten": the last part of a compound says what it is
      nounKind = compoundNoun(t.w, lex);
      if (nounKind) noun = 1;
    }
    if (cue > 0 && !(noun > 0 && continuesNoun(toks, j + noun, lex))) {
      // "two leadership bodies": a noun that is only sometimes a casualty word, after an unknown word;
      // "12 crashes injured 40 drivers": after an unknown noun, a verb with a number after it counts that one
      if (unknown > 0 && (lex.weakCues.has(keyOf(toks, j, j + cue)) || objectAt(toks, j + cue, lex))) {
        h.kind = 'unknown';
        h.end = j;
        return h;
      }
      h.kind = 'metric';
      h.metric = phraseValue(toks, j, cue, CUES) as Metric;
      h.end = j + cue;
      // "2,3 тисяч загиблих українських військових", "200 captured Ukrainian soldiers": the
      // demonym after an adjective of the dead (in English only before a noun of people)
      const party = lex.rules.demonymAfterNoun
        ? partyAt(toks, j + cue, text, lex)
        : peopleParty(toks, j + cue, text, lex);
      if (party) {
        h.parties.push(party.slug);
        if (lex.nouns[toks[j + cue + party.len]?.w ?? ''] === 'civilian') h.civ = true;
      }
      if (noun > 0 && nounKind === 'civilian') h.civ = true;
      return finish(toks, h, lex);
    }
    const party = partyAt(toks, j, text, lex);
    if (party) {
      h.parties.push(party.slug);
      const isNoun = phraseValue(toks, j, party.len, NOUNS) !== undefined;
      j += party.len;
      words++;
      const n = toks[j];
      const adjective =
        n !== undefined &&
        n.k === WORD &&
        (lex.nouns[n.w] !== undefined ||
          (!isNoun && lex.modifiers.has(n.w)) ||
          (n.cap && !lex.capNouns && lex.cues[n.w] === undefined && !lex.stop.has(n.w)) ||
          (lex.and.has(n.w) && partyAt(toks, j + 1, text, lex) !== null));
      if (!adjective) {
        // "Bundeswehrsoldaten": a party that is itself a noun of soldiers
        const soldiers = isNoun && lex.nouns[keyOf(toks, j - party.len, j)] === 'military';
        h.kind = party.slug === 'un-peacekeepers' || soldiers ? 'military' : 'person';
        h.people = party.slug !== 'un-peacekeepers' && !soldiers;
        h.end = j;
        return finish(toks, h, lex);
      }
      if (lex.and.has(n.w)) j++;
      continue;
    }
    if (noun > 0) {
      const kind = nounKind as NounKind;
      if (kind === 'civilian') h.civ = true;
      else if (kind === 'military') h.mil = true;
      // "the wounded" is a noun, "40 wounded (Russian) soldiers" an adjective: it says what the soldiers count
      if (cue >= noun && !h.adj) {
        const m = phraseValue(toks, j, cue, CUES) as Metric;
        const before = continuesNoun(toks, j + noun, lex) || peopleParty(toks, j + noun, text, lex) !== null;
        if (isCasualtyMetric(m) && before) {
          h.adj = m;
          j += noun;
          words++;
          continue;
        }
      }
      j += noun;
      words++;
      if (continuesNoun(toks, j, lex)) continue;
      // "3 US military wary of civilian guards" (a ranked headline): "military" before another word
      // describes it; counted, it ends its phrase ("sent 3,000 military to the border")
      if (noun === 1 && lex.describingNouns.has(t.w) && describes(toks[j], lex)) {
        unknown++;
        continue;
      }
      // "200 men of the military", "40 members of the brigade": soldiers
      const unit = kind === 'person' && lex.rules.memberOfUnit ? ofUnit(toks, j, lex) : 0;
      if (unit > 0) {
        h.kind = 'military';
        h.end = j + unit;
        return finish(toks, h, lex);
      }
      // "soldados norcoreanos", "soldats nord-coréens": the demonym after the noun; "combatientes de
      // Hamás", "combattants du Hamas": a group after "de" (a country after it may be where they
      // come from or go: "retirará sus 600 soldados de Irak")
      if (lex.rules.demonymAfterNoun && h.parties.length === 0) {
        const demonym = partyAt(toks, j, text, lex);
        const post = demonym
          ? { slug: demonym.slug, end: j + demonym.len }
          : groupAfterOf(toks, j, text, lex);
        if (post) {
          h.parties.push(post.slug);
          j = post.end;
        }
      }
      h.kind = kind;
      h.end = j;
      return finish(toks, h, lex);
    }
    if (inSet(t, STOP)) break;
    if (inSet(t, MODIFIERS) || (t.cap && !lex.capNouns)) {
      if (!inSet(t, MODIFIERS)) names++;
      j++;
      words++;
      continue;
    }
    if (++unknown > 2) break;
    j++;
    words++;
  }
  // "Get Lost in 8 Great Biographies": words of a title in capitals, not a name before a noun
  h.kind = unknown > 0 || names > 1 ? 'unknown' : 'none';
  h.end = j;
  return h;
}

/**
 * The whole is itself counted by a casualty word of its own noun phrase, not of the part's verb:
 * "most of the 300 soldiers killed were conscripts", "1,000 of the 3,000 casualties were civilians".
 */
function countedItself(toks: Token[], b: number): boolean {
  for (let j = b; j < b + MAX_WORDS && j < toks.length; j++) {
    const t = toks[j] as Token;
    if (t.k !== WORD || inSet(t, AUX)) return false;
    if (phraseAt(toks, j, CUES) > 0) return true;
  }
  return false;
}

/** The index of the "of" (and determiner) just before token a ("of the 300", "of 300"), or -1. */
function ofBefore(toks: Token[], a: number, lex: Lexicon): number {
  const t = toks[a - 1];
  if (t === undefined) return -1;
  if (lex.of.has(t.w)) return a - 1;
  // the determiners are asked only after an "of" (most words before a number follow none)
  return lex.of.has(toks[a - 2]?.w ?? '') && lex.ofDeterminers.has(t.w) ? a - 2 : -1;
}

/**
 * The number at a follows "N of (the)", N in digits, or a word for a part ("a third of its", "most
 * of the"): it is the whole, not what is counted ("one of the 300" names a member, not a part).
 */
function isWholeAfterPart(toks: Token[], a: number, lex: Lexicon): boolean {
  const i = ofBefore(toks, a, lex);
  if (i < 0) return false;
  const part = toks[i - 1];
  return part !== undefined && (part.k === NUM || lex.partWords.has(part.w));
}

/**
 * The number at [a, b) is the whole a clause then takes a part of: "Of the 300 soldiers, 12 were
 * killed" (the 12 is the figure, as in "12 of the 300").
 */
function isWholeBeforePart(toks: Token[], a: number, b: number, lex: Lexicon): boolean {
  const i = ofBefore(toks, a, lex);
  if (i < 0 || (!isBoundary(toks[i - 1]) && !isPunct(toks[i - 1], ','))) return false;
  for (let j = b; j < b + MAX_WORDS && j < toks.length; j++) {
    const t = toks[j] as Token;
    if (t.k === NUM || isBoundary(t)) return false;
    if (t.k === PUNCT) return t.w === ',' && numberSoon(toks, j + 1);
  }
  return false;
}

/** A number within the first few words from k, in the same clause ("about 100", "only some 40"). */
function numberSoon(toks: Token[], k: number): boolean {
  for (let j = k; j < k + 4 && j < toks.length; j++) {
    const t = toks[j] as Token;
    if (t.k === NUM || (t.k === WORD && (t.f & STARTS_NUMBER) !== 0)) return true;
    if (t.k !== WORD) return false;
  }
  return false;
}

/** The length of "of the military", "of its brigade" at j (an armed force or unit), or 0. */
function ofUnit(toks: Token[], j: number, lex: Lexicon): number {
  if (!lex.of.has(toks[j]?.w ?? '')) return 0;
  let k = j + 1;
  if (lex.ofDeterminers.has(toks[k]?.w ?? '')) k++;
  // "of the 5th brigade", "of the Azov regiment": one word may name it
  for (let n = 0; n < 2 && k + n < toks.length; n++) {
    const t = toks[k + n] as Token;
    if (t.k !== WORD) return 0;
    if (lex.unitNouns.has(t.w) || lex.nouns[t.w] === 'military') return k + n + 1 - j;
  }
  return 0;
}

/** "de Hamás", "du Hamas", "des Taliban": an armed group after "de" (and an article) at j. */
function groupAfterOf(
  toks: Token[],
  j: number,
  text: string,
  lex: Lexicon,
): { slug: string; end: number } | null {
  const w = toks[j]?.w ?? '';
  if (!lex.of.has(w) && !lex.ofArticles.has(w)) return null;
  let k = j + 1;
  if (lex.partyArticles.has(toks[k]?.w ?? '')) k++;
  const p = partyAt(toks, k, text, lex);
  return p && isArmedGroup(p.slug) ? { slug: p.slug, end: k + p.len } : null;
}

/** A word after "military" that it describes: not a stop word, a cue or punctuation. */
function describes(t: Token | undefined, lex: Lexicon): boolean {
  return t !== undefined && t.k === WORD && !inSet(t, STOP) && !inSet(t, AUX) && lex.cues[t.w] === undefined;
}

/** A noun of people (soldiers, civilians, people...), not of things. */
function isPeople(t: Token | undefined, lex: Lexicon): boolean {
  const kind = t !== undefined && t.k === WORD ? lex.nouns[t.w] : undefined;
  return kind === 'person' || kind === 'military' || kind === 'civilian';
}

/** The party named at i when a noun of people ends or follows its name: "Ukrainian soldiers", "IDF soldiers". */
function peopleParty(toks: Token[], i: number, text: string, lex: Lexicon): ReturnType<typeof partyAt> {
  const p = partyAt(toks, i, text, lex);
  return p && (isPeople(toks[i + p.len], lex) || isPeople(toks[i + p.len - 1], lex)) ? p : null;
}

/** The noun at j is followed by another noun or a metric noun: "civilian deaths", "battle tanks". */
function continuesNoun(toks: Token[], j: number, lex: Lexicon): boolean {
  const n = toks[j];
  if (!n || n.k !== WORD) return false;
  const kind = lex.nouns[n.w];
  return kind !== undefined && kind !== 'person' ? true : inSet(n, METRIC_NOUNS);
}

const SUFFIX_MIN = 4;

/** The kind of the longest known noun a compound word ends in ("bundeswehrsoldaten" -> military). */
function compoundNoun(w: string, lex: Lexicon): NounKind | undefined {
  for (let i = 1; i <= w.length - SUFFIX_MIN; i++) {
    const kind = lex.nouns[w.slice(i)];
    if (kind !== undefined) return kind;
  }
  return undefined;
}

/** "200 Sudanese, including women and children": civilians named just after the noun phrase. */
function finish(toks: Token[], h: Head, lex: Lexicon): Head {
  if (h.civ) return h;
  let j = h.end;
  if (isPunct(toks[j], ',')) j++;
  if (!inSet(toks[j], SUBSET)) return h;
  for (let k = j + 1; k < j + 5 && k < toks.length; k++) {
    const t = toks[k] as Token;
    if (isBoundary(t) || t.k === NUM) break;
    if (lex.nouns[t.w] === 'civilian') {
      h.civ = true;
      break;
    }
  }
  return h;
}
