import { PhrasePool } from './phrase-pool';
import { RecentWords } from './recent-words';
import { TokenPool } from './token-pool';

/**
 * What a reading of text reuses from window to window and from call to call, gathered in one
 * object: the tokens and their array, the number phrases and theirs, the recent words. Extraction
 * keeps one (rules/figure-state.ts adds the rules' own); `release` at the end of a text lets go of
 * what a long text grew.
 */
export class ReadingState {
  readonly tokens = new TokenPool();
  readonly phrases = new PhrasePool();
  readonly recent = new RecentWords();

  /** Lets go of what the last text's windows held beyond the few objects kept. */
  release(): void {
    this.tokens.release();
    this.phrases.release();
  }
}
