import Dexie from 'dexie';
import type { Claim, Origin } from '../claims/claim';
import type { Metric } from '../extract/types';
import { claimsFromRows } from './history-rows-read';
import type { ClaimlineDb } from './schema';
import { writeTransaction } from './write';

/** Number of claims in the database. */
export function countClaims(db: ClaimlineDb): Promise<number> {
  return db.claims.count();
}

/** Every claim, in no particular order (the popup's live list, the settings' export). */
export function allClaims(db: ClaimlineDb): Promise<Claim[]> {
  return db.claims.toArray();
}

/** Every claim, oldest claim date first (the exports). */
export function claimsByDate(db: ClaimlineDb): Promise<Claim[]> {
  return db.claims.orderBy('claimDate').toArray();
}

/** Deletes every claim, in one transaction ("Delete all claims" in the settings). */
export async function clearClaims(db: ClaimlineDb): Promise<void> {
  await db.transaction('rw', db.claims, () => db.claims.clear());
}

/**
 * Writes an import in one transaction: all of it or, on any failure, nothing. `add` fails on an
 * id already stored (so nothing is overwritten by surprise), `put` replaces the claims it names.
 * The new claims go in slices inside the one transaction, only to report progress on big files.
 */
export function writeImport(
  db: ClaimlineDb,
  writes: { add: readonly Claim[]; put: readonly Claim[] },
  progress: (written: number, total: number) => void = () => {},
  slice = 5_000,
): Promise<void> {
  return writeTransaction(db, [db.claims], async () => {
    for (let i = 0; i < writes.add.length; i += slice) {
      progress(i, writes.add.length);
      await db.claims.bulkAdd(writes.add.slice(i, i + slice));
    }
    progress(writes.add.length, writes.add.length);
    if (writes.put.length > 0) await db.claims.bulkPut([...writes.put]);
  });
}

/** Claims newest claim date first (ties: most recently updated first). */
export async function listClaims(db: ClaimlineDb, limit = Number.POSITIVE_INFINITY): Promise<Claim[]> {
  const all = await db.claims.orderBy('claimDate').reverse().limit(limit).toArray();
  return all;
}

/** What `historyFor` reads: a figure's subject (or party), metric, and where and when it stands. */
export interface HistoryQuery {
  subject: string | null;
  party: string | null;
  metric: Metric;
  /** The figure's claim date (the article's when its sentence gives none); null when unknown. */
  date?: string | null;
  /** The days its sentence gives ("in January"), when they are more than `date`. */
  days?: { first: string; last: string } | null;
  /** The page's address: what the reader saved from this page is read too. */
  pageUrl?: string;
}

/**
 * The history a figure is compared with, from the indexes, never a table scan: with a subject,
 * every claim of it, oldest first; without one, every claim about the same party and metric.
 * Given `date` (null when unknown), only what `compareFigure` reads: the subject's claims of this
 * metric, plus all its claims from the day before the figure's days to the day after them (the
 * claimant's other figures of the day its claim is found on, within a day of the date), so a
 * subject with thousands of claims costs only one metric's. With `pageUrl`, also the claims saved
 * from that page, whatever their subject. `fromRows`: the subject and metric's claims are read from
 * their `histories` rows (a few strings) instead of the index (~500 records): the same claims.
 */
export async function historyFor(
  db: ClaimlineDb,
  query: HistoryQuery,
  { fromRows = false }: { fromRows?: boolean } = {},
): Promise<Claim[]> {
  const { subject, party, metric, date, pageUrl } = query;
  const fromPage = (): Promise<Claim[]> =>
    pageUrl
      ? db.claims
          .where('sourceUrl')
          .equals(pageUrl)
          .filter((c) => c.metric === metric)
          .toArray()
      : Promise.resolve([]);
  let found: Claim[];
  if (subject && date !== undefined) {
    const days = query.days ?? (date ? { first: date, last: date } : null);
    found = await db.transaction('r', db.claims, db.histories, () =>
      Promise.all([
        fromRows
          ? claimsFromRows(db, subject, metric)
          : db.claims
              .where('[subject+metric+claimDate]')
              .between([subject, metric, Dexie.minKey], [subject, metric, Dexie.maxKey])
              .toArray(),
        days
          ? db.claims
              .where('[subject+claimDate]')
              .between([subject, dayBefore(days.first)], [subject, dayAfter(days.last)], true, true)
              .toArray()
          : [],
        fromPage(),
      ]).then((lists) => lists.flat()),
    );
  } else if (subject) found = [...(await timelineFor(db, subject)), ...(await fromPage())];
  else if (party)
    found = [
      ...(await db.claims.where('[party+metric]').equals([party, metric]).toArray()),
      ...(await fromPage()),
    ];
  else found = await fromPage();
  const byId = new Map(found.map((c) => [c.id, c]));
  // the order of the whole subject's read: claim date, then id
  return [...byId.values()].sort((a, b) => byKey(a.claimDate, b.claimDate) || byKey(a.id, b.id));
}

const shift = (day: string, n: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
const dayBefore = (day: string) => shift(day, -1);
const dayAfter = (day: string) => shift(day, 1);

const byKey = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Adds a new claim; fails (and writes nothing) if its id already exists. */
export async function addClaim(db: ClaimlineDb, claim: Claim): Promise<void> {
  await db.claims.add(claim);
}

/** Replaces a stored claim with its corrected version. */
export async function updateClaim(db: ClaimlineDb, claim: Claim): Promise<void> {
  await db.claims.put(claim);
}

/** Deletes a claim and returns it, so the caller can offer undo. */
export async function deleteClaim(db: ClaimlineDb, id: string): Promise<Claim | undefined> {
  return db.transaction('rw', db.claims, async () => {
    const claim = await db.claims.get(id);
    if (claim) await db.claims.delete(id);
    return claim;
  });
}

/** A subject's claims in claim-date order, oldest first (the popup's per-subject timeline). */
export function timelineFor(db: ClaimlineDb, subject: string): Promise<Claim[]> {
  return db.claims
    .where('[subject+claimDate]')
    .between([subject, Dexie.minKey], [subject, Dexie.maxKey])
    .toArray();
}

/** Claims of one origin (seed, page, manual, import): the popup's filters and "Restore seed claims". */
export function claimsByOrigin(db: ClaimlineDb, origin: Origin): Promise<Claim[]> {
  return db.claims.where('origin').equals(origin).toArray();
}
