import { isPunct, NUM, PUNCT, type Token, WORD } from '../engine/token';
import {
  DEMONSTRATIVES,
  inSet,
  OF,
  OF_DETERMINERS,
  PARTITIVE_PRONOUNS,
  STOP,
  STRONG_WORDS,
} from '../engine/word-sets';
import type { Lexicon } from '../lexicon/lexicon';
import type { Candidate } from './candidates';
import type { HeadOf } from './counted-noun';
import { isWholeOfPart } from './part-of-whole';
import { partyAt } from './party-name';

/**
 * Where the noun of the candidate starts, past "of" and what goes with it ("thousands of people",
 * "400 of its soldiers", "50 of them", "49 of the 120 seats"); or -1 when the words right after
 * the number already say all (written into h): the whole a part is taken of, a count used as an
 * adjective ("20-year-old"), a force counted by its strength ("a 50,000-strong force").
 */
export function nounStart(toks: Token[], c: Candidate, lex: Lexicon, text: string, h: HeadOf): number {
  // the whole of "300 of the 1,200 soldiers were killed": the part is the figure, not the whole
  if (isWholeOfPart(toks, c, lex)) {
    h.kind = 'nonfig';
    return -1;
  }
  let j = c.to;
  const p = c.second ?? c.number;
  const after = toks[j + 1];
  const partOf =
    inSet(toks[j], OF) &&
    // "400 of its soldiers", "300 of the men", "six of the dead" (not "one of the reasons")
    (inSet(after, OF_DETERMINERS) ||
      // "2.000 de esos soldados", "2 000 de ces soldats": a part of a group named before
      inSet(after, DEMONSTRATIVES) ||
      // "50 of them were officers": a part of the figure before, whatever it is called after
      inSet(after, PARTITIVE_PRONOUNS));
  if (partOf && !(p.spelled && p.value === 1)) j += 2;
  else if (p.spelled && inSet(toks[j], OF) && !isPunct(after, ',')) j++;
  // "49 of the 120 seats", "300 of 1,200 soldiers": the noun after the whole says what the part counts
  // (not "one of 300 soldiers killed": one of them, not a part counted)
  if (lex.rules.partOfWhole && !c.number.spelled) {
    if (inSet(toks[j], OF) && toks[j + 1]?.kind === NUM) j += 2;
    else if (j > c.to && toks[j]?.kind === NUM) j++;
  }
  const t0 = toks[j];
  if (t0 && t0.kind === PUNCT && t0.word === '-' && !t0.spaced) {
    if (inSet(toks[j + 1], STRONG_WORDS)) {
      // "a 50,000-strong Russian force", "a 2,000-strong contingent of Turkish troops"
      for (let k = j + 2; k < j + 6 && k < toks.length; k++) {
        const t = toks[k] as Token;
        if (t.kind !== WORD || inSet(t, STOP)) break;
        const party = partyAt(toks, k, text, lex);
        if (party) {
          h.parties.push(party.slug);
          break;
        }
      }
      h.kind = 'military';
      h.metric = 'deployed';
      h.end = j + 2;
      return -1;
    }
    h.kind = 'nonfig';
    return -1;
  }
  return j;
}
