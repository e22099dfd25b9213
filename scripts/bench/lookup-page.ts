// The in-browser half of the lookup benchmark: bundled by scripts/bench/lookup.ts (esbuild, iife,
// global `claimlineBench`) and run in a page of headless Chromium, against its real IndexedDB.

import { contextFor } from '../../background/handlers';
import { compareFigure } from '../../lib/claims/compare';
import { matchSubject } from '../../lib/claims/match-subject';
import { type ClaimlineDb, historyFor, openDb } from '../../lib/db';
import { countReads } from '../../lib/db/count-reads';
import type { ContextRequest } from '../../lib/messages/contract';

export { fill } from './lookup-fill';

/** The demo article's "about 600 dead", as the content script asks for it. */
export const REQUEST: ContextRequest = {
  figure: {
    text: 'about 600 dead',
    low: 600,
    high: 600,
    qualifier: 'approx',
    metric: 'killed',
    party: 'north-korea',
  },
  sentence:
    'North Korean soldiers fighting for Russia in the Kursk region have suffered about 4,700 casualties, including about 600 dead.',
  articleText:
    "North Korean soldiers fighting for Russia in the Kursk region have suffered about 4,700 casualties, including about 600 dead, South Korea's spy agency told lawmakers on Wednesday. Pyongyang sent 15,000 troops in two stages, the National Intelligence Service said. Meanwhile in Gaza, the health ministry says 52,300 Palestinians have been killed.",
  articleDate: '2025-04-30',
};

/** The same context answered by reading every claim, as a database without indexes would. */
async function fullScan(db: ClaimlineDb, request: ContextRequest) {
  const { figure, sentence, articleText, articleDate } = request;
  const all = await db.claims.toArray();
  const match = matchSubject({ party: figure.party, metric: figure.metric, sentence, articleText });
  const history = match
    ? all.filter((c) => c.subject === match.subjectId)
    : all.filter((c) => c.party === figure.party && c.metric === figure.metric);
  return compareFigure(figure, {
    articleDate,
    claimedBy: figure.claimedBy,
    history,
    subject: match ? { id: match.subjectId, label: match.label } : null,
  });
}

async function time(runs: number, fn: () => Promise<unknown>): Promise<number[]> {
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    ms.push(performance.now() - t);
  }
  return ms.sort((a, b) => a - b);
}

type Lookup = (db: ClaimlineDb, request: ContextRequest) => Promise<unknown>;

/** Times a lookup `runs` times after a warm-up; counts the records one lookup reads. */
async function series(db: ClaimlineDb, counter: { reads: number }, lookup: Lookup, runs: number) {
  await time(10, () => lookup(db, REQUEST));
  counter.reads = 0;
  const answer = await lookup(db, REQUEST);
  const reads = counter.reads;
  return { ms: await time(runs, () => lookup(db, REQUEST)), reads, answer: JSON.stringify(answer) };
}

/**
 * Times `contextFor` as wired in background/context-for.ts and a full table scan; fails if they give a
 * different answer.
 */
export async function measure(name: string, runs: number, scanRuns: number) {
  const db = openDb(name);
  const counter = countReads(db);
  await db.open();
  // every lookup reads the indexes (the background keeps answers until a write: packs bench)
  const indexed: Lookup = (db, request) => contextFor(db, request, (query) => historyFor(db, query));
  const wired = await series(db, counter, indexed, runs);
  const scan = await series(db, counter, fullScan, scanRuns);
  if (wired.answer !== scan.answer) {
    throw new Error('the indexed lookups and the full scan disagree');
  }
  const total = await db.claims.count();
  db.close();
  const { prior } = JSON.parse(scan.answer) as { prior: unknown[] };
  return { wired, scan, total, prior: prior.length };
}
