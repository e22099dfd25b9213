import { useEffect, useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import {
  type ListableArea,
  listCorrections,
  removeCorrection,
  type UnmarkedFigure,
} from '../../lib/storage/corrections';

/** A page as the list names it: host and path, no scheme. */
const pageName = (page: string) => page.replace(/^[a-z]+:\/\//, '');

/**
 * The figures the reader said are not casualty figures, page by page, each with a button that
 * marks it again (the correction is forgotten; the page marks it the next time it is read).
 */
export function UnmarkedFigures({ area }: { area?: ListableArea }) {
  const [figures, setFigures] = useState<UnmarkedFigure[] | null>(null);
  const [status, setStatus] = useState('');
  useEffect(() => {
    listCorrections(area).then(setFigures, (e) => setStatus(t('settingsUnreadable', String(e))));
  }, [area]);

  async function restore(figure: UnmarkedFigure) {
    // a stored page key is origin and path: a URL of it names the same key
    await removeCorrection(figure.page, figure.signature, area);
    setFigures((all) => all?.filter((f) => f !== figure) ?? null);
    setStatus(t('figureRestored', figure.figureText, pageName(figure.page)));
  }

  return (
    <section class="unmarked" aria-labelledby="unmarked-heading">
      <h2 id="unmarked-heading">{t('unmarkedFigures')}</h2>
      {figures && figures.length === 0 && <p class="muted">{t('noUnmarkedFigures')}</p>}
      <ul class="unmarked-figures">
        {figures?.map((f) => (
          <li key={`${f.page}|${f.signature}`}>
            <span>
              <q>{f.figureText}</q> <span class="muted">{f.sentence}</span>
              <br />
              <small class="muted">{pageName(f.page)}</small>
            </span>
            <button
              type="button"
              onClick={() => restore(f)}
              aria-label={t('restoreFigureOn', f.figureText, pageName(f.page))}
            >
              {t('restoreFigure')}
            </button>
          </li>
        ))}
      </ul>
      {status && <p role="status">{status}</p>}
    </section>
  );
}
