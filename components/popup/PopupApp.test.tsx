// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import Dexie from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openDb } from '../../lib/db';
import { PopupApp } from './PopupApp';
import { CLAIMS, dbWith, deleteDbs, fakeArea, parseHere } from './test-helpers';

afterEach(async () => {
  cleanup();
  await deleteDbs();
});
const noPage = async () => null;
const claimRows = () => screen.queryAllByRole('listitem').filter((li) => li.classList.contains('claim-row'));
const count = () => document.querySelector('.count')?.textContent;

describe('Claims section', () => {
  it('finds claims by claimant, note and subject, and filters by subject', async () => {
    const db = await dbWith(CLAIMS);
    render(<PopupApp db={db} askPage={noPage} initialSection="claims" />);
    await waitFor(() => expect(claimRows()).toHaveLength(3));
    const search = screen.getByLabelText('Search claims');
    fireEvent.input(search, { target: { value: 'kursk' } });
    await waitFor(() =>
      expect(claimRows().map((r) => r.textContent)).toEqual([expect.stringContaining('Ukraine GUR')]),
    );
    expect(screen.getByText('1 of 3 claims match')).toBeTruthy();
    fireEvent.input(search, { target: { value: 'gaza health' } });
    await waitFor(() => expect(claimRows()).toHaveLength(1));
    fireEvent.input(search, { target: { value: 'north korean troops' } });
    await waitFor(() => expect(claimRows()).toHaveLength(2));
    fireEvent.input(search, { target: { value: '' } });
    fireEvent.change(screen.getByLabelText('Subject'), { target: { value: 'gaza-war-casualties' } });
    await waitFor(() => expect(claimRows()).toHaveLength(1));
    expect(screen.getByRole('img', { name: /Timeline of 1 claim by 1 claimant/ })).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Subject'), {
      target: { value: 'north-korean-troops-russia-ukraine' },
    });
    await waitFor(() =>
      expect(screen.getByRole('img', { name: /Timeline of 2 claims by 2 claimants/ })).toBeTruthy(),
    );
    fireEvent.change(screen.getByLabelText('Subject'), { target: { value: 'gaza-war-casualties' } });
    expect(screen.getByText('Filters and sort (1 active)')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    await waitFor(() => expect(claimRows()).toHaveLength(3));
  });

  it('groups by subject with counts and sorts by value', async () => {
    const db = await dbWith(CLAIMS);
    render(<PopupApp db={db} askPage={noPage} initialSection="claims" />);
    await waitFor(() => expect(claimRows()).toHaveLength(3));
    const headings = screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(headings).toEqual([
      'Casualties of the Gaza war (1)',
      'North Korean troops in the Russia-Ukraine war (2)',
    ]);
    fireEvent.change(screen.getByLabelText('Sort by'), { target: { value: 'value-asc' } });
    await waitFor(() => expect(claimRows()[1]?.textContent).toMatch(/^approximately 300 /));
  });

  it('deletes a claim and brings it back, unchanged, with Undo', async () => {
    const db = await dbWith(CLAIMS);
    render(<PopupApp db={db} askPage={noPage} initialSection="claims" />);
    await waitFor(() => expect(count()).toBe('3 claims'));
    fireEvent.click(screen.getByRole('button', { name: /Ukraine GUR/ }));
    fireEvent.click(await screen.findByRole('button', { name: 'Delete' }));
    const snackbar = await screen
      .findByRole('status', { name: '' })
      .catch(() => screen.getByText('Claim deleted'));
    expect(snackbar.textContent).toContain('Claim deleted');
    await waitFor(() => expect(count()).toBe('2 claims'));
    expect(await db.claims.get('k2')).toBeUndefined();
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(count()).toBe('3 claims'));
    expect(await db.claims.get('k2')).toEqual(CLAIMS[1]);
  });

  it('Escape closes the form and gives focus back to the claim', async () => {
    const db = await dbWith(CLAIMS);
    render(<PopupApp db={db} askPage={noPage} initialSection="claims" />);
    fireEvent.click(await screen.findByRole('button', { name: /Ukraine GUR/ }));
    const form = await screen.findByRole('form', { name: 'Edit claim' });
    fireEvent.keyDown(within(form).getByLabelText(/^Note/), { key: 'Escape' });
    await waitFor(() => expect(screen.queryByRole('form')).toBeNull());
    await waitFor(() => expect((document.activeElement as HTMLElement).dataset.id).toBe('k2'));
  });

  it('adds a claim through the form and lists it live', async () => {
    const db = await dbWith(CLAIMS);
    render(<PopupApp db={db} askPage={noPage} initialSection="claims" />);
    fireEvent.click(await screen.findByRole('button', { name: 'Add claim' }));
    const form = screen.getByRole('form', { name: 'Add claim' });
    fireEvent.input(within(form).getByLabelText(/^Claimant \*$/), { target: { value: 'Test Monitor' } });
    fireEvent.input(within(form).getByLabelText(/^Claim date/), { target: { value: '2025-03-03' } });
    fireEvent.input(within(form).getByLabelText(/^Low/), { target: { value: '12' } });
    fireEvent.input(within(form).getByLabelText(/^High/), { target: { value: '12' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(count()).toBe('4 claims'));
    await waitFor(() => expect(claimRows().some((r) => r.textContent?.includes('Test Monitor'))).toBe(true));
  });
});

describe('the whole popup', () => {
  it('says so when the database cannot be opened', async () => {
    const idb = Dexie.dependencies.indexedDB as IDBFactory;
    const open = vi.spyOn(idb, 'open').mockImplementation(() => {
      throw new DOMException('The storage is unavailable', 'InvalidStateError');
    });
    try {
      render(<PopupApp db={openDb('popup-broken')} askPage={noPage} />);
      expect((await screen.findByRole('alert')).textContent).toMatch(
        /cannot open its claim database \(.*storage is unavailable.*\)/,
      );
    } finally {
      open.mockRestore();
    }
  });

  it('says Claimline does not run on this page when no content script answers', async () => {
    render(<PopupApp db={await dbWith([])} askPage={noPage} />);
    expect(await screen.findByText(/Claimline does not run on this page/)).toBeTruthy();
  });

  it('saves a figure of this page through the form, prefilled', async () => {
    const askPage = vi.fn(async () => ({
      url: 'https://news.example/a',
      title: 'Troops at the front',
      articleDate: '2025-01-10',
      figures: [
        {
          index: 0,
          figure: {
            text: 'about 300',
            low: 300,
            high: 300,
            qualifier: 'approx' as const,
            metric: 'killed' as const,
            party: 'north-korea',
          },
          sentence: 'About 300 North Korean soldiers were killed.',
          context: null,
        },
      ],
    }));
    const db = await dbWith([]);
    render(<PopupApp db={db} askPage={askPage} />);
    fireEvent.click(
      await screen.findByRole('button', { name: 'Save approximately 300 killed to the history' }),
    );
    const form = await screen.findByRole('form', { name: 'Add claim' });
    expect((within(form).getByLabelText(/^Claim date/) as HTMLInputElement).value).toBe('2025-01-10');
    expect((within(form).getByLabelText(/^Source URL/) as HTMLInputElement).value).toBe(
      'https://news.example/a',
    );
    fireEvent.input(within(form).getByLabelText(/^Claimant \*$/), { target: { value: 'Someone' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(count()).toBe('1 claim'));
    expect((await db.claims.toArray())[0]).toMatchObject({ origin: 'page', low: 300, claimedBy: 'Someone' });
  });

  it('moves between sections with the arrow keys', async () => {
    render(
      <PopupApp db={await dbWith([])} askPage={noPage} settingsArea={fakeArea()} parseFile={parseHere} />,
    );
    const tab = screen.getByRole('tab', { name: 'This page' });
    tab.focus();
    fireEvent.keyDown(tab, { key: 'ArrowRight' });
    expect(screen.getByRole('tab', { name: 'Claims' }).getAttribute('aria-selected')).toBe('true');
    expect(document.activeElement).toBe(screen.getByRole('tab', { name: 'Claims' }));
    fireEvent.keyDown(document.activeElement as Element, { key: 'End' });
    expect(screen.getByRole('tab', { name: 'Settings' }).getAttribute('aria-selected')).toBe('true');
  });
});
