// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { importSeeds } from '../../lib/db/seeding';
import { SEED_CLAIMS } from '../../seeds';
import { SettingsSection } from './SettingsSection';
import { CLAIMS, dbWith, deleteDbs, fakeArea } from './test-helpers';

afterEach(async () => {
  cleanup();
  await deleteDbs();
});

describe('Settings', () => {
  it('lists paused sites and resumes one; switches the highlight style', async () => {
    const area = fakeArea({
      settings: { pausedSites: ['news.example', 'other.example'], highlightStyle: 'subtle' },
    });
    render(<SettingsSection db={await dbWith([])} area={area} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Resume on news.example' }));
    await waitFor(() => expect(area.data.settings).toMatchObject({ pausedSites: ['other.example'] }));
    expect(screen.queryByText('news.example')).toBeNull();
    fireEvent.click(screen.getByLabelText(/^Strong/));
    await waitFor(() => expect(area.data.settings).toMatchObject({ highlightStyle: 'strong' }));
  });

  it('shows each shortcut with its keys or "not set", and where to change them', async () => {
    const shortcuts = async () => [
      { name: 'toggle-marks', description: 'Hide or show', shortcut: 'Alt+Shift+M' },
      { name: 'next-figure', description: 'Next', shortcut: '' },
    ];
    render(<SettingsSection db={await dbWith([])} area={fakeArea()} shortcuts={shortcuts} />);
    const list = screen.getByRole('heading', { name: 'Keyboard shortcuts' })
      .nextElementSibling as HTMLElement;
    await waitFor(() => expect(list.textContent).toContain('Alt+Shift+M'));
    const rows = [...list.children].map((row) => row.textContent);
    expect(rows).toEqual([
      "Hide or show Claimline's marks on this pageAlt+Shift+M",
      'Go to the next figure on this pagenot set',
    ]);
    expect(screen.getByText(/chrome:\/\/extensions\/shortcuts/).textContent).toContain('about:addons');
  });

  it('keeps the choice of tab stops: one per paragraph, or every figure', async () => {
    const area = fakeArea();
    render(<SettingsSection db={await dbWith([])} area={area} shortcuts={async () => []} />);
    const paragraph = (await screen.findByLabelText(/^One tab stop per paragraph/)) as HTMLInputElement;
    await waitFor(() => expect(paragraph.checked).toBe(true));
    fireEvent.click(screen.getByLabelText('Every figure is a tab stop'));
    await waitFor(() => expect(area.data.settings).toMatchObject({ tabStops: 'figure' }));
    expect(paragraph.checked).toBe(false);
  });

  it('restores deleted seed claims without touching user claims', async () => {
    const db = await dbWith(CLAIMS);
    await importSeeds(db, SEED_CLAIMS);
    await db.claims.bulkDelete(SEED_CLAIMS.slice(0, 5).map((c) => c.id));
    render(<SettingsSection db={db} area={fakeArea()} />);
    fireEvent.click(screen.getByRole('button', { name: 'Restore seed claims' }));
    expect(await screen.findByText('Restored 5 seed claims.')).toBeTruthy();
    expect(await db.claims.count()).toBe(SEED_CLAIMS.length + CLAIMS.length);
  });

  it('deletes all claims only after a confirmation that offers an export', async () => {
    const db = await dbWith(CLAIMS);
    const download = vi.fn();
    render(<SettingsSection db={db} area={fakeArea()} download={download} />);
    fireEvent.click(screen.getByRole('button', { name: 'Delete all claims…' }));
    const dialog = await screen.findByRole('alertdialog');
    expect(dialog.textContent).toContain('Delete all 3 claims?');
    fireEvent.click(screen.getByRole('button', { name: 'Export JSON first' }));
    await waitFor(() => expect(download).toHaveBeenCalledOnce());
    expect(JSON.parse(download.mock.calls[0]?.[0]).claims).toHaveLength(3);
    expect(await db.claims.count()).toBe(3);
    fireEvent.click(screen.getByRole('button', { name: 'Delete all 3 claims' }));
    await waitFor(async () => expect(await db.claims.count()).toBe(0));
  });
});
