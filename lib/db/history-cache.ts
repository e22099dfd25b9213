import Dexie from 'dexie';
import type { Claim } from '../claims/claim';
import { type HistoryQuery, historyFor } from './claims-repo';
import { touchesTable } from './live';
import type { ClaimlineDb } from './schema';

/** How many answers are kept per database: the figures of the few pages a reader has open. */
const KEEP = 24;

interface Kept {
  db: ClaimlineDb;
  answers: Map<string, Promise<readonly Claim[]>>;
}

/** The answers kept per database name, until a write to its claims table. */
const kept = new Map<string, Kept>();
let watching = false;

/** Drops the answers of every database whose claims a transaction changed. */
function onMutated(parts: Record<string, unknown>): void {
  for (const name of kept.keys()) if (touchesTable(parts, name, 'claims')) kept.delete(name);
}

/** Deep-freezes an answer: it is shared by every lookup until the next write. */
function frozen(claims: Claim[]): readonly Claim[] {
  for (const claim of claims) Object.freeze(claim);
  return Object.freeze(claims);
}

/**
 * `historyFor(db, query)`, with the answer kept until the claims table changes. Each popover
 * lookup reads a figure's whole history (~500 records for a subject of 100,000 claims), and
 * IndexedDB hands every one over again; the figures of one page ask the same few queries, and the
 * history changes a few times a day. Dexie reports a committed write (of this context, and of the
 * extension's other pages) before the writer's own await resumes, so the next lookup reads anew.
 * A read under way when a write is reported is not kept. The claims given are frozen: shared.
 * A first read takes the subject and metric's claims from their `histories` rows.
 */
export function cachedHistoryFor(db: ClaimlineDb, query: HistoryQuery): Promise<readonly Claim[]> {
  if (!watching) {
    watching = true;
    Dexie.on('storagemutated', onMutated);
  }
  let entry = kept.get(db.name);
  if (entry?.db !== db) {
    entry = { db, answers: new Map() };
    kept.set(db.name, entry);
  }
  const { answers } = entry;
  const key = JSON.stringify([
    query.subject,
    query.party,
    query.metric,
    query.date,
    query.days,
    query.pageUrl,
  ]);
  const known = answers.get(key);
  if (known) {
    // the most recently asked last, so the oldest goes first
    answers.delete(key);
    answers.set(key, known);
    return known;
  }
  const answer = historyFor(db, query, { fromRows: true }).then(frozen);
  answers.set(key, answer);
  if (answers.size > KEEP) answers.delete(answers.keys().next().value as string);
  // a failed read is not kept: the next lookup tries again
  answer.catch(() => answers.get(key) === answer && answers.delete(key));
  return answer;
}
