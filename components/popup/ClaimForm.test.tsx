// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Claim } from '../../lib/claims/claim';
import { makeClaim } from '../../lib/claims/test-claims';
import { ClaimChangedError, ClaimGoneError } from '../../lib/db';
import { ClaimForm } from './ClaimForm';
import { formFields } from './claim-form-fields';

afterEach(cleanup);
const NOW = () => '2026-11-27T08:00:00.000Z';
/** A field's label, with or without the required-field star. */
const label = (text: string) => new RegExp(`^${text}( \\*)?$`);
const type = (text: string, value: string) =>
  fireEvent.input(screen.getByLabelText(label(text)), { target: { value } });

describe('ClaimForm', () => {
  it('labels every field', () => {
    render(<ClaimForm claim={{}} onSave={vi.fn()} onCancel={vi.fn()} now={NOW} />);
    for (const f of formFields()) expect(screen.getByLabelText(label(f.label))).toBeTruthy();
  });

  it('shows the validator messages next to their fields and saves nothing', async () => {
    const onSave = vi.fn();
    render(<ClaimForm claim={{}} onSave={onSave} onCancel={vi.fn()} now={NOW} />);
    type('Low', 'many');
    type('Source URL', 'javascript:alert(1)');
    type('Period start', '2025-03-01');
    type('Period end', '2025-01-01');
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.getByText('Claimant is required')).toBeTruthy());
    const claimant = screen.getByLabelText(label('Claimant'));
    expect(claimant.getAttribute('aria-invalid')).toBe('true');
    expect(claimant.getAttribute('aria-describedby')).toContain('field-claimedBy-error');
    expect(document.getElementById('field-claimedBy-error')?.textContent).toBe('Claimant is required');
    expect(document.getElementById('field-claimDate-error')?.textContent).toBe('Claim date is required');
    expect(document.getElementById('field-low-error')?.textContent).toBe('Low must be a number');
    expect(document.getElementById('field-sourceUrl-error')?.textContent).toBe(
      'Source URL must start with http(s)://',
    );
    expect(document.getElementById('field-periodEnd-error')?.textContent).toMatch(/before periodStart/);
    expect(document.activeElement).toBe(claimant);
    expect(onSave).not.toHaveBeenCalled();
  });

  it('reports a qualifier that does not fit the bounds', async () => {
    render(<ClaimForm claim={{}} onSave={vi.fn()} onCancel={vi.fn()} now={NOW} />);
    type('Claimant', 'Agency');
    type('Claim date', '2025-01-01');
    type('Low', '100');
    type('High', '200');
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() =>
      expect(document.getElementById('field-qualifier-error')?.textContent).toBe(
        "Qualifier 'exact' needs low and high equal",
      ),
    );
  });

  it('saves a valid new claim with numbers typed with separators', async () => {
    const onSave = vi.fn(async (_: Claim) => {});
    render(<ClaimForm claim={{}} onSave={onSave} onCancel={vi.fn()} now={NOW} />);
    type('Claimant', '  Test Agency ');
    type('Claim date', '2025-01-13');
    type('Low', '4,700');
    type('High', '4700');
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(onSave).toHaveBeenCalledOnce());
    const saved = onSave.mock.calls[0]?.[0] as Claim;
    expect(saved).toMatchObject({
      claimedBy: 'Test Agency',
      low: 4700,
      high: 4700,
      origin: 'manual',
      createdAt: NOW(),
    });
    expect(saved.id).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('offers the parties by name and stores the slug of the one picked, or of any other', async () => {
    const onSave = vi.fn(async (_: Claim) => {});
    render(
      <ClaimForm
        claim={makeClaim({ claimDate: '2025-01-13', party: 'north-korea' })}
        onSave={onSave}
        onCancel={vi.fn()}
        now={NOW}
      />,
    );
    const party = screen.getByRole('combobox', { name: label('Party') }) as HTMLInputElement;
    expect(party.value).toBe('North Korea');
    const names = [...(party.list?.options ?? [])].map((o) => o.value);
    expect(names).toContain('Hezbollah');
    expect(names).toContain('Chad');
    expect(names).not.toContain('north-korea');
    type('Party', 'Russia');
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(onSave).toHaveBeenCalledOnce());
    expect(onSave.mock.calls[0]?.[0]).toMatchObject({ party: 'russia' });
    type('Party', 'Eastland Volunteer Corps');
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(onSave).toHaveBeenCalledTimes(2));
    expect(onSave.mock.calls[1]?.[0]).toMatchObject({ party: 'eastland-volunteer-corps' });
  });

  it('says why a claim could not be saved, and keeps what was typed', async () => {
    const onSave = vi.fn(async () => {
      throw new DOMException('Quota exceeded', 'QuotaExceededError');
    });
    render(
      <ClaimForm
        claim={makeClaim({ claimDate: '2025-01-13' })}
        onSave={onSave}
        onCancel={vi.fn()}
        now={NOW}
      />,
    );
    type('Note', 'my words');
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/^Your disk is full: nothing was saved\./);
    expect((screen.getByLabelText(label('Note')) as HTMLTextAreaElement).value).toBe('my words');
  });

  it('keeps id, origin and creation time of an edited claim', async () => {
    const claim = makeClaim({ claimDate: '2025-01-13', origin: 'seed', id: 'seed:x:001' });
    const onSave = vi.fn(async (_: Claim) => {});
    render(<ClaimForm claim={claim} onSave={onSave} onCancel={vi.fn()} onDelete={vi.fn()} now={NOW} />);
    // 'test-war' is no registered subject: the form shows it rather than "No subject".
    expect((screen.getByLabelText(label('Subject')) as HTMLSelectElement).value).toBe('test-war');
    type('Note', 'checked against the original');
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(onSave).toHaveBeenCalledOnce());
    expect(onSave.mock.calls[0]?.[0]).toEqual({
      ...claim,
      note: 'checked against the original',
      updatedAt: NOW(),
    });
  });
});

describe('ClaimForm, when another window saved or deleted the claim meanwhile', () => {
  it('shows both versions where they differ and saves mine over the other only when asked', async () => {
    const claim = makeClaim({ claimDate: '2025-01-13', id: 'c1', note: 'first note' });
    const theirs = { ...claim, note: 'their note', updatedAt: '2026-11-27T09:00:00.000Z' };
    const onSave = vi.fn(async (_: Claim, base: Claim | null) => {
      if (base?.updatedAt === claim.updatedAt) throw new ClaimChangedError(theirs);
    });
    render(<ClaimForm claim={claim} onSave={onSave} onCancel={vi.fn()} onDelete={vi.fn()} now={NOW} />);
    type('Note', 'my note');
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/^This claim changed in another window since you opened it/);
    expect([...alert.querySelectorAll('tbody tr')].map((r) => r.textContent)).toEqual([
      'Notemy notetheir note',
    ]);
    expect(onSave).toHaveBeenCalledOnce();
    fireEvent.click(screen.getByRole('button', { name: 'Save mine over it' }));
    await waitFor(() => expect(onSave).toHaveBeenCalledTimes(2));
    expect(onSave.mock.calls[1]?.[0].note).toBe('my note');
    expect(onSave.mock.calls[1]?.[1]).toEqual(theirs);
  });

  it('never re-adds a deleted claim unless the reader saves theirs as a new one', async () => {
    const claim = makeClaim({ claimDate: '2025-01-13', id: 'c1' });
    const onSave = vi.fn(async (_: Claim, base: Claim | null) => {
      if (base) throw new ClaimGoneError('c1');
    });
    render(<ClaimForm claim={claim} onSave={onSave} onCancel={vi.fn()} onDelete={vi.fn()} now={NOW} />);
    type('Note', 'my note');
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/deleted in another window/);
    fireEvent.click(screen.getByRole('button', { name: 'Save mine as a new claim' }));
    await waitFor(() => expect(onSave).toHaveBeenCalledTimes(2));
    const [copy, base] = onSave.mock.calls[1] ?? [];
    expect(base).toBeNull();
    expect(copy?.id).not.toBe('c1');
    expect(copy?.note).toBe('my note');
  });
});
