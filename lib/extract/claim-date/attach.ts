import { endsSentenceAt } from '../engine/sentence';
import type { Mention } from './mention';
import type { DateToken } from './tokens';
import type { DateWords } from './words';

/** Words between a word of saying and its date, at most: "told lawmakers in Seoul on Wednesday". */
const MAX_GAP = 3;

/** A word or phrase of saying at tokens [a, b). */
interface Speech {
  a: number;
  b: number;
}

/**
 * Which date of the text is the day the claim of the figure at tokens [fa, fb) was made.
 *
 * A date is a day of saying only when the text ties it to a word of saying ("said on 9 January",
 * "told lawmakers on Wednesday", "on Monday the ministry said", "Tuesday's briefing", "the
 * assessment in January", "in January, when it said", a sentence opened by the date with the
 * verb of saying before the figure): at most three words between them, and none of them a
 * number, a word of the events counted ("said soldiers died on Monday": the day they died) or one
 * opening another clause ("said that on Monday..."). Every other date is not the claim's: of the
 * events ("killed on Monday"), of periods ("since October 2024", the caller drops those), of
 * things said later in the sentence.
 *
 * The figure's claim is the one of its governing word of saying: the nearest before it in its
 * clause, else after it in its clause, else before it, else after it in its sentence. A date tied
 * to that word wins; else a date tied to another word of saying on the same side of the figure in
 * its sentence ("At Tuesday's briefing, officials said 300..."), the nearest to the governing one.
 */
export function claimMention(
  text: string,
  toks: readonly DateToken[],
  mentions: readonly Mention[],
  fa: number,
  fb: number,
  words: DateWords,
): Mention | null {
  if (mentions.length === 0 || fa >= fb) return null;
  const layout = new Layout(text, toks, mentions, fa, fb, words);
  const governing = layout.governing();
  if (!governing) return null;
  let best: Mention | null = null;
  let bestDistance = Number.POSITIVE_INFINITY;
  const before = governing.b <= fa;
  for (const m of mentions) {
    if (m.tb > fa && m.ta < fb) continue;
    for (const s of layout.tiedTo(m)) {
      if (layout.sentence[s.a] !== layout.sentence[fa] || s.b <= fa !== before) continue;
      // the governing word itself first, then the nearest to it
      const distance = s === governing ? -1 : Math.abs(s.a - governing.a);
      if (distance < bestDistance) {
        best = m;
        bestDistance = distance;
      }
    }
  }
  return best;
}

/** The text's sentences, clauses and words of saying around one figure. */
class Layout {
  readonly sentence: number[] = [];
  private readonly clause: number[] = [];
  private readonly inMention: Int32Array;
  private readonly speech: Speech[] = [];

  constructor(
    private readonly text: string,
    private readonly toks: readonly DateToken[],
    mentions: readonly Mention[],
    private readonly fa: number,
    private readonly fb: number,
    private readonly words: DateWords,
  ) {
    this.inMention = new Int32Array(toks.length).fill(-1);
    for (const [n, m] of mentions.entries()) this.inMention.fill(n, m.ta, m.tb);
    let sentence = 0;
    let clause = 0;
    for (let i = 0; i < toks.length; i++) {
      this.sentence.push(sentence);
      this.clause.push(clause);
      if (this.isInMention(i)) continue;
      if (this.endsSentence(i)) {
        sentence++;
        clause++;
      } else if (isClauseMark(toks[i] as DateToken)) clause++;
    }
    for (let i = 0; i < toks.length; i++) {
      if (this.isInMention(i) || (i >= fa && i < fb)) continue;
      const len = words.speech.at(toks, i);
      if (len > 0) {
        this.speech.push({ a: i, b: i + len });
        i += len - 1;
      }
    }
  }

  private isInMention(i: number): boolean {
    return (this.inMention[i] as number) >= 0;
  }

  /** The word of saying that governs the figure, or null. */
  governing(): Speech | null {
    const { fa, fb, sentence, clause } = this;
    const before = this.speech.filter((s) => s.b <= fa && sentence[s.a] === sentence[fa]);
    const after = this.speech.filter((s) => s.a >= fb && sentence[s.a] === sentence[fb - 1]);
    const last = before[before.length - 1];
    const first = after[0];
    if (last && clause[last.a] === clause[fa]) return last;
    if (first && clause[first.a] === clause[fb - 1]) return first;
    return last ?? first ?? null;
  }

  /** The words of saying a date is tied to (before it, after it, or after it when it opens its sentence). */
  tiedTo(m: Mention): Speech[] {
    const out: Speech[] = [];
    const before = [...this.speech].reverse().find((s) => s.b <= m.ta);
    // "said on Monday"; "said, on Monday, that": a comma only around a date set apart ("sagte, am Montag seien..." is the day of the deaths)
    const apart = this.toks[m.tb]?.w === ',';
    if (before && this.gapOk(before.b, m.ta, apart ? 'comma' : 'none')) out.push(before);
    const after = this.speech.find((s) => s.a >= m.tb);
    if (
      after &&
      (this.gapOk(m.tb, after.a, 'when') || (this.opensSentence(m) && this.gapOk(m.tb, after.a, 'any')))
    )
      out.push(after);
    return out;
  }

  /**
   * Whether the tokens [from, to) may stand between a date and its word of saying: no number,
   * figure, sentence end, word of the events, word opening a clause, other date; at most MAX_GAP
   * words (any number in a sentence the date opens); marks: none ('none'), a comma ('comma'), a
   * comma before "when" ('when'), or commas ('any').
   */
  private gapOk(from: number, to: number, marks: 'none' | 'comma' | 'when' | 'any'): boolean {
    const { toks, words } = this;
    let count = 0;
    let when = marks === 'when';
    for (let i = from; i < to; i++) {
      const t = toks[i] as DateToken;
      if (this.isInMention(i) || (i >= this.fa && i < this.fb) || t.kind === 'number' || t.kind === 'line')
        return false;
      if (t.kind === 'mark') {
        if (t.w === '-' || t.w === "'") continue;
        if (t.w !== ',' || marks === 'none' || (marks === 'when' && !this.isWhen(i + 1))) return false;
        continue;
      }
      // "in January, when it said": one "when" right after the date
      if (when && words.when.has(t.w)) {
        when = false;
        continue;
      }
      if (words.events.at(toks, i) > 0 || words.clauseStart.has(t.w) || words.when.has(t.w)) return false;
      if (++count > MAX_GAP && marks !== 'any') return false;
    }
    return true;
  }

  private isWhen(i: number): boolean {
    const t = this.toks[i];
    return t?.kind === 'word' && this.words.when.has(t.w);
  }

  /** The date opens its sentence: at most one word before it ("On", "Am", "В"). */
  private opensSentence(m: Mention): boolean {
    let words = 0;
    for (let i = m.ta - 1; i >= 0 && this.sentence[i] === this.sentence[m.ta]; i--) {
      const t = this.toks[i] as DateToken;
      if (t.kind === 'number' || (t.kind === 'word' && ++words > 1)) return false;
    }
    return true;
  }

  /**
   * A full stop, "!", "?" or a line break that ends a sentence, by the extractor's one rule
   * (lib/extract/engine/sentence-stop.ts: not "U.S.", "approx. 300", "am 9. Januar"); an ellipsis.
   */
  private endsSentence(i: number): boolean {
    const t = this.toks[i] as DateToken;
    if (t.kind === 'line') return endsSentenceAt(this.text, t.s, this.words.lang);
    if (t.kind !== 'mark' || !/^[.!?…]$/.test(t.w)) return false;
    return t.w === '…' || endsSentenceAt(this.text, t.s, this.words.lang);
  }
}

const isClauseMark = (t: DateToken): boolean => t.kind === 'mark' && /^[,;:()[\]–—]$/.test(t.w);
