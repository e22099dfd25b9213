import { useCallback, useRef } from 'preact/hooks';
import { subjectLabel } from '../../lib/claims/subjects';
import { t } from '../../lib/i18n';
import type { PageFigure } from '../../lib/messages/contract';
import { describeFigure } from '../../lib/wording/format';
import { summarySentence } from '../../lib/wording/sentences';
import { LIST_HEIGHT } from './ClaimList';
import { useVirtualList } from './use-virtual-list';

/** Figure, subject and a summary of two lines at most (clamped by CSS): every row is this high. */
const FIGURE_HEIGHT = 84;

export interface PageFigureListProps {
  figures: readonly PageFigure[];
  onSave: (f: PageFigure) => void;
}

/**
 * The page's figures, virtualised as the claim list is: a page of thousands of figures puts only
 * the rows in view (and a few around) in the DOM.
 */
export function PageFigureList({ figures, onSave }: PageFigureListProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const getItemKey = useCallback((i: number) => String(figures[i]?.index ?? i), [figures]);
  const list = useVirtualList({
    count: figures.length,
    getItemKey,
    rowHeight: () => FIGURE_HEIGHT,
    viewportHeight: LIST_HEIGHT,
    getScrollElement: () => scrollRef.current,
  });
  return (
    <div class="claim-scroll" ref={scrollRef} style={{ height: `${LIST_HEIGHT}px` }}>
      <ul class="figures claim-list" style={{ height: `${list.getTotalSize()}px` }}>
        {list.getVirtualItems().map((item) => {
          const f = figures[item.index] as PageFigure;
          const style = { transform: `translateY(${item.start}px)`, height: `${item.size}px` };
          return (
            <li key={f.index} class="figure" style={style}>
              <div>
                <strong>{describeFigure(f.figure)}</strong>
                {f.context?.subject && (
                  <span class="subject">{subjectLabel(f.context.subject.id, f.context.subject.label)}</span>
                )}
                {f.context && <p class="summary">{summarySentence(f.context.summary)}</p>}
              </div>
              <button
                type="button"
                onClick={() => onSave(f)}
                aria-label={t('saveFigure', describeFigure(f.figure))}
              >
                {t('save')}
              </button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
