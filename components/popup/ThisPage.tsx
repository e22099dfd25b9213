import { useEffect, useState } from 'preact/hooks';
import type { Claim } from '../../lib/claims/claim';
import { draftFromFigure } from '../../lib/claims/draft';
import { plural, t } from '../../lib/i18n';
import type { AskPage, PageFigures } from '../../lib/messages/ask-page';
import type { PageFigure } from '../../lib/messages/contract';
import { setPaused } from '../../lib/storage/settings';
import { formatNumber } from '../../lib/wording/format';
import { PageFigureList } from './PageFigureList';
import { draftFromReview, PageReviews } from './PageReviews';

export interface ThisPageProps {
  askPage: AskPage;
  /** Opens the claim form on a draft made from a figure. */
  onSave: (draft: Partial<Claim>) => void;
  today?: () => string;
  /** Resumes Claimline on a site (the open tab's content script then marks it at once). */
  resume?: (host: string) => Promise<unknown>;
}

/** How often, and how many times, the page is asked again after a resume (its script starts anew). */
const ASK_AGAIN_MS = 300;
const ASK_AGAIN_TIMES = 20;

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
  resume = (host) => setPaused(host, false),
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

  async function resumeHere(host: string) {
    await resume(host);
    setPage('loading');
    for (let i = 0; i < ASK_AGAIN_TIMES; i++) {
      const answer = await askPage().catch(() => null);
      if (answer && !answer.paused) return setPage(answer);
      await new Promise((ok) => setTimeout(ok, ASK_AGAIN_MS));
    }
    setPage(null);
  }

  if (page === 'loading') return <p class="muted">{t('lookingAtPage')}</p>;
  if (page?.paused) {
    const host = page.paused;
    return (
      <div class="paused-here">
        <p>{t('pausedOn', host)}</p>
        <button type="button" onClick={() => resumeHere(host)}>
          {t('resume')}
        </button>
      </div>
    );
  }
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
      {page.reviews && page.reviews.length > 0 && (
        <PageReviews reviews={page.reviews} onSave={(r) => onSave(draftFromReview(r, page, today()))} />
      )}
    </section>
  );
}
