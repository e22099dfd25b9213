// Fills the lookup benchmark's database in the page: the seeds plus generated claims, spread over
// the real subjects and invented ones, every run the same (seeded PRNG).
import type { Claim, ClaimantType, Origin, Population } from '../../lib/claims/claim';
import { SUBJECTS } from '../../lib/claims/subjects';
import { openDb } from '../../lib/db';
import type { Metric, Qualifier } from '../../lib/extract/types';
import { SEED_CLAIMS } from '../../seeds';

const METRICS: Metric[] = ['killed', 'wounded', 'casualties', 'missing', 'captured', 'deployed', 'withdrawn'];
const QUALIFIERS: Qualifier[] = ['exact', 'approx', 'atLeast', 'moreThan', 'nearly', 'range', 'vague'];
const CLAIMANTS: [string, ClaimantType][] = [
  ...new Map(SEED_CLAIMS.map((c) => [c.claimedBy, c.claimantType] as [string, ClaimantType])),
  ['Reuters tally', 'media'],
  ['Local health authority', 'own-side'],
  ['Armed Conflict Location & Event Data (ACLED)', 'independent'],
];
const ORIGINS: Origin[] = ['page', 'page', 'manual', 'import'];

/** A small, seeded PRNG (mulberry32), so every run fills the same database. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface SubjectPlan {
  id: string;
  parties: string[];
  population: Population;
  weight: number;
}

/** The 7 real subjects and `extra` invented wars; real subjects weigh `realWeight` invented ones. */
function plans(extra: number, realWeight: number): SubjectPlan[] {
  const real = SUBJECTS.map((s) => ({
    id: s.id,
    parties: s.parties.map((p) => p.slug),
    population: s.parties[0]?.population ?? 'unknown',
    weight: realWeight,
  }));
  const invented = Array.from({ length: extra }, (_, i) => ({
    id: `invented-war-${String(i).padStart(3, '0')}`,
    parties: [`party-${i}-a`, `party-${i}-b`],
    population: (['military', 'civilian', 'unknown'] as const)[i % 3] as Population,
    weight: 1,
  }));
  return [...real, ...invented];
}

const pick = <T>(r: () => number, list: readonly T[]): T => list[Math.floor(r() * list.length)] as T;
const day = (r: () => number) =>
  new Date(Date.UTC(2022, 1, 24) + Math.floor(r() * 1400) * 86_400_000).toISOString().slice(0, 10);

function generated(i: number, r: () => number, subject: SubjectPlan): Claim {
  const [claimedBy, claimantType] = pick(r, CLAIMANTS);
  const metric = pick(r, METRICS);
  const qualifier = pick(r, QUALIFIERS);
  const low = Math.round(10 ** (1 + r() * 5));
  const date = day(r);
  const at = `${date}T12:00:00.000Z`;
  return {
    id: `gen-${String(i).padStart(6, '0')}`,
    subject: subject.id,
    party: pick(r, subject.parties),
    population: subject.population,
    metric,
    low,
    high:
      qualifier === 'range'
        ? low + 1 + Math.round(low * r())
        : qualifier === 'atLeast' || qualifier === 'moreThan'
          ? null
          : low,
    qualifier,
    claimedBy,
    claimantType,
    via: r() < 0.3 ? 'Reuters' : null,
    claimDate: date,
    periodStart: r() < 0.5 ? '2022-02-24' : null,
    periodEnd: r() < 0.5 ? date : null,
    cumulative: r() < 0.7,
    place: r() < 0.5 ? 'Front line' : null,
    sourceUrl: `https://news.example.org/${subject.id}/${i}`,
    sourceName: 'Example News',
    quote: `"about ${low.toLocaleString('en')} ${metric}", ${claimedBy} said.`,
    note: r() < 0.3 ? 'Generated for the benchmark; the figure and its source are invented.' : null,
    origin: pick(r, ORIGINS),
    createdAt: at,
    updatedAt: at,
  };
}

/**
 * The generated claims numbered `from` up to `to`, spread over the real subjects (each
 * `realWeight` times an invented one's share) and `extra` invented subjects; the same every run.
 */
export function* generatedClaims(from: number, to: number, extra = 150, realWeight = 6): Generator<Claim> {
  const subjects = plans(extra, realWeight);
  const cumulative: number[] = [];
  subjects.reduce((sum, s) => {
    cumulative.push(sum + s.weight);
    return sum + s.weight;
  }, 0);
  const totalWeight = cumulative[cumulative.length - 1] as number;
  const r = random(20250430);
  for (let i = from; i < to; i++) {
    const w = r() * totalWeight;
    const subject = subjects[cumulative.findIndex((c) => w < c)] as SubjectPlan;
    yield generated(i, r, subject);
  }
}

/**
 * Fills a fresh database with the seeds plus generated claims (each passes validateClaim) up to
 * `total`, spread over the real subjects (each `realWeight` times an invented one's share) and
 * `extra` invented subjects.
 */
export async function fill(
  name: string,
  total: number,
  extra = 150,
  realWeight = 6,
): Promise<Record<string, number>> {
  await openDb(name).delete();
  const db = openDb(name);
  await db.claims.bulkAdd(SEED_CLAIMS);
  let batch: Claim[] = [];
  for (const claim of generatedClaims(SEED_CLAIMS.length, total, extra, realWeight)) {
    batch.push(claim);
    if (batch.length === 10_000) {
      await db.claims.bulkAdd(batch);
      batch = [];
    }
  }
  await db.claims.bulkAdd(batch);
  const counts = { total: await db.claims.count() } as Record<string, number>;
  for (const s of SUBJECTS) counts[s.id] = await db.claims.where('subject').equals(s.id).count();
  db.close();
  return counts;
}
