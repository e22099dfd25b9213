import type { PopoverActions } from '../../components/Popover';
import { type Draft, draftToRecord } from '../../components/SaveForm';
import type { Claim } from '../claims/claim';
import type { FieldError } from '../claims/validate';
import type { MarkedFigure } from './mark-figures';
import { draftId, saveDraft } from './save-draft';

/** What the popover's buttons do on this page (the content script's side of them). */
export interface PageActions {
  /** Sends a claim record to the background to be saved. */
  send: (record: Record<string, unknown>) => Promise<{ claim?: Claim; errors: FieldError[] }>;
  notFigure: (m: MarkedFigure) => void;
  pause: () => void;
}

/** Where the popover is open: the page, the article's date, and how to close it or drop the mark. */
export interface OpenOn {
  doc: Document;
  figure: MarkedFigure;
  articleDate: string | null;
  close: () => void;
  unmark: (m: MarkedFigure) => void;
}

/** The "Save to history" form pre-filled from the figure, its sentence and the page, with a new id. */
function draftFor({ doc, figure: m, articleDate }: OpenOn): Draft {
  return {
    id: draftId(),
    claimedBy: m.figure.claimedBy ?? '',
    claimDate: articleDate ?? new Date().toISOString().slice(0, 10),
    metric: m.figure.metric,
    qualifier: m.figure.qualifier,
    low: m.figure.low === null ? '' : String(m.figure.low),
    high: m.figure.high === null ? '' : String(m.figure.high),
    party: m.figure.party ?? '',
    sourceName: doc.title.slice(0, 200),
    sourceUrl: doc.URL,
    quote: m.sentence,
    note: '',
  };
}

/**
 * The popover's actions for one figure (part of the popover's script): a save is sent again under
 * the id the page made for it when its answer is lost, so it is stored once.
 */
export function popoverActions(on: OpenOn, actions: PageActions): PopoverActions {
  return {
    draft: draftFor(on),
    onSave: (draft) => saveDraft(actions.send, draftToRecord(draft)),
    onNotFigure: () => {
      actions.notFigure(on.figure);
      on.unmark(on.figure);
    },
    onPause: () => {
      on.close();
      actions.pause();
    },
  };
}
