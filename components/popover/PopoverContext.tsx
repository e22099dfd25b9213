import type { ClaimContext, HistoryEntry } from '../../lib/claims/compare';
import { subjectLabel } from '../../lib/claims/subjects';
import { t } from '../../lib/i18n';
import { formatDate } from '../../lib/wording/format';
import { derivedSentence, flagSentence, summarySentence } from '../../lib/wording/sentences';
import { Timeline } from '../shared/Timeline';
import { ClaimRow } from './ClaimRow';

/** Whether the history has nothing at all to set the figure against. */
export const knowsNothing = (c: ClaimContext) =>
  !c.subject && !c.known && c.prior.length === 0 && c.later.length === 0;

/**
 * What the history says about a figure: the claim it is, when it is known, the summary, the
 * timeline (the figure plotted at its own claim date), warnings and the claims before and after.
 * With nothing to say, it says so plainly and offers to save the figure.
 */
export function PopoverContext(props: { context: ClaimContext; onOfferSave?: (event: Event) => void }) {
  const { context, onOfferSave } = props;
  if (knowsNothing(context))
    return (
      <div class="nothing">
        <p class="summary">{summarySentence(context.summary)}</p>
        <p class="muted">{t('noSubjectHint')}</p>
        {onOfferSave && (
          <button type="button" class="offer-save" onClick={onOfferSave}>
            {t('offerSave')}
          </button>
        )}
      </div>
    );
  const charted = [...context.prior, ...context.later].map((e) => e.claim);
  if (context.known) charted.push(context.known);
  const { known, claimDate } = context;
  return (
    <>
      {context.subject && <p class="subject">{subjectLabel(context.subject.id, context.subject.label)}</p>}
      {known && <p class="known">{t('knownInHistory', known.claimedBy, formatDate(known.claimDate))}</p>}
      <p class="summary">{summarySentence(context.summary)}</p>
      {charted.length > 0 && (
        <Timeline
          claims={charted}
          width={380}
          height={130}
          highlight={
            claimDate && context.value !== null ? { date: claimDate, value: context.value } : undefined
          }
        />
      )}
      {context.flags.length > 0 && (
        <ul class="flags" aria-label={t('consistencyWarnings')}>
          {context.flags.map((f) => (
            <li key={f.kind}>{flagSentence(f)}</li>
          ))}
        </ul>
      )}
      {context.derived.length > 0 && (
        <ul class="derived">
          {context.derived.map((d) => (
            <li key={d.kind}>{derivedSentence(d)}</li>
          ))}
        </ul>
      )}
      <Claims label={t('earlierClaims')} entries={context.prior} />
      <Claims label={t('laterClaims')} entries={context.later} />
    </>
  );
}

/**
 * A labelled list of claims (earlier or later than the figure), its last column headed in words;
 * nothing when there are none.
 */
function Claims({ label, entries }: { label: string; entries: HistoryEntry[] }) {
  if (entries.length === 0) return null;
  return (
    <section aria-label={label}>
      <h3>{label}</h3>
      {entries.some((e) => e.change !== null) && (
        <p class="claims-head">
          <span>{t('claimsHeadClaim')}</span>
          <span class="change-head">{t('claimsHeadChange')}</span>
        </p>
      )}
      <ol class="claims">
        {entries.map((e) => (
          <ClaimRow key={e.claim.id} entry={e} />
        ))}
      </ol>
    </section>
  );
}
