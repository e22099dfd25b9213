import type { ClaimlineDb } from '../lib/db';
import { countClaims, listClaims } from '../lib/db';
import { describeFigure, formatDate } from '../lib/format';
import { useLiveQuery } from '../lib/use-live-query';

/** The popup: the claims in the database with their count, newest claim first. */
export function PopupApp({ db }: { db: ClaimlineDb }) {
  const count = useLiveQuery(() => countClaims(db), [db]);
  const claims = useLiveQuery(() => listClaims(db), [db]);
  return (
    <main class="popup">
      <header>
        <h1>Claimline</h1>
        <p class="count" aria-live="polite">
          {count.status === 'ready' ? `${count.value} claims` : count.status === 'error' ? '' : 'Loading…'}
        </p>
      </header>
      {claims.status === 'error' && (
        <p class="error">Could not open the claim database: {claims.error.message}</p>
      )}
      {claims.status === 'ready' && (
        <ol class="claim-list" aria-label="Claims, newest first">
          {claims.value.map((c) => (
            <li key={c.id} class="claim">
              <span class="value">{describeFigure(c)}</span>
              <span class="meta">
                {c.claimedBy} · <time dateTime={c.claimDate}>{formatDate(c.claimDate)}</time>
              </span>
            </li>
          ))}
        </ol>
      )}
    </main>
  );
}
