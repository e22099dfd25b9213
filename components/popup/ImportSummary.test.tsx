// @vitest-environment happy-dom
// The summary of a CSV file that is not Claimline's own export: which column goes to which field,
// the first rows as they will be read, the reader's choice to import or cancel, and errors that
// name a column by the form's label.
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { makeClaim } from '../../lib/claims/test-claims';
import { type Entry, setFallbackMessages } from '../../lib/i18n';
import { exportCsv } from '../../lib/io/export-csv';
import de from '../../public/_locales/de/messages.json';
import en from '../../public/_locales/en/messages.json';
import { ImportExport } from './ImportExport';
import { dbWith, deleteDbs, parseHere } from './test-helpers';

afterEach(async () => {
  cleanup();
  setFallbackMessages(en as Record<string, Entry>);
  await deleteDbs();
});

function choose(label: string, text: string, name = 'sheet.csv') {
  fireEvent.change(screen.getByLabelText(label), { target: { files: [new File([text], name)] } });
}

const cells = (row: HTMLElement) =>
  within(row)
    .getAllByRole('cell')
    .map((c) => c.textContent);

const SHEET = [
  'Metric;Qualifier;Claimant;Claim date;Low;High;Colour',
  'killed;atLeast;Health Office East;2026-10-01;"53.977";;red',
  'wounded;range;Health Office East;2026-10-02;1.200;1.300;blue',
].join('\n');

describe('the import summary of a CSV file made by hand', () => {
  it('shows which column goes to which field, the ignored one, and the first rows as read', async () => {
    const db = await dbWith([]);
    render(<ImportExport db={db} parseFile={parseHere} />);
    choose('Import a file', SHEET);
    const mapping = await screen.findByRole('table', { name: 'How the columns of this file are read' });
    expect(mapping.textContent).toContain('Columns separated by “;”');
    const rows = within(mapping).getAllByRole('row').slice(1);
    expect(rows.map(cells)).toEqual([
      ['Metric', 'Metric'],
      ['Qualifier', 'Qualifier'],
      ['Claimant', 'Claimant'],
      ['Claim date', 'Claim date'],
      ['Low', 'Low'],
      ['High', 'High'],
      ['Colour', 'ignored'],
    ]);
    const preview = screen.getByRole('table', { name: 'The first rows as they will be imported' });
    const head = within(preview)
      .getAllByRole('columnheader')
      .map((c) => c.textContent);
    expect(head).toEqual(['Line', 'Metric', 'Qualifier', 'Claimant', 'Claim date', 'Low', 'High']);
    const [first, second] = within(preview).getAllByRole('row').slice(1) as [HTMLElement, HTMLElement];
    // numbers as numbers, dates as dates, option words, not the file's text
    expect(within(first).getByRole('rowheader').textContent).toBe('2');
    expect(cells(first)).toEqual(['killed', 'at least', 'Health Office East', '1 Oct 2026', '53,977', '']);
    expect(cells(second)?.slice(4)).toEqual(['1,200', '1,300']);
    expect(await db.claims.count()).toBe(0);
    fireEvent.click(screen.getByRole('button', { name: 'Import 2 claims' }));
    expect(await screen.findByText('Imported 2 new claims.')).toBeTruthy();
    const stored = (await db.claims.toArray()).sort((a, b) => a.claimDate.localeCompare(b.claimDate));
    expect(stored.map((c) => [c.qualifier, c.low, c.high])).toEqual([
      ['atLeast', 53977, null],
      ['range', 1200, 1300],
    ]);
  });

  it('cancelling after the preview writes nothing', async () => {
    const db = await dbWith([]);
    render(<ImportExport db={db} parseFile={parseHere} />);
    choose('Import a file', SHEET);
    await screen.findByRole('table', { name: 'The first rows as they will be imported' });
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.getByText('Import cancelled; nothing was written.')).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
    expect(await db.claims.count()).toBe(0);
  });

  it("Claimline's own export is summarised without a mapping or preview", async () => {
    const db = await dbWith([]);
    render(<ImportExport db={db} parseFile={parseHere} />);
    choose('Import a file', exportCsv([makeClaim({ id: 'own1', claimDate: '2026-10-01' })]));
    const summary = await screen.findByRole('region', { name: 'Import summary' });
    expect(summary.querySelector('.summary')?.textContent).toMatch(/^1 new claim,/);
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('in German: the labels of the form, option words, and errors named by the label', async () => {
    setFallbackMessages(de as Record<string, Entry>);
    const db = await dbWith([]);
    render(<ImportExport db={db} parseFile={parseHere} />);
    choose(
      'Datei importieren',
      [
        'Kennzahl;Einschränkung;Urheber;Datum der Angabe;Untergrenze;Obergrenze',
        'killed;atLeast;Gesundheitsamt;2026-10-01;10;',
        'wounded;approx;Gesundheitsamt;gestern;20;20',
        'wounded;atLeast;Gesundheitsamt;2026-10-02;20;30',
      ].join('\n'),
      'tabelle.csv',
    );
    const mapping = await screen.findByRole('table', { name: 'So werden die Spalten dieser Datei gelesen' });
    expect(within(mapping).getAllByRole('row').slice(1).map(cells)[3]).toEqual([
      'Datum der Angabe',
      'Datum der Angabe',
    ]);
    const preview = screen.getByRole('table', { name: 'Die ersten Zeilen, wie sie importiert werden' });
    const first = within(preview).getAllByRole('row')[1] as HTMLElement;
    expect(cells(first).slice(0, 2)).toEqual(['Getötete', 'mindestens']);
    const errors = screen.getByRole('list', { name: 'Fehler in der Datei' });
    const lines = within(errors)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(lines[0]).toMatch(/^Zeile 3: Datum der Angabe 'gestern' /);
    expect(lines[1]).toMatch(/^Zeile 4: Einschränkung 'mindestens' braucht Untergrenze und kein Obergrenze/);
    expect(errors.textContent).not.toMatch(/claimDate|qualifier|atLeast|\blow\b/);
  });
});
