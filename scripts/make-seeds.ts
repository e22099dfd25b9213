/**
 * One-off generator of seeds/<subject>.json from ../shared/claims/seed-claims.jsonl.
 *
 *   npx tsx scripts/make-seeds.ts [SOURCE.jsonl] [--notes NOTES.json]
 *
 * Facts are carried over as published; population, claimant type and `cumulative` are derived.
 * Notes are the project's own words: they come from NOTES.json (`{"<id>": "note"}`) or, when
 * absent there, from the note already in seeds/, so re-running never loses them. Source notes are
 * never copied.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Claim } from '../lib/claims/claim';
import { claimantTypeFor } from '../lib/claims/claimants';
import { populationOf, subjectById } from '../lib/claims/subjects';
import { validateClaims } from '../lib/claims/validate';

const FACTS = [
  'subject',
  'party',
  'metric',
  'low',
  'high',
  'qualifier',
  'claimedBy',
  'via',
  'claimDate',
  'periodStart',
  'periodEnd',
  'place',
  'sourceUrl',
  'sourceName',
] as const;
const STAMP = '2026-11-27T00:00:00.000Z';
const LOSS = new Set(['killed', 'wounded', 'casualties', 'missing', 'captured']);

const args = process.argv.slice(2);
const notesAt = args.indexOf('--notes');
const notesFile = notesAt >= 0 ? args[notesAt + 1] : undefined;
const source =
  args.find((a, i) => !a.startsWith('--') && i !== notesAt + 1) ?? '../shared/claims/seed-claims.jsonl';
const seedsDir = join(import.meta.dirname, '..', 'seeds');

const given: Record<string, string | null> = notesFile ? JSON.parse(readFileSync(notesFile, 'utf8')) : {};
const rows = readFileSync(source, 'utf8')
  .split('\n')
  .filter((l) => l.trim() !== '')
  .map((l) => JSON.parse(l) as Record<string, unknown>);

function existingNotes(subject: string): Map<string, string | null> {
  try {
    const claims = JSON.parse(readFileSync(join(seedsDir, `${subject}.json`), 'utf8')) as Claim[];
    return new Map(claims.map((c) => [c.id, c.note]));
  } catch {
    return new Map();
  }
}

/** A running total when it counts losses from the start of the subject's war or earlier. */
function isCumulative(row: Record<string, unknown>, warStart: string): boolean {
  if (!LOSS.has(row.metric as string)) return false;
  const start = row.periodStart as string | null;
  return start === null || start <= warStart;
}

const bySubject = new Map<string, Record<string, unknown>[]>();
const missingNotes: string[] = [];
for (const row of rows) {
  const subjectId = row.subject as string;
  const subject = subjectById(subjectId);
  if (!subject) throw new Error(`unknown subject ${subjectId}`);
  const list = bySubject.get(subjectId) ?? [];
  const id = `seed:${subjectId}:${String(list.length + 1).padStart(3, '0')}`;
  const facts = Object.fromEntries(FACTS.map((k) => [k, row[k] ?? null]));
  const party = row.party as string | null;
  const note = id in given ? given[id] : existingNotes(subjectId).get(id);
  if (row.note && note === undefined) missingNotes.push(id);
  list.push({
    id,
    ...facts,
    population: populationOf(subject, party),
    claimantType: claimantTypeFor(row.claimedBy as string, party),
    cumulative: isCumulative(row, subject.period.start),
    quote: null,
    note: note ?? null,
    origin: 'seed',
    createdAt: STAMP,
    updatedAt: STAMP,
  });
  bySubject.set(subjectId, list);
}

let total = 0;
for (const [subject, list] of bySubject) {
  const { records, errors } = validateClaims(list);
  if (errors.length > 0) throw new Error(`${subject}: ${JSON.stringify(errors, null, 2)}`);
  writeFileSync(join(seedsDir, `${subject}.json`), `${JSON.stringify(records, null, 2)}\n`);
  total += records.length;
  console.log(`${subject}: ${records.length}`);
}
console.log(`${total} seed claims written`);
if (missingNotes.length > 0) console.warn(`no project note yet for: ${missingNotes.join(', ')}`);
