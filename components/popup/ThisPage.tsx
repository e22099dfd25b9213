import { useEffect, useState } from 'preact/hooks';
import type { Claim } from '../../lib/claims/claim';
import { subjectById, subjectLabel } from '../../lib/claims/subjects';
import { describeFigure, formatNumber } from '../../lib/format';
import { plural, t } from '../../lib/i18n';
import type { PageFigure } from '../../lib/messages';
import type { AskPage, PageFigures } from './ask-page';

export interface ThisPageProps {
  askPage: AskPage;
  /** Opens the claim form on a draft made from a figure. */
  onSave: (draft: Partial<Claim>) => void;
  today?: () => string;
}

/** A draft claim from a figure on the page: the user completes it (claimant, date) in the form. */
export function draftFrom(f: PageFigure, page: PageFigures, today: string): Partial<Claim> {
  const subject = f.context?.subject?.id ?? null;
  const population = subject
    ? subjectById(subject)?.parties.find((p) => p.slug === f.figure.party)?.population
    : undefined;
  return {
    subject,
    party: f.figure.party,
    population: population ?? 'unknown',
    metric: f.figure.metric,
    low: f.figure.low,
    high: f.figure.high,
    qualifier: f.figure.qualifier,
    claimedBy: f.figure.claimedBy ?? '',
    claimDate: page.articleDate ?? today,
    sourceUrl: /^https?:/.test(page.url) ? page.url : null,
    sourceName: page.title.slice(0, 200) || null,
    quote: f.sentence.slice(0, 2000) || null,
    origin: 'page',
  };
}

/** The figures Claimline found on the current tab, each with its subject, summary and Save. */
export function ThisPage({
  askPage,
  onSave,
  today = () => new Date().toISOString().slice(0, 10),
}: ThisPageProps) {
  const [page, setPage] = useState<PageFigures | null | 'loading'>('loading');
  useEffect(() => {
    let live = true;
    askPage().then(
      (p) => live && setPage(p),
      () => live && setPage(null),
    );
    return () => {
      live = false;
    };
  }, [askPage]);

  if (page === 'loading') return <p class="muted">{t('lookingAtPage')}</p>;
  if (page === null) return <p class="not-here">{t('notHere')}</p>;
  return (
    <section class="this-page" aria-labelledby="page-heading">
      <h2 id="page-heading">{page.title || page.url}</h2>
      <p class="muted">
        {page.figures.length === 0
          ? t('noFigures')
          : plural(page.figures.length, 'figuresOnPage', formatNumber(page.figures.length))}
      </p>
      <ul class="figures">
        {page.figures.map((f) => (
          <li key={f.index} class="figure">
            <div>
              <strong>{describeFigure(f.figure)}</strong>
              {f.context?.subject && (
                <span class="subject">{subjectLabel(f.context.subject.id, f.context.subject.label)}</span>
              )}
              {f.context && <p class="summary">{f.context.summary}</p>}
            </div>
            <button
              type="button"
              onClick={() => onSave(draftFrom(f, page, today()))}
              aria-label={t('saveFigure', describeFigure(f.figure))}
            >
              {t('save')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
