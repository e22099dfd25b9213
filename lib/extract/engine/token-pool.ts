import { Tok, type Token } from './token';
import type { WordEntry } from './word-entry';

/** At most this many pooled tokens are kept between texts (a long window's are many). */
const KEPT = 1024;

/**
 * The tokens of a reading, reused from one window of a text to the next while `reusing` (see
 * tokenize.ts): a page's windows hold hundreds of thousands of tokens between them, and allocating
 * each anew is much of the cost of reading it. Part of the per-call state (reading-state.ts).
 */
export class TokenPool {
  private readonly pooled: Tok[] = [];
  /** the next pooled token to hand out, or -1 when tokens are allocated */
  private next = -1;
  /** the array the reusing calls return, written over each time: it keeps its capacity between windows */
  readonly reused: Token[] = [];

  /** A token: a pooled one written over while reusing, else a new one. */
  token(kind: number, start: number, end: number, word: string, spaced: boolean, entry: WordEntry): Token {
    if (this.next < 0) return new Tok(kind, start, end, word, spaced, entry);
    const t = this.pooled[this.next];
    this.next++;
    if (t !== undefined) return t.reset(kind, start, end, word, spaced, entry);
    const fresh = new Tok(kind, start, end, word, spaced, entry);
    this.pooled.push(fresh);
    return fresh;
  }

  /** From now on `token` hands out the pooled tokens from the first (their old contents are lost), or stops. */
  reusing(on: boolean): void {
    this.next = on ? 0 : -1;
  }

  /** Lets go of the tokens of the last reusing call beyond the few kept (at the end of a text). */
  release(): void {
    this.reused.length = 0;
    if (this.pooled.length > KEPT) this.pooled.length = KEPT;
  }
}

/**
 * Shortens an array reused from window to window to n elements. By pop, not by setting its
 * length: that is a call into the runtime, and may give the array's capacity back.
 */
export function truncate(a: unknown[], n: number): void {
  while (a.length > n) a.pop();
}
