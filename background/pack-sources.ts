import type { ClaimContext, HistoryEntry } from '../lib/claims/compare';
import { type ClaimlineDb, cachedPackSources, packSourceOf } from '../lib/db';

/**
 * Adds to each entry of a pack's record where it came from (publisher, issue date), so the
 * popover can say so. The subscriptions are read only when the history holds a pack record, and
 * then from the cache kept until they change (every lookup would otherwise read them again).
 */
export async function withPackSources(db: ClaimlineDb, context: ClaimContext): Promise<ClaimContext> {
  const entries = [...context.prior, ...context.later];
  if (!entries.some((e) => e.claim.origin === 'pack')) return context;
  const sources = await cachedPackSources(db);
  const mark = <E extends HistoryEntry>(entry: E): E => {
    const pack = packSourceOf(entry.claim, sources);
    return pack ? { ...entry, pack } : entry;
  };
  return {
    ...context,
    prior: context.prior.map(mark),
    later: context.later.map(mark),
    latest: context.latest && mark(context.latest),
    sameClaimantPrevious: context.sameClaimantPrevious && mark(context.sameClaimantPrevious),
  };
}
