import type { HistoryEntry } from '../../lib/claims/compare';
import { t } from '../../lib/i18n';
import { describeAmount, describePackSource, formatChange, formatDate } from '../../lib/wording/format';

/** The URL when it is a web address; anything else (javascript:, data:) is never made a link. */
export function safeHref(url: string | null): string | null {
  if (!url) return null;
  try {
    const { protocol } = new URL(url);
    return protocol === 'http:' || protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
}

/** One earlier (or later) claim: claimant, date, value, and how this figure differs from it. */
export function ClaimRow({ entry }: { entry: HistoryEntry }) {
  const { claim } = entry;
  const href = safeHref(claim.sourceUrl);
  return (
    <li class="claim">
      <span class="claimant">{claim.claimedBy}</span>
      <time dateTime={claim.claimDate}>{formatDate(claim.claimDate)}</time>
      <span class="value">{describeAmount(claim)}</span>
      {entry.change !== null && (
        <span class="change" title={t('changeTitle')}>
          {formatChange(entry.change)}
        </span>
      )}
      {href ? (
        <a class="source" href={href} target="_blank" rel="noopener noreferrer">
          {claim.sourceName ?? t('sourceLink')}
        </a>
      ) : (
        claim.sourceName && <span class="source">{claim.sourceName}</span>
      )}
      {entry.pack && <span class="from-pack">{describePackSource(entry.pack)}</span>}
    </li>
  );
}
