import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Claim } from '../../lib/claims/claim';
import {
  addNewClaim,
  type ClaimlineDb,
  deleteUnchanged,
  listSubscriptions,
  packSources,
  reopenAfter,
  saveEdit,
} from '../../lib/db';
import { t } from '../../lib/i18n';
import { formatNumber } from '../../lib/wording/format';
import { useLiveQuery } from '../shared/use-live-query';
import { ClaimFilters } from './ClaimFilters';
import { ClaimForm } from './ClaimForm';
import { ClaimList } from './ClaimList';
import { type ClaimFilter, countText, filterClaims, groupBySubject, NO_SUBJECT } from './filter-claims';
import { Snackbar } from './Snackbar';
import { SubjectChart } from './SubjectChart';

export interface ClaimsSectionProps {
  db: ClaimlineDb;
  /** Every claim, kept live by the caller's useLiveQuery. */
  claims: Claim[];
  /** A claim to open in the form (a draft from "This page", or null). */
  editing: Partial<Claim> | null;
  onEdit: (claim: Partial<Claim> | null) => void;
  filter: ClaimFilter;
  onFilter: (filter: ClaimFilter) => void;
}

/** Find, filter, sort, add, edit and delete (with undo) claims; the chart of a subject. */
export function ClaimsSection({
  db,
  claims,
  editing,
  onEdit,
  filter,
  onFilter: setFilter,
}: ClaimsSectionProps) {
  const returnTo = useRef<string | null>(null);
  const [undo, setUndo] = useState<{ message: string; claim?: Claim } | null>(null);
  const dismiss = useCallback(() => setUndo(null), []);

  const subjects = useMemo(() => [...new Set(claims.map((c) => c.subject))], [claims]);
  const claimants = useMemo(() => [...new Set(claims.map((c) => c.claimedBy))].sort(), [claims]);
  const shown = useMemo(() => filterClaims(claims, filter), [claims, filter]);
  const rows = useMemo(() => groupBySubject(shown), [shown]);
  const subscriptions = useLiveQuery(() => listSubscriptions(db), [db]);
  const packs = useMemo(
    () => packSources(subscriptions.status === 'ready' ? subscriptions.value : []),
    [subscriptions],
  );

  /** Runs a write; after a failure the connection is opened afresh, so the next write can work. */
  async function write<T>(fn: () => Promise<T>): Promise<T> {
    try {
      return await fn();
    } catch (error) {
      await reopenAfter(db, error);
      throw error;
    }
  }

  // An edit is stored only over the version it started from (another window may have saved or
  // deleted the claim since); a new claim is added, never put over a stored one.
  async function save(claim: Claim, base: Claim | null) {
    await write<unknown>(() => (base ? saveEdit(db, claim, base) : addNewClaim(db, claim)));
    onEdit(null);
    setUndo({ message: base ? t('claimSaved') : t('claimAdded') });
  }

  async function remove(base: Claim) {
    const removed = await write(() => deleteUnchanged(db, base));
    onEdit(null);
    if (removed) setUndo({ message: t('claimDeleted'), claim: removed });
  }

  async function restore() {
    const claim = undo?.claim;
    setUndo(null);
    if (claim)
      await write(() => addNewClaim(db, claim)).catch((e) => console.warn('[claimline] undo failed', e));
  }

  // Back from the form: focus the claim's row (or the search field), not the top of the page.
  useEffect(() => {
    if (editing) {
      returnTo.current = editing.id ?? '';
      return;
    }
    if (returnTo.current === null) return;
    const id = returnTo.current;
    returnTo.current = null;
    const row = id ? document.querySelector<HTMLElement>(`.claim-row [data-id="${CSS.escape(id)}"]`) : null;
    (row ?? document.querySelector<HTMLElement>('.search input'))?.focus();
  }, [editing]);

  const chartSubject = filter.subject && filter.subject !== NO_SUBJECT ? filter.subject : null;
  return (
    <section class="claims-section" aria-labelledby="claims-heading">
      <h2 id="claims-heading" class="visually-hidden">
        {t('tabClaims')}
      </h2>
      {editing ? (
        <ClaimForm
          key={editing.id ?? 'new'}
          claim={editing}
          onSave={save}
          onCancel={() => onEdit(null)}
          onDelete={remove}
        />
      ) : (
        <>
          <div class="toolbar">
            <ClaimFilters filter={filter} onChange={setFilter} subjects={subjects} claimants={claimants} />
            <button type="button" class="primary" onClick={() => onEdit({})}>
              {t('addClaim')}
            </button>
          </div>
          <p class="shown" aria-live="polite">
            {shown.length === claims.length
              ? countText(claims.length)
              : t('shownOfTotal', formatNumber(shown.length), countText(claims.length))}
          </p>
          {chartSubject && (
            <SubjectChart
              subject={chartSubject}
              claims={shown.filter((c) => c.subject === chartSubject)}
              metric={filter.metric}
              onClose={() => setFilter({ ...filter, subject: '' })}
            />
          )}
          <ClaimList
            rows={rows}
            selectedId={null}
            onSelect={(id) => onEdit(claims.find((c) => c.id === id) ?? null)}
            onChart={(subject) => setFilter({ ...filter, subject: subject ?? NO_SUBJECT })}
            packs={packs}
          />
        </>
      )}
      {undo && (
        <Snackbar
          message={undo.claim ? t('claimDeleted') : undo.message}
          actionLabel={undo.claim ? t('undo') : undefined}
          onAction={undo.claim ? restore : undefined}
          onDismiss={dismiss}
        />
      )}
    </section>
  );
}
