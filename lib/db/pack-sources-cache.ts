import Dexie from 'dexie';
import type { PackSource } from '../claims/context';
import { touchesTable } from './live';
import type { ClaimlineDb } from './schema';
import { listSubscriptions, packSources } from './subscriptions';

/** The pack sources read per database name, until a write to its subscriptions table. */
const cache = new Map<string, { db: ClaimlineDb; sources: Promise<Map<string, PackSource>> }>();
let watching = false;

/** Drops the cached sources of every database whose subscriptions a transaction changed. */
function onMutated(parts: Record<string, unknown>): void {
  for (const name of cache.keys()) if (touchesTable(parts, name, 'subscriptions')) cache.delete(name);
}

/**
 * The publisher and issue date of every applied pack, as `packSources(listSubscriptions(db))`,
 * read once and kept until the subscriptions change. Every lookup of the popover asks for them;
 * they change a few times a day. Dexie reports a committed write (of this context, and of the
 * extension's other pages) before the writer's own await resumes, so a changed subscription is
 * seen by the next lookup.
 */
export function cachedPackSources(db: ClaimlineDb): Promise<ReadonlyMap<string, PackSource>> {
  if (!watching) {
    watching = true;
    Dexie.on('storagemutated', onMutated);
  }
  const known = cache.get(db.name);
  if (known?.db === db) return known.sources;
  const sources = listSubscriptions(db).then(packSources);
  const entry = { db, sources };
  cache.set(db.name, entry);
  // a failed read is not kept: the next lookup tries again
  sources.catch(() => cache.get(db.name) === entry && cache.delete(db.name));
  return sources;
}
