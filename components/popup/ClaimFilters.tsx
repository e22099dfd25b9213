import { METRICS } from '../../lib/extract/types';
import { t } from '../../lib/i18n';
import { optionLabel } from '../../lib/wording/labels';
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
          <Choice
            label={t('fieldSubject')}
            value={filter.subject}
            onChange={(subject) => set({ subject })}
            options={[
              ['', t('allSubjects')],
              ...subjects.map((s): [string, string] => [s ?? NO_SUBJECT, subjectLabel(s)]),
            ]}
          />
          <Choice
            label={t('fieldMetric')}
            value={filter.metric}
            onChange={(metric) => set({ metric })}
            options={[
              ['', t('allMetrics')],
              ...METRICS.map((m): [string, string] => [m, optionLabel('optMetric', m)]),
            ]}
          />
          <Choice
            label={t('fieldClaimant')}
            value={filter.claimant}
            onChange={(claimant) => set({ claimant })}
            options={[['', t('allClaimants')], ...claimants.map((c): [string, string] => [c, c])]}
          />
          <label>
            {t('claimedFrom')}
            <input type="date" value={filter.from} onInput={(e) => set({ from: value(e) })} />
          </label>
          <label>
            {t('claimedUntil')}
            <input type="date" value={filter.to} onInput={(e) => set({ to: value(e) })} />
          </label>
          <Choice
            label={t('sortBy')}
            value={filter.sort}
            onChange={(sort) => set({ sort: sort as SortOrder })}
            options={sorts()}
          />
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

/** A labelled drop-down of [value, text] options. */
function Choice({
  label,
  value,
  onChange,
  options,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  options: [string, string][];
}) {
  return (
    <label>
      {label}
      <select value={value} onChange={(e) => onChange((e.currentTarget as HTMLSelectElement).value)}>
        {options.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
    </label>
  );
}
