import type { Claim } from '../../lib/claims/claim';
import type { Metric } from '../../lib/extract/types';
import { Timeline } from '../Timeline';
import { subjectLabel } from './filter-claims';

export interface SubjectChartProps {
  subject: string;
  claims: Claim[];
  /** The metric filter; without one, the subject's most frequent metric is charted. */
  metric: string;
  onClose: () => void;
}

/** The timeline of one subject's claims of one metric (numbers of different metrics do not share an axis). */
export function SubjectChart({ subject, claims, metric, onClose }: SubjectChartProps) {
  const counts = new Map<Metric, number>();
  for (const c of claims) counts.set(c.metric, (counts.get(c.metric) ?? 0) + 1);
  const chosen = (metric || [...counts].sort((a, b) => b[1] - a[1])[0]?.[0]) as Metric | undefined;
  const charted = claims.filter((c) => c.metric === chosen);
  return (
    <section class="subject-chart" aria-label={`Timeline: ${subjectLabel(subject)}`}>
      <header>
        <h3>
          {subjectLabel(subject)}
          {chosen && `: ${chosen}`}
        </h3>
        <button
          type="button"
          class="close"
          aria-label="Close the chart and show all subjects"
          onClick={onClose}
        >
          ×
        </button>
      </header>
      <Timeline claims={charted} />
    </section>
  );
}
