import { useState } from 'preact/hooks';
import type { ClaimContext } from '../../lib/claims/compare';
import { isTroopMetric } from '../../lib/extract/types';
import { t } from '../../lib/i18n';
import type { FigureRef } from '../../lib/messages/contract';
import { describeAmount, describeBounds, describeFigure, formatPeriod } from '../../lib/wording/format';
import { optionLabel } from '../../lib/wording/labels';
import { partyLabel } from '../../lib/wording/party-label';
import { PopoverContext } from './PopoverContext';
import { type Draft, SaveForm, type SaveResult } from './SaveForm';

export type PopoverState =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'ready'; context: ClaimContext };

export interface PopoverActions {
  /** The "Save to history" form, pre-filled from the figure, its sentence and the page. */
  draft: Draft;
  onSave: (draft: Draft) => Promise<SaveResult>;
  onNotFigure: () => void;
  onPause: () => void;
}

export interface PopoverProps {
  figure: FigureRef;
  state: PopoverState;
  onClose: () => void;
  /** Puts focus back on the figure's mark (after the save form was saved or cancelled). */
  returnFocus?: () => void;
  actions?: PopoverActions;
  /** The article's publication date: the figure's own date is shown when it differs. */
  articleDate?: string | null;
}

/** Runs `fn` only for the reader's own clicks: page scripts can reach an open shadow root but cannot make trusted events. */
const trusted = (fn: () => void) => (event: Event) => {
  if (event.isTrusted) fn();
};

/** The context of one figure: what it says, the summary, and the earlier claims, newest first. */
export function Popover({ figure, state, onClose, returnFocus, actions, articleDate }: PopoverProps) {
  const [saving, setSaving] = useState(false);
  const context = state.status === 'ready' ? state.context : null;
  return (
    <div class="popover" role="dialog" aria-labelledby="claimline-title" tabIndex={-1}>
      <header>
        <h2 id="claimline-title">{describeFigure(figure)}</h2>
        <button type="button" class="close" aria-label={t('close')} onClick={onClose}>
          ×
        </button>
      </header>
      <FigureFacts figure={figure} context={context} articleDate={articleDate ?? null} />
      {state.status === 'loading' && <p class="muted">{t('loading')}</p>}
      {state.status === 'error' && (
        <p class="error" role="alert">
          {state.message}
        </p>
      )}
      {context && (
        <PopoverContext
          context={context}
          onOfferSave={actions && !saving ? trusted(() => setSaving(true)) : undefined}
        />
      )}
      {actions &&
        (saving ? (
          <SaveForm
            initial={prefilled(actions.draft, context)}
            onSave={actions.onSave}
            onSaved={returnFocus}
            onCancel={() => {
              setSaving(false);
              returnFocus?.();
            }}
          />
        ) : (
          <div class="actions">
            <button type="button" onClick={trusted(() => setSaving(true))}>
              {t('actionSave')}
            </button>
            <button type="button" onClick={trusted(actions.onNotFigure)}>
              {isTroopMetric(figure.metric) ? t('actionNotTroopFigure') : t('actionNotFigure')}
            </button>
            <button type="button" onClick={trusted(actions.onPause)}>
              {t('actionPause')}
            </button>
          </div>
        ))}
    </div>
  );
}

/**
 * The save form's values: the page's draft, dated with the figure's own claim date (the day its
 * sentence gives, or its known claim's) and filed under the subject the history found for it, so
 * the saved claim shows in this popover after a reload.
 */
export function prefilled(draft: Draft, context: ClaimContext | null): Draft {
  if (!context) return draft;
  return {
    ...draft,
    claimDate: context.claimDate ?? draft.claimDate ?? '',
    subject: context.subject?.id ?? '',
  };
}

/** The figure as Claimline understood it, and its own date when the sentence gives another than the article's. */
function FigureFacts(props: { figure: FigureRef; context: ClaimContext | null; articleDate: string | null }) {
  const { figure, context, articleDate } = props;
  const party = figure.party ? partyLabel(figure.party) : t('notStated');
  const period = context?.known
    ? { first: context.known.claimDate, last: context.known.claimDate }
    : (context?.claimPeriod ?? null);
  const ownDate = period && (period.first !== articleDate || period.last !== articleDate);
  return (
    <dl class="facts">
      <dt>{t('factValue')}</dt>
      <dd>{describeAmount(figure)}</dd>
      <dt>{t('factBounds')}</dt>
      <dd>{describeBounds(figure, optionLabel('qualifierName', figure.qualifier))}</dd>
      <dt>{t('factCounts')}</dt>
      <dd>{optionLabel('optMetric', figure.metric)}</dd>
      <dt>{t('factWhose')}</dt>
      <dd>{party}</dd>
      {figure.claimedBy && (
        <>
          <dt>{t('factSaidBy')}</dt>
          <dd>{figure.claimedBy}</dd>
        </>
      )}
      {period && ownDate && (
        <>
          <dt>{t('fieldClaimDate')}</dt>
          <dd class="claim-date">{formatPeriod(period)}</dd>
        </>
      )}
    </dl>
  );
}
