import { NUM, type Token, WORD } from '../engine/token';
import { inSet, JOIN_WORDS } from '../engine/word-sets';
import type { Lexicon } from '../lexicon/lexicon';
import type { Figure, Qualifier } from '../types';
import type { Candidate } from './candidate';
import type { Head } from './noun-phrase';

/**
 * A number whose noun is left out until the number after it: "about 40,000 South Korean and 5,000
 * US troops" (the first counts troops too, and "about" governs both). Kept while the window is
 * read; the figure it waits for makes it one.
 */
export class ElidedNoun {
  /** token index of the number it waits for, or -1 */
  next = -1;
  start = 0;
  end = 0;
  text = '';
  low: number | null = null;
  high: number | null = null;
  qualifier: Qualifier = 'exact';
  party: string | null = null;
  /** the number kept is a figure already ("Nearly 900 Russian and 300 Ukrainian soldiers were killed") */
  found = false;
  /** its noun came before its party ("900 soldados rusos y 300 ucranianos") */
  nounFirst = false;

  /**
   * Keeps c when its noun phrase is only a party and a join word before another number; `found`
   * when c is a figure of its own already, whose qualifier only the next one takes.
   */
  keep(text: string, toks: Token[], c: Candidate, h: Head, lex: Lexicon, found = false): void {
    this.next = -1;
    this.found = found;
    this.nounFirst = false;
    // "etwa 50 Schwer- und 100 Leichtverletzte": the first half of a compound whose end is the next one's
    if (!found && cutCompound(toks, c.to)) {
      this.hold(text, toks, c, c.to + 3, null);
      return;
    }
    if (h.parties.length !== 1 || !inSet(toks[h.end], JOIN_WORDS) || toks[h.end + 1]?.kind !== NUM) return;
    // ("South Korean" alone reads as a noun of people)
    const partyOnly = h.kind === 'none' || h.kind === 'person';
    // "más de 900 soldados rusos y 300 ucranianos": the noun first, then its party; the next
    // number with a party only takes the bound (`nounFirst`)
    const nounFirst = found && lex.rules.demonymAfterNoun && (h.kind === 'military' || h.kind === 'civilian');
    if (!partyOnly && !nounFirst) return;
    this.hold(text, toks, c, h.end + 1, h.parties[0] as string);
    this.nounFirst = !partyOnly;
  }

  private hold(text: string, toks: Token[], c: Candidate, next: number, party: string | null): void {
    this.next = next;
    this.start = (toks[c.from] as Token).start;
    this.end = (toks[c.to - 1] as Token).end;
    this.text = text.slice(this.start, this.end);
    this.low = c.low;
    this.high = c.high;
    this.qualifier = c.qualifier;
    this.party = party;
  }

  /**
   * The figure of the number kept, when `c` is the one it waits for and `fig` its figure: what fig
   * counts, its own party; a qualifier of its own that fig lacks is fig's too ("about ... and"); none
   * when the number kept is a figure already.
   */
  take(c: Candidate, fig: Figure, h: Head): Figure | null {
    if (this.next < 0 || c.number.from !== this.next) return null;
    this.next = -1;
    // "900 soldados rusos y 300 ucranianos" shares its bound; "900 soldados rusos y 300 civiles" does not
    if (this.nounFirst && !(h.kind === 'person' && h.parties.length === 1 && h.parties[0] !== this.party))
      return null;
    if (fig.qualifier === 'exact' && fig.low === fig.high) shareQualifier(this.qualifier, fig);
    if (this.found) return null;
    const { start, end, text, low, high, qualifier, party } = this;
    return { start, end, text, low, high, qualifier, metric: fig.metric, party, population: fig.population };
  }
}

/** "about 40,000 ... and 5,000", "more than 900 Russian and 300 Ukrainian": the bound of the first governs the second. */
function shareQualifier(qualifier: Qualifier, fig: Figure): void {
  const n = fig.low;
  if (qualifier === 'approx') fig.qualifier = qualifier;
  else if (qualifier === 'nearly' || qualifier === 'atMost' || qualifier === 'lessThan') {
    fig.qualifier = qualifier;
    fig.low = null;
    fig.high = n;
  } else if (qualifier === 'atLeast' || qualifier === 'moreThan') {
    fig.qualifier = qualifier;
    fig.low = n;
    fig.high = null;
  }
}

/** A word cut by a hyphen glued to it, a join word and a number after: "Schwer- und 100". */
function cutCompound(toks: Token[], i: number): boolean {
  const word = toks[i];
  const dash = toks[i + 1];
  if (word?.kind !== WORD || dash?.word !== '-' || dash.start !== word.end) return false;
  return inSet(toks[i + 2], JOIN_WORDS) && toks[i + 3]?.kind === NUM;
}
