import type { PopoverActions } from '../components/popover/Popover';
import type { Draft } from '../components/popover/SaveForm';
import { draftFromFigure } from '../lib/claims/draft';
import { claimFields, valuesFromRecord } from '../lib/claims/form-fields';
import { t } from '../lib/i18n';
import { sendMessage } from '../lib/messages/send';
import { removeCorrection } from '../lib/storage/corrections';
import { setPaused } from '../lib/storage/settings';
import { correctionSignature, type PageCorrections } from './corrections';
import type { MarkedFigure } from './mark-figures';
import type { PageToast } from './popover-toast';
import { draftId, saveDraft } from './save-draft';
import { blockOf } from './text-blocks';

/** What the popover's buttons need of the page (the content script's side of them). */
export interface PageActions {
  /** The figures the reader said are not casualty figures on this page. */
  corrections: PageCorrections;
  /** Stops Claimline on this page and puts it back as it was (the reader paused this site). */
  stop: () => void;
}

/** Where the popover is open: the page, the article's date, and how to close it or drop the mark. */
export interface OpenOn {
  doc: Document;
  figure: MarkedFigure;
  articleDate: string | null;
  close: () => void;
  unmark: (m: MarkedFigure) => void;
  /** Reads a block again and resolves with its figure reading `text` once it is marked. */
  remark: (block: Element, text: string) => Promise<MarkedFigure | undefined>;
  /** The toast shown in the popover's place, with the way back. */
  toast: PageToast;
  /** Whether the keyboard is in the popover (then it moves to the toast). */
  hasFocus: () => boolean;
}

/** The "Save to history" form pre-filled: the one draft of a figure, as the text of its fields, with a new id. */
function draftFor({ doc, figure: m, articleDate }: OpenOn): Draft {
  const claim = draftFromFigure(m.figure, {
    claimDate: articleDate ?? new Date().toISOString().slice(0, 10),
    url: doc.URL,
    title: doc.title,
    // the sentence as the reader sees it: the page source's runs of spaces and line breaks are one space
    sentence: m.sentence.replace(/\s+/g, ' ').trim(),
  });
  const values = valuesFromRecord(claim);
  const draft: Draft = { id: draftId() };
  for (const f of claimFields()) if (f.inPopover) draft[f.name] = String(values[f.name]);
  draft.population = String(values.population);
  return draft;
}

/**
 * The popover's actions for one figure (part of the popover's script): a save is sent again under
 * the id the page made for it when its answer is lost, so it is stored once; "not a casualty
 * figure" is remembered for this page, "pause" for this site.
 */
export function popoverActions(on: OpenOn, page: PageActions): PopoverActions {
  const { figure: m } = on;
  return {
    draft: draftFor(on),
    // the form's text as typed: the background's save reads it with recordFromForm, as the popup's form is read
    onSave: (draft) => saveDraft((record) => sendMessage('claims/save', { draft: record }), draft),
    onNotFigure: () => {
      const { text } = m.figure;
      const place = m.mark ?? m.range?.startContainer;
      const block = place && on.doc.body ? blockOf(place, on.doc.body) : null;
      const focus = on.hasFocus();
      const written = page.corrections.add(text, m.sentence);
      on.unmark(m);
      on.toast.show(
        {
          message: t('toastUnmarked', text),
          action: t('undo'),
          run: async () => {
            await written; // never read storage before the correction is there
            page.corrections.forget(text, m.sentence);
            await removeCorrection(on.doc.URL, correctionSignature(text, m.sentence));
            const back = block ? await on.remark(block, text) : undefined;
            if (focus) back?.mark?.focus();
          },
        },
        focus,
      );
    },
    onPause: () => {
      const focus = on.hasFocus();
      on.close();
      page.stop();
      const host = on.doc.defaultView?.location.hostname ?? '';
      const paused = setPaused(host, true).catch((e) => console.warn('[claimline] pause not saved', e));
      // the page goes back to how it was; the toast says where Claimline is paused and resumes it
      on.toast.show(
        {
          message: t('pausedOn', host),
          action: t('resume'),
          run: async () => {
            await paused;
            await setPaused(host, false);
          },
        },
        focus,
      );
    },
  };
}
