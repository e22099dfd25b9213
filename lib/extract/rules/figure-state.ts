import { ReadingState } from '../engine/reading-state';
import { CandidatePool } from './candidate';
import { ChangedCount } from './changed-count';
import { ClauseCache } from './claimed-by';
import { HeadOf } from './counted-noun';
import { ElidedNoun } from './elided-noun';
import { FigureContext } from './figure-before';
import { PlaceBeforeFigure } from './figure-party';

/**
 * The per-call state of extraction: the engine's pools (reading-state.ts) and what the rules reuse
 * from figure to figure, the candidates, the one head `headOf` fills and the last clause's speaker.
 * One object, made on the first call and kept: a page's many blocks are read with the same one.
 */
export class FigureState extends ReadingState {
  readonly candidates = new CandidatePool();
  readonly head = new HeadOf();
  readonly clause = new ClauseCache();
  readonly context = new FigureContext();
  readonly place = new PlaceBeforeFigure();
  readonly elided = new ElidedNoun();
  readonly change = new ChangedCount();

  /** Lets go of what the last text held: its tokens beyond the few kept, its last clause. */
  override release(): void {
    super.release();
    this.candidates.release();
    this.clause.forget();
    this.place.text = null;
  }
}

let shared: FigureState | null = null;

/** The state extraction reads with (one reading at a time: extraction is never re-entered). */
export function figureState(): FigureState {
  shared ??= new FigureState();
  return shared;
}
