import type { ClaimContext } from '../lib/claims/compare';
import { describeFigure } from '../lib/format';
import type { FigureRef } from '../lib/messages';
import { ClaimRow } from './ClaimRow';

export type PopoverState =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'ready'; context: ClaimContext };

export interface PopoverProps {
  figure: FigureRef;
  state: PopoverState;
  onClose: () => void;
}

/** The context of one figure: what it says, the summary, and the earlier claims, newest first. */
export function Popover({ figure, state, onClose }: PopoverProps) {
  const title = describeFigure(figure);
  return (
    <div class="popover" role="dialog" aria-labelledby="claimline-title" tabIndex={-1}>
      <header>
        <h2 id="claimline-title">{title}</h2>
        <button type="button" class="close" aria-label="Close" onClick={onClose}>
          ×
        </button>
      </header>
      {state.status === 'loading' && <p class="muted">Looking up earlier claims…</p>}
      {state.status === 'error' && <p class="error">{state.message}</p>}
      {state.status === 'ready' && <Context context={state.context} />}
    </div>
  );
}

function Context({ context }: { context: ClaimContext }) {
  return (
    <>
      {context.subject && <p class="subject">{context.subject.label}</p>}
      <p class="summary">{context.summary}</p>
      {context.flags.length > 0 && (
        <ul class="flags" aria-label="Consistency warnings">
          {context.flags.map((f) => (
            <li key={f.kind}>{f.message}</li>
          ))}
        </ul>
      )}
      {context.prior.length > 0 && (
        <section aria-label="Earlier claims">
          <h3>Earlier claims</h3>
          <ol class="claims">
            {context.prior.map((e) => (
              <ClaimRow key={e.claim.id} entry={e} />
            ))}
          </ol>
        </section>
      )}
      {context.later.length > 0 && (
        <section aria-label="Later claims">
          <h3>Later claims</h3>
          <ol class="claims">
            {context.later.map((e) => (
              <ClaimRow key={e.claim.id} entry={e} />
            ))}
          </ol>
        </section>
      )}
    </>
  );
}
