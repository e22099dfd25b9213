import { useEffect, useState } from 'preact/hooks';
import type { Claim } from '../../lib/claims/claim';
import { draftFromFigure } from '../../lib/claims/draft';
import { plural, t } from '../../lib/i18n';
import type { AskPage, PageFigures } from '../../lib/messages/ask-page';
import type { PageFigure } from '../../lib/messages/contract';
import { formatNumber } from '../../lib/wording/format';
import { PageFigureList } from './PageFigureList';

export interface ThisPageProps {
  askPage: AskPage;
  /** Opens the claim form on a draft made from a figure. */
  onSave: (draft: Partial<Claim>) => void;
  today?: () => string;
}

/**
 * A draft claim from a figure on the page: the user completes it (claimant, date) in the form. Its
 * date is the figure's own claim date (the day its sentence gives), else the article's.
 */
export function draftFrom(f: PageFigure, page: PageFigures, today: string): Partial<Claim> {
  return draftFromFigure(f.figure, {
    claimDate: f.context?.claimDate ?? page.articleDate ?? today,
    subject: f.context?.subject?.id ?? null,
    url: page.url,
    title: page.title,
    sentence: f.sentence,
  });
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
      {page.contextError && (
        <p class="error" role="alert">
          {t('loadError', page.contextError.error)}
        </p>
      )}
      {page.figures.length > 0 && (
        <PageFigureList figures={page.figures} onSave={(f) => onSave(draftFrom(f, page, today()))} />
      )}
    </section>
  );
}
