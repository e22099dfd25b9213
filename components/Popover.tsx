import { useState } from 'preact/hooks';
import type { ClaimContext, HistoryEntry } from '../lib/claims/compare';
import { subjectLabel } from '../lib/claims/subjects';
import { partyBySlug } from '../lib/extract/lexicon/parties';
import { isTroopMetric } from '../lib/extract/types';
import { describeAmount, describeBounds, describeFigure } from '../lib/format';
import { t } from '../lib/i18n';
import type { FigureRef } from '../lib/messages';
import { ClaimRow } from './ClaimRow';
import { optionLabel } from './option-labels';
import { type Draft, SaveForm, type SaveResult } from './SaveForm';
import { Timeline } from './Timeline';

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
  actions?: PopoverActions;
  /** The article's publication date, where the chart marks this figure. */
  articleDate?: string | null;
}

/** Runs `fn` only for the reader's own clicks: page scripts can reach an open shadow root but cannot make trusted events. */
const trusted = (fn: () => void) => (event: Event) => {
  if (event.isTrusted) fn();
};

/** The context of one figure: what it says, the summary, and the earlier claims, newest first. */
export function Popover({ figure, state, onClose, actions, articleDate }: PopoverProps) {
  const [saving, setSaving] = useState(false);
  return (
    <div class="popover" role="dialog" aria-labelledby="claimline-title" tabIndex={-1}>
      <header>
        <h2 id="claimline-title">{describeFigure(figure)}</h2>
        <button type="button" class="close" aria-label={t('close')} onClick={onClose}>
          ×
        </button>
      </header>
      <FigureFacts figure={figure} />
      {state.status === 'loading' && <p class="muted">{t('loading')}</p>}
      {state.status === 'error' && <p class="error">{state.message}</p>}
      {state.status === 'ready' && <Context context={state.context} articleDate={articleDate ?? null} />}
      {actions &&
        (saving ? (
          <SaveForm initial={actions.draft} onSave={actions.onSave} onCancel={() => setSaving(false)} />
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

/** The figure as Claimline understood it. */
function FigureFacts({ figure }: { figure: FigureRef }) {
  const party = figure.party ? (partyBySlug(figure.party)?.label ?? figure.party) : t('notStated');
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
    </dl>
  );
}

function Context({ context, articleDate }: { context: ClaimContext; articleDate: string | null }) {
  const charted = [...context.prior, ...context.later].map((e) => e.claim);
  if (context.known) charted.push(context.known);
  const highlightDate = context.known?.claimDate ?? articleDate;
  return (
    <>
      {context.subject && <p class="subject">{subjectLabel(context.subject.id, context.subject.label)}</p>}
      <p class="summary">{context.summary}</p>
      {charted.length > 0 && (
        <Timeline
          claims={charted}
          width={380}
          height={130}
          highlight={
            highlightDate && context.value !== null
              ? { date: highlightDate, value: context.value }
              : undefined
          }
        />
      )}
      {context.flags.length > 0 && (
        <ul class="flags" aria-label={t('consistencyWarnings')}>
          {context.flags.map((f) => (
            <li key={f.kind}>{f.message}</li>
          ))}
        </ul>
      )}
      {context.derived.length > 0 && (
        <ul class="derived">
          {context.derived.map((d) => (
            <li key={d}>{d}</li>
          ))}
        </ul>
      )}
      <Claims label={t('earlierClaims')} entries={context.prior} />
      <Claims label={t('laterClaims')} entries={context.later} />
    </>
  );
}

/** A labelled list of claims (earlier or later than the figure); nothing when there are none. */
function Claims({ label, entries }: { label: string; entries: HistoryEntry[] }) {
  if (entries.length === 0) return null;
  return (
    <section aria-label={label}>
      <h3>{label}</h3>
      <ol class="claims">
        {entries.map((e) => (
          <ClaimRow key={e.claim.id} entry={e} />
        ))}
      </ol>
    </section>
  );
}
