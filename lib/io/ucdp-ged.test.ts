import { describe, expect, test } from 'vitest';
import { parseImport } from './parse-import';
import { GED_COLUMNS, GED_MAPPING } from './ucdp-ged';

// GED's own header (its real column order, shortened) with two invented events.
const HEADER =
  'id,relid,year,type_of_violence,conflict_name,dyad_name,side_a,side_b,source_office,where_description,adm_1,country,date_start,date_end,deaths_a,deaths_b,deaths_civilians,deaths_unknown,best,high,low';
const ROWS = [
  '901,EX-1,2026,1,Examplia: Government,Government of Examplia - Northern Front,Government of Examplia,Northern Front,Example Wire;Radio Nord,Riverside village,North province,Examplia,2026-03-02 00:00:00.000,2026-03-03 00:00:00.000,4,9,0,0,13,20,11',
  '902,EX-2,2026,3,Northern Front - Civilians,Northern Front - Civilians,Northern Front,Civilians,Example Wire,Market square,North province,Examplia,2026-03-05,2026-03-05,0,0,7,0,7,7,7',
];
const bytes = (lines: string[]) => new TextEncoder().encode(`${lines.join('\n')}\n`);

describe('UCDP GED files', () => {
  test('are recognised by their columns, one claim per event, as UCDP relaying the reporting office', () => {
    const read = parseImport(bytes([HEADER, ...ROWS]), 'ged.csv');
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.format).toBe('ucdp-ged');
    expect(read.errorCount).toBe(0);
    const [battle, massacre] = read.records;
    expect(battle).toMatchObject({
      id: 'ucdp-ged:901',
      subject: 'examplia-government',
      metric: 'killed',
      low: 11,
      high: 20,
      best: 13,
      qualifier: 'range',
      population: 'military',
      claimedBy: 'UCDP GED (Uppsala Conflict Data Program)',
      via: 'Example Wire;Radio Nord',
      claimDate: '2026-03-03',
      periodStart: '2026-03-02',
      periodEnd: '2026-03-03',
      place: 'Riverside village, North province, Examplia',
      origin: 'import',
    });
    expect(battle?.note).toMatch(/Government of Examplia 4, Northern Front 9, civilians 0; best estimate 13/);
    expect(massacre).toMatchObject({ low: 7, high: 7, qualifier: 'exact', population: 'civilian' });
    expect(massacre).not.toHaveProperty('best');
  });

  test('a row GED got wrong is named by its line and field; the others still read', () => {
    const broken = ROWS[1]?.replace(',7,7,7', ',7,seven,7') ?? '';
    const read = parseImport(bytes([HEADER, ROWS[0] ?? '', broken]), 'ged.csv');
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.records).toHaveLength(1);
    expect(read.errors[0]).toMatchObject({ line: 3, field: 'high' });
  });

  test('the mapping the reader is shown names every GED column Claimline reads', () => {
    const shown = GED_MAPPING.map((m) => m.from).join(' ');
    for (const column of GED_COLUMNS) expect(shown).toContain(column);
  });
});
