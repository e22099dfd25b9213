import { METRICS } from '../../lib/extract/types';
import { t } from '../../lib/i18n';
import { optionLabel } from '../option-labels';
import { type ClaimFilter, NO_FILTER, NO_SUBJECT, type SortOrder, subjectLabel } from './filter-claims';

export interface ClaimFiltersProps {
  filter: ClaimFilter;
  onChange: (f: ClaimFilter) => void;
  /** Subject ids present in the database (null: claims without a subject). */
  subjects: (string | null)[];
  claimants: string[];
}

const sorts = (): [SortOrder, string][] => [
  ['date-desc', t('sortDateDesc')],
  ['date-asc', t('sortDateAsc')],
  ['value-desc', t('sortValueDesc')],
  ['value-asc', t('sortValueAsc')],
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
        {t('searchClaims')}
        <input
          type="search"
          value={filter.query}
          placeholder={t('searchPlaceholder')}
          onInput={(e) => set({ query: value(e) })}
        />
      </label>
      <details>
        <summary>
          {t('filtersAndSort')}
          {active > 0 && ` ${t('filtersActive', active)}`}
        </summary>
        <div class="filter-grid">
          <label>
            {t('fieldSubject')}
            <select value={filter.subject} onChange={(e) => set({ subject: value(e) })}>
              <option value="">{t('allSubjects')}</option>
              {subjects.map((s) => (
                <option key={s ?? NO_SUBJECT} value={s ?? NO_SUBJECT}>
                  {subjectLabel(s)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('fieldMetric')}
            <select value={filter.metric} onChange={(e) => set({ metric: value(e) })}>
              <option value="">{t('allMetrics')}</option>
              {METRICS.map((m) => (
                <option key={m} value={m}>
                  {optionLabel('optMetric', m)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('fieldClaimant')}
            <select value={filter.claimant} onChange={(e) => set({ claimant: value(e) })}>
              <option value="">{t('allClaimants')}</option>
              {claimants.map((c) => (
                <option key={c} value={c}>
                  {c}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('claimedFrom')}
            <input type="date" value={filter.from} onInput={(e) => set({ from: value(e) })} />
          </label>
          <label>
            {t('claimedUntil')}
            <input type="date" value={filter.to} onInput={(e) => set({ to: value(e) })} />
          </label>
          <label>
            {t('sortBy')}
            <select value={filter.sort} onChange={(e) => set({ sort: value(e) as SortOrder })}>
              {sorts().map(([v, label]) => (
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
            {t('clearFilters')}
          </button>
        )}
      </details>
    </div>
  );
}
