import { CUES, NOUNS } from '../engine/phrase-lists';
import { isBoundary, keyOf, phraseAt, phraseValue } from '../engine/phrase-match';
import { NUM, PUNCT, type Token, WORD } from '../engine/token';
import { DESCRIBING_NOUNS, inSet, MODIFIERS, STOP } from '../engine/word-sets';
import type { Lexicon, NounKind } from '../lexicon/lexicon';
import { PEACEKEEPERS } from '../lexicon/parties';
import { isCasualtyMetric, type Metric } from '../types';
import { objectAt } from './active-verb-object';
import type { Candidate } from './candidates';
import type { Head, HeadOf } from './counted-noun';
import {
  compoundNoun,
  continuesNoun,
  describes,
  finish,
  groupAfterOf,
  ofUnit,
  peopleParty,
} from './noun-phrase-parts';
import { nounStart } from './noun-phrase-start';
import { partyAt } from './party-name';

export type { Head } from './counted-noun';

/** Words of a noun phrase looked at after a number. */
const MAX_WORDS = 6;

/**
 * Reads the noun phrase after the candidate: "Russian soldiers", "more deaths", "of thousands of
 * people". The head is valid until the next call.
 */
export function headOf(toks: Token[], c: Candidate, lex: Lexicon, text: string, head: HeadOf): Head {
  const h = head.reset(c.to);
  let j = nounStart(toks, c, lex, text, h);
  if (j < 0) return h;
  let unknown = 0;
  let words = 0;
  let names = 0;
  while (j < toks.length && words < MAX_WORDS) {
    const t = toks[j] as Token;
    if (isBoundary(t) || t.kind === NUM) break;
    if (t.kind === PUNCT) {
      // "Russian and Ukrainian soldiers", "Russian, Ukrainian soldiers"
      if ((t.word === ',' || t.word === '-') && h.parties.length > 0 && partyAt(toks, j + 1, text, lex)) {
        j++;
        continue;
      }
      // "Four New York-based Guard soldiers": a name and the word glued to it by a hyphen make one
      // modifier ("active-duty personnel" stays a phrase of its own)
      if (j > 0 && toks[j - 1]?.capital && gluedHyphen(toks, j - 1)) {
        j += 2;
        words++;
        continue;
      }
      break;
    }
    const cue = phraseAt(toks, j, CUES);
    let noun = phraseAt(toks, j, NOUNS);
    let nounKind = noun > 0 ? (phraseValue(toks, j, noun, NOUNS) as NounKind | undefined) : undefined;
    if (noun === 0 && cue === 0 && lex.compoundNouns) {
      // German "Bundeswehrsoldaten", "Hubschrauberpiloten": the last part of a compound says what it is
      nounKind = compoundNoun(t.word, lex);
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
        if (lex.nouns[toks[j + cue + party.len]?.word ?? ''] === 'civilian') h.civilians = true;
      }
      if (noun > 0 && nounKind === 'civilian') h.civilians = true;
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
        n.kind === WORD &&
        (lex.nouns[n.word] !== undefined ||
          (!isNoun && lex.modifiers.has(n.word)) ||
          (n.capital && !lex.capNouns && lex.cues[n.word] === undefined && !lex.stop.has(n.word)) ||
          (lex.and.has(n.word) && partyAt(toks, j + 1, text, lex) !== null));
      if (!adjective) {
        // "Bundeswehrsoldaten": a party that is itself a noun of soldiers
        const soldiers = isNoun && lex.nouns[keyOf(toks, j - party.len, j)] === 'military';
        h.kind = party.slug === PEACEKEEPERS || soldiers ? 'military' : 'person';
        h.people = party.slug !== 'un-peacekeepers' && !soldiers;
        h.end = j;
        return finish(toks, h, lex);
      }
      if (lex.and.has(n.word)) j++;
      continue;
    }
    if (noun > 0) {
      const kind = nounKind as NounKind;
      if (kind === 'civilian') h.civilians = true;
      else if (kind === 'military') h.soldiers = true;
      // "the wounded" is a noun, "40 wounded (Russian) soldiers" an adjective: it says what the soldiers count
      if (cue >= noun && !h.adjective) {
        const m = phraseValue(toks, j, cue, CUES) as Metric;
        const before = continuesNoun(toks, j + noun, lex) || peopleParty(toks, j + noun, text, lex) !== null;
        if (isCasualtyMetric(m) && before) {
          h.adjective = m;
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
      if (noun === 1 && inSet(t, DESCRIBING_NOUNS) && describes(toks[j], lex)) {
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
    // "ist auf 85 gestiegen": a verb of change ends the phrase, it names nothing counted
    if (inSet(t, STOP) || lex.changeVerbs.has(t.word)) break;
    if (inSet(t, MODIFIERS) || (t.capital && !lex.capNouns)) {
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

/** The word at i, a hyphen and a word, with no space between them: "York-based". */
function gluedHyphen(toks: Token[], i: number): boolean {
  const a = toks[i];
  const dash = toks[i + 1];
  const b = toks[i + 2];
  if (a?.kind !== WORD || dash?.word !== '-' || b?.kind !== WORD) return false;
  return dash.start === a.end && b.start === dash.end;
}
