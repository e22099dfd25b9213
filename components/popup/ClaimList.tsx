import { useCallback, useRef } from 'preact/hooks';
import type { PackSource } from '../../lib/claims/context';
import { packSourceOf } from '../../lib/db';
import { t } from '../../lib/i18n';
import { describeFigure, describePackSource, formatDate, reviewWords } from '../../lib/wording/format';
import type { ListRow } from './filter-claims';
import { useVirtualList } from './use-virtual-list';

export const LIST_HEIGHT = 340;
const GROUP_HEIGHT = 34;
const CLAIM_HEIGHT = 46;

const NO_PACKS: ReadonlyMap<string, PackSource> = new Map();

const rowKey = (row: ListRow | undefined) =>
  row === undefined ? '' : row.kind === 'group' ? `g:${row.subject}` : `c:${row.claim.id}`;

export interface ClaimListProps {
  rows: ListRow[];
  selectedId: string | null;
  onSelect: (id: string) => void;
  onChart: (subject: string | null) => void;
  /** The publisher and issue date of each subscribed pack, by pack id, to say where its claims came from. */
  packs?: ReadonlyMap<string, PackSource>;
}

/**
 * The claims grouped by subject, virtualised: only the rows in view (and a few around) are in
 * the DOM, so 10,000+ claims scroll smoothly. Arrow keys move between claims.
 */
export function ClaimList({ rows, selectedId, onSelect, onChart, packs = NO_PACKS }: ClaimListProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const getItemKey = useCallback((i: number) => rowKey(rows[i]), [rows]);
  const list = useVirtualList({
    count: rows.length,
    getItemKey,
    rowHeight: (i) => (rows[i]?.kind === 'group' ? GROUP_HEIGHT : CLAIM_HEIGHT),
    viewportHeight: LIST_HEIGHT,
    getScrollElement: () => scrollRef.current,
  });

  function move(from: number, step: number) {
    let i = from + step;
    while (rows[i] && rows[i]?.kind !== 'claim') i += step;
    if (!rows[i]) return;
    list.scrollToIndex(i, { align: 'auto' });
    requestAnimationFrame(() => scrollRef.current?.querySelector<HTMLElement>(`[data-row="${i}"]`)?.focus());
  }

  function onKeyDown(e: KeyboardEvent, index: number) {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      move(index, e.key === 'ArrowDown' ? 1 : -1);
    }
  }

  if (rows.length === 0) return <p class="empty">{t('noClaimsMatch')}</p>;
  return (
    <div class="claim-scroll" ref={scrollRef} style={{ height: `${LIST_HEIGHT}px` }}>
      <ul class="claim-list" aria-label={t('claimsBySubject')} style={{ height: `${list.getTotalSize()}px` }}>
        {list.getVirtualItems().map((item) => {
          const row = rows[item.index] as ListRow;
          const style = { transform: `translateY(${item.start}px)`, height: `${item.size}px` };
          if (row.kind === 'group')
            return (
              <li key={rowKey(row)} class="group" style={style}>
                <h3>
                  {row.label} <span class="group-count">({row.count})</span>
                </h3>
                <button
                  type="button"
                  class="link"
                  aria-label={t('chartOf', row.label)}
                  onClick={() => onChart(row.subject)}
                >
                  {t('chart')}
                </button>
              </li>
            );
          const c = row.claim;
          const source = packSourceOf(c, packs);
          return (
            <li key={rowKey(row)} class="claim-row" style={style}>
              <button
                type="button"
                data-row={item.index}
                data-id={c.id}
                aria-current={c.id === selectedId ? 'true' : undefined}
                onClick={() => onSelect(c.id)}
                onKeyDown={(e) => onKeyDown(e, item.index)}
              >
                <span class="value">{describeFigure(c)}</span>
                <span class="meta">
                  {c.claimedBy} · <time dateTime={c.claimDate}>{formatDate(c.claimDate)}</time>
                  {source && <span class="from-pack"> · {describePackSource(source)}</span>}
                  {c.reviewedBy && <span class="review"> · {reviewWords(c.reviewedBy, c.reviewRating)}</span>}
                </span>
              </button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
