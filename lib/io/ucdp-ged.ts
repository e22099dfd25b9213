// UCDP's Georeferenced Event Dataset (GED) as claims: one claim per event row, the event's deaths
// (best estimate, with UCDP's low and high) as claimed by UCDP, relaying the office that reported it.
// Columns: https://ucdp.uu.se/downloads/ (UCDP GED Codebook).

/** The GED columns Claimline reads; a CSV header with all of these is a GED file. */
export const GED_COLUMNS = [
  'best',
  'low',
  'high',
  'side_a',
  'side_b',
  'deaths_a',
  'deaths_b',
  'deaths_civilians',
  'date_start',
  'date_end',
  'conflict_name',
  'source_office',
] as const;

/** Whether a CSV header row is UCDP GED's (it may hold more columns than these). */
export const isGedHeader = (names: readonly string[]): boolean => GED_COLUMNS.every((c) => names.includes(c));

/** Which GED columns each claim field is made from, shown to the reader before a GED import. */
export const GED_MAPPING = [
  { field: 'fieldLow', from: 'low' },
  { field: 'fieldHigh', from: 'high' },
  { field: 'fieldSubject', from: 'conflict_name' },
  { field: 'fieldPopulation', from: 'deaths_civilians, deaths_a, deaths_b' },
  { field: 'fieldClaimant', from: 'UCDP GED' },
  { field: 'fieldVia', from: 'source_office' },
  { field: 'fieldClaimDate', from: 'date_end' },
  { field: 'fieldPeriodStart', from: 'date_start' },
  { field: 'fieldPeriodEnd', from: 'date_end' },
  { field: 'fieldPlace', from: 'where_description, adm_1, country' },
  { field: 'fieldNote', from: 'side_a, side_b, deaths_a, deaths_b, deaths_civilians, best' },
] as const;

/** A slug of a GED name: "Government of Sudan - RSF" -> "government-of-sudan-rsf". */
const slugOf = (name: string): string | null => {
  const s = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
  return s === '' ? null : s;
};

/** GED dates are `YYYY-MM-DD` or `YYYY-MM-DD hh:mm:ss.fff`: the day. */
const dayOf = (value: string | undefined): string | undefined => value?.trim().slice(0, 10) || undefined;

const count = (value: string | undefined): number | string | undefined => {
  const v = value?.trim() ?? '';
  if (v === '') return undefined;
  return /^\d+$/.test(v) ? Number(v) : v; // anything else goes to the validator, which names it
};

/**
 * One GED event row (cells by column name) as a record for the validator. Values it cannot read
 * are passed on as they are, so the validator's error names the field and the row.
 */
export function gedRecord(row: Readonly<Record<string, string>>): Record<string, unknown> {
  const low = count(row.low);
  const high = count(row.high);
  const best = count(row.best);
  const civilians = count(row.deaths_civilians);
  const sides = [row.side_a, row.side_b].filter(Boolean).join(' vs ');
  const population =
    typeof civilians === 'number' && typeof best === 'number'
      ? civilians === best && best > 0
        ? 'civilian'
        : civilians === 0 && count(row.deaths_unknown) === 0
          ? 'military'
          : 'unknown'
      : 'unknown';
  const place = [row.where_description, row.adm_1, row.country]
    .map((p) => p?.trim())
    .filter(Boolean)
    .join(', ');
  const note = [
    sides,
    `deaths: ${row.side_a || 'side a'} ${row.deaths_a ?? '?'}, ${row.side_b || 'side b'} ${row.deaths_b ?? '?'}, civilians ${row.deaths_civilians ?? '?'}`,
    `best estimate ${row.best}`,
    row.id ? `UCDP GED event ${row.id}` : '',
  ]
    .filter(Boolean)
    .join('; ');
  return {
    ...(row.id && { id: `ucdp-ged:${row.id.trim()}` }),
    subject: slugOf(row.conflict_name ?? ''),
    party: null,
    population,
    metric: 'killed',
    low,
    high,
    ...(low !== high && typeof best === 'number' && { best }),
    qualifier: low === high ? 'exact' : 'range',
    claimedBy: 'UCDP GED (Uppsala Conflict Data Program)',
    claimantType: 'independent',
    via: row.source_office?.trim().slice(0, 300) || null,
    claimDate: dayOf(row.date_end) ?? dayOf(row.date_start),
    periodStart: dayOf(row.date_start) ?? null,
    periodEnd: dayOf(row.date_end) ?? null,
    cumulative: false,
    place: place.slice(0, 200) || null,
    sourceName: 'UCDP Georeferenced Event Dataset',
    note: note.slice(0, 1000),
  };
}
