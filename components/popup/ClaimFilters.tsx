import { METRICS } from '../../lib/extract/types';
import { type ClaimFilter, NO_FILTER, NO_SUBJECT, type SortOrder, subjectLabel } from './filter-claims';

export interface ClaimFiltersProps {
  filter: ClaimFilter;
  onChange: (f: ClaimFilter) => void;
  /** Subject ids present in the database (null: claims without a subject). */
  subjects: (string | null)[];
  claimants: string[];
}

const SORTS: [SortOrder, string][] = [
  ['date-desc', 'Claim date, newest first'],
  ['date-asc', 'Claim date, oldest first'],
  ['value-desc', 'Value, largest first'],
  ['value-asc', 'Value, smallest first'],
];

/** The search field, the filters (subject, metric, claimant, date range) and the sort order. */
export function ClaimFilters({ filter, onChange, subjects, claimants }: ClaimFiltersProps) {
  const set = (patch: Partial<ClaimFilter>) => onChange({ ...filter, ...patch });
  const value = (e: Event) => (e.currentTarget as HTMLInputElement).value;
  const active = [filter.subject, filter.metric, filter.claimant, filter.from, filter.to].filter(
    Boolean,
  ).length;
  return (
    <div class="filters">
      <label class="search">
        Search claims
        <input
          type="search"
          value={filter.query}
          placeholder="claimant, subject, party, source, note"
          onInput={(e) => set({ query: value(e) })}
        />
      </label>
      <details>
        <summary>Filters and sort{active > 0 && ` (${active} active)`}</summary>
        <div class="filter-grid">
          <label>
            Subject
            <select value={filter.subject} onChange={(e) => set({ subject: value(e) })}>
              <option value="">All subjects</option>
              {subjects.map((s) => (
                <option key={s ?? NO_SUBJECT} value={s ?? NO_SUBJECT}>
                  {subjectLabel(s)}
                </option>
              ))}
            </select>
          </label>
          <label>
            Metric
            <select value={filter.metric} onChange={(e) => set({ metric: value(e) })}>
              <option value="">All metrics</option>
              {METRICS.map((m) => (
                <option key={m} value={m}>
                  {m}
                </option>
              ))}
            </select>
          </label>
          <label>
            Claimant
            <select value={filter.claimant} onChange={(e) => set({ claimant: value(e) })}>
              <option value="">All claimants</option>
              {claimants.map((c) => (
                <option key={c} value={c}>
                  {c}
                </option>
              ))}
            </select>
          </label>
          <label>
            Claimed from
            <input type="date" value={filter.from} onInput={(e) => set({ from: value(e) })} />
          </label>
          <label>
            Claimed until
            <input type="date" value={filter.to} onInput={(e) => set({ to: value(e) })} />
          </label>
          <label>
            Sort by
            <select value={filter.sort} onChange={(e) => set({ sort: value(e) as SortOrder })}>
              {SORTS.map(([v, label]) => (
                <option key={v} value={v}>
                  {label}
                </option>
              ))}
            </select>
          </label>
        </div>
        {active > 0 && (
          <button
            type="button"
            class="link"
            onClick={() => onChange({ ...NO_FILTER, query: filter.query, sort: filter.sort })}
          >
            Clear filters
          </button>
        )}
      </details>
    </div>
  );
}
