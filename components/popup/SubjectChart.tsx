import { useState } from 'preact/hooks';
import type { Claim } from '../../lib/claims/claim';
import type { Metric } from '../../lib/extract/types';
import { t } from '../../lib/i18n';
import { optionLabel } from '../../lib/wording/labels';
import { Timeline } from '../shared/Timeline';
import { subjectLabel } from './filter-claims';

export interface SubjectChartProps {
  subject: string;
  claims: Claim[];
  /** The metric filter; without one, the subject's most frequent metric is charted first. */
  metric: string;
  onClose: () => void;
}

/**
 * The timeline of one subject's claims, one metric at a time (killed and troops deployed do not
 * share an axis); a choice of the subject's metrics, with their counts.
 */
export function SubjectChart({ subject, claims, metric, onClose }: SubjectChartProps) {
  const counts = new Map<Metric, number>();
  for (const c of claims) counts.set(c.metric, (counts.get(c.metric) ?? 0) + 1);
  const byCount = [...counts].sort((a, b) => b[1] - a[1]);
  const [picked, setPicked] = useState<Metric | null>(null);
  const chosen = (metric || (picked && counts.has(picked) ? picked : byCount[0]?.[0])) as Metric | undefined;
  const charted = claims.filter((c) => c.metric === chosen);
  return (
    <section class="subject-chart" aria-label={t('timelineOf', subjectLabel(subject))}>
      <header>
        <h3>{subjectLabel(subject)}</h3>
        <button type="button" class="close" aria-label={t('closeChart')} onClick={onClose}>
          ×
        </button>
      </header>
      {!metric && byCount.length > 1 ? (
        <label class="chart-metric">
          {t('chartMetric')}{' '}
          <select value={chosen} onChange={(e) => setPicked(e.currentTarget.value as Metric)}>
            {byCount.map(([m, n]) => (
              <option key={m} value={m}>
                {optionLabel('optMetric', m)} ({n})
              </option>
            ))}
          </select>
        </label>
      ) : (
        chosen && <p class="muted">{optionLabel('optMetric', chosen)}</p>
      )}
      <Timeline claims={charted} />
    </section>
  );
}
