import type { HistoryEntry } from '../lib/claims/compare';
import { describeAmount, formatChange, formatDate } from '../lib/format';

/** One earlier (or later) claim: claimant, date, value, and how this figure differs from it. */
export function ClaimRow({ entry }: { entry: HistoryEntry }) {
  const { claim } = entry;
  return (
    <li class="claim">
      <span class="claimant">{claim.claimedBy}</span>
      <time dateTime={claim.claimDate}>{formatDate(claim.claimDate)}</time>
      <span class="value">{describeAmount(claim)}</span>
      {entry.change !== null && (
        <span class="change" title="This figure compared with that claim">
          {formatChange(entry.change)}
        </span>
      )}
      {claim.sourceUrl && (
        <a class="source" href={claim.sourceUrl} target="_blank" rel="noopener noreferrer">
          {claim.sourceName ?? 'source'}
        </a>
      )}
    </li>
  );
}
