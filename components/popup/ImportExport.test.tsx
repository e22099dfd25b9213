// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { exportJson } from '../../lib/io/export-json';
import { ImportExport } from './ImportExport';
import { CLAIMS, dbWith, deleteDbs, parseHere } from './test-helpers';

afterEach(async () => {
  cleanup();
  await deleteDbs();
});

const HEADER = 'metric,qualifier,claimedBy,claimDate,low,high,subject,party';
const k1 = CLAIMS[0];
const csv = [
  HEADER,
  'killed,approx,New Monitor,2025-04-01,10,10,,',
  'killed,approx,New Monitor,2025-05-01,20,20,,',
  `killed,approx,${k1?.claimedBy},2025-01-13,300,300,north-korean-troops-russia-ukraine,north-korea`,
  'killed,approx,New Monitor,yesterday,30,30,,',
].join('\n');

function choose(text: string, name: string) {
  const input = screen.getByLabelText('Import a file');
  fireEvent.change(input, { target: { files: [new File([text], name)] } });
}

describe('Import / export', () => {
  it('summarises the file and writes nothing until confirmed', async () => {
    const db = await dbWith(CLAIMS);
    render(<ImportExport db={db} parseFile={parseHere} />);
    choose(csv, 'claims.csv');
    const summary = await screen.findByRole('region', { name: 'Import summary' });
    expect(summary.querySelector('.summary')?.textContent).toBe(
      '2 new claims, 1 duplicate skipped, 1 row with errors',
    );
    expect(summary.textContent).toContain("line 5: Claim date 'yesterday' is not a date (YYYY-MM-DD)");
    expect(await db.claims.count()).toBe(3);
    const go = screen.getByRole('button', { name: 'Import 2 claims' }) as HTMLButtonElement;
    expect(go.disabled).toBe(true);
    fireEvent.click(screen.getByLabelText(/Leave out the 1 row with errors/));
    expect(go.disabled).toBe(false);
    fireEvent.click(go);
    expect(await screen.findByText('Imported 2 new claims.')).toBeTruthy();
    expect(await db.claims.count()).toBe(5);
    expect(await db.claims.get('k1')).toEqual(k1);
  });

  it('updates duplicates only when ticked', async () => {
    const db = await dbWith(CLAIMS);
    render(<ImportExport db={db} parseFile={parseHere} />);
    choose(exportJson([{ ...(k1 as NonNullable<typeof k1>), note: 'corrected' }]), 'backup.json');
    fireEvent.click(await screen.findByLabelText(/Update duplicates/));
    fireEvent.click(screen.getByRole('button', { name: 'Import 1 claim' }));
    expect(await screen.findByText('Imported 0 new claims, updated 1.')).toBeTruthy();
    expect((await db.claims.get('k1'))?.note).toBe('corrected');
  });

  it('shows the error of a malformed file and writes nothing', async () => {
    const db = await dbWith(CLAIMS);
    render(<ImportExport db={db} parseFile={parseHere} />);
    choose('{"format":"claimline-claims","version":1,"claims":[{"id":', 'broken.json');
    expect((await screen.findByRole('alert')).textContent).toMatch(
      /^broken.json: The file is not valid JSON.*Nothing was imported\.$/,
    );
    expect(screen.queryByRole('button', { name: /^Import \d/ })).toBeNull();
    expect(await db.claims.count()).toBe(3);
  });

  it('a full disk mid-import writes nothing and says why', async () => {
    const db = await dbWith(CLAIMS);
    const many = Array.from({ length: 12_000 }, (_, i) => ({
      ...(k1 as NonNullable<typeof k1>),
      id: `n${i}`,
      low: 1e6 + i,
      high: 1e6 + i,
    }));
    let calls = 0;
    const bulkAdd = db.claims.bulkAdd.bind(db.claims);
    vi.spyOn(db.claims, 'bulkAdd').mockImplementation(((items: never[]) => {
      calls += 1;
      // The second slice finds the disk full: the first must not stay written.
      if (calls === 2) return Promise.reject(new DOMException('Quota exceeded', 'QuotaExceededError'));
      return bulkAdd(items);
    }) as never);
    render(<ImportExport db={db} parseFile={parseHere} />);
    choose(exportJson(many), 'many.json');
    fireEvent.click(await screen.findByRole('button', { name: 'Import 12,000 claims' }, { timeout: 10_000 }));
    expect((await screen.findByRole('alert', {}, { timeout: 10_000 })).textContent).toMatch(
      /: Your disk is full: nothing was saved\. Free some space/,
    );
    expect(calls).toBe(2);
    expect(await db.claims.count()).toBe(3);
  }, 30_000); // 12,000 records through fake-indexeddb: seconds on a loaded machine

  it('cancelling writes nothing', async () => {
    const db = await dbWith([]);
    render(<ImportExport db={db} parseFile={parseHere} />);
    choose(exportJson(CLAIMS), 'backup.json');
    fireEvent.click(await screen.findByRole('button', { name: 'Cancel' }));
    expect(screen.getByText('Import cancelled; nothing was written.')).toBeTruthy();
    expect(await db.claims.count()).toBe(0);
  });

  it('exports JSON and CSV through the download function', async () => {
    const download = vi.fn();
    render(<ImportExport db={await dbWith(CLAIMS)} download={download} />);
    fireEvent.click(screen.getByRole('button', { name: 'Export JSON' }));
    await waitFor(() => expect(download).toHaveBeenCalledTimes(1));
    const [json, name, type] = download.mock.calls[0] as [string, string, string];
    expect(name).toMatch(/^claimline-claims-\d{4}-\d{2}-\d{2}\.json$/);
    expect(type).toBe('application/json');
    expect(JSON.parse(json).claims).toHaveLength(3);
    fireEvent.click(screen.getByRole('button', { name: 'Export CSV' }));
    await waitFor(() => expect(download).toHaveBeenCalledTimes(2));
    expect(download.mock.calls[1]?.[0]).toMatch(/^id,subject,party/);
  });

  it('shows how a UCDP GED file becomes claims, and imports its events', async () => {
    const db = await dbWith([]);
    render(<ImportExport db={db} parseFile={parseHere} />);
    const ged = [
      'id,conflict_name,side_a,side_b,source_office,date_start,date_end,deaths_a,deaths_b,deaths_civilians,deaths_unknown,best,high,low',
      '77,Examplia: Government,Government of Examplia,Northern Front,Example Wire,2026-03-02,2026-03-03,4,9,0,0,13,20,11',
    ].join('\n');
    choose(ged, 'ged-events.csv');
    const summary = await screen.findByRole('region', { name: 'Import summary' });
    const mapping = screen.getByRole('table', { name: /UCDP GED/ });
    expect(mapping.textContent).toContain('conflict_name');
    expect(summary.querySelector('.summary')?.textContent).toMatch(/^1 new claim,/);
    fireEvent.click(screen.getByRole('button', { name: 'Import 1 claim' }));
    await waitFor(async () =>
      expect(await db.claims.get('ucdp-ged:77')).toMatchObject({ low: 11, high: 20 }),
    );
  });
});
