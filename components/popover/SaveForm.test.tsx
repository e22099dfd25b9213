// @vitest-environment happy-dom
import { cleanup, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type Draft, SaveForm, type SaveResult } from './SaveForm';

afterEach(cleanup);

const DRAFT: Draft = {
  id: 'b3c1f9a2-4d5e-4f60-8a71-92b3c4d5e6f7',
  claimedBy: 'The ministry',
  claimDate: '2025-04-30',
  metric: 'killed',
  qualifier: 'atLeast',
  low: '300',
  high: '300',
  party: 'north-korea',
  sourceName: 'A news site',
  sourceUrl: 'https://news.example/article',
  quote: 'At least 300 soldiers were killed.',
  note: '',
};

/** An event as the browser makes it for the reader's own input (happy-dom makes only untrusted ones). */
function trusted<E extends Event>(event: E): E {
  Object.defineProperty(event, 'isTrusted', { value: true });
  return event;
}
const field = (name: string) => document.querySelector(`[data-field="${name}"]`) as HTMLElement;
const saveButton = () => screen.getByRole('button', { name: 'Save' });

function setup() {
  const onSave = vi.fn(async (_: Draft): Promise<SaveResult> => ({ saved: true, errors: [] }));
  render(<SaveForm initial={DRAFT} onSave={onSave} onCancel={vi.fn()} />);
  return onSave;
}

describe('SaveForm', () => {
  it('is filled in from the figure, and no field is one the browser autofills or spell-checks', () => {
    setup();
    expect(field('claimedBy').textContent).toBe('The ministry');
    expect(document.querySelectorAll('input, textarea, form')).toHaveLength(0);
    for (const box of document.querySelectorAll('[role="textbox"]')) {
      expect(box.getAttribute('spellcheck')).toBe('false');
      expect(box.getAttribute('autocomplete')).toBe('off');
      expect(box.getAttribute('aria-labelledby')).toBeTruthy();
    }
    for (const select of document.querySelectorAll('select'))
      expect(select.getAttribute('autocomplete')).toBe('off');
  });

  it('saves nothing a page script asks for: an untrusted click, Enter or requestSubmit', async () => {
    const onSave = setup();
    saveButton().click();
    field('claimedBy').dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    await new Promise((ok) => setTimeout(ok, 10));
    expect(onSave).not.toHaveBeenCalled();
  });

  it('keeps only what the reader typed: values a page script writes are not saved', async () => {
    const onSave = setup();
    field('low').textContent = '999999';
    field('low').dispatchEvent(new Event('input', { bubbles: true }));
    field('note').dispatchEvent(trusted(new Event('beforeinput', { bubbles: true })));
    field('note').textContent = 'typed by the reader';
    field('note').dispatchEvent(trusted(new Event('input', { bubbles: true })));
    // a change no beforeinput announced (document.execCommand by the page) is undone at once
    field('claimedBy').textContent = 'Injected';
    field('claimedBy').dispatchEvent(trusted(new Event('input', { bubbles: true })));
    expect(field('claimedBy').textContent).toBe('The ministry');
    const url = field('sourceUrl');
    url.textContent = 'https://evil.example/';
    url.dispatchEvent(new Event('input', { bubbles: true }));
    saveButton().dispatchEvent(trusted(new MouseEvent('click', { bubbles: true })));
    await waitFor(() => expect(onSave).toHaveBeenCalledTimes(1));
    expect(onSave.mock.calls[0]?.[0]).toEqual({ ...DRAFT, note: 'typed by the reader' });
  });

  it("saves on the reader's Enter in a one-line field, and keeps the draft's id", async () => {
    const onSave = setup();
    field('sourceName').dispatchEvent(trusted(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true })));
    await waitFor(() => expect(onSave).toHaveBeenCalledTimes(1));
    expect(onSave.mock.calls[0]?.[0].id).toBe(DRAFT.id);
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Saved to your history.'));
  });

  it('opens with focus in its first field and tells the popover once the claim is stored', async () => {
    const onSaved = vi.fn();
    render(
      <SaveForm
        initial={DRAFT}
        onSave={async () => ({ saved: true, errors: [] })}
        onCancel={vi.fn()}
        onSaved={onSaved}
      />,
    );
    await waitFor(() => expect(document.activeElement?.getAttribute('data-field')).toBeTruthy());
    saveButton().dispatchEvent(trusted(new MouseEvent('click', { bubbles: true })));
    await waitFor(() => expect(onSaved).toHaveBeenCalledTimes(1));
  });

  it('offers the party and the subject by name, never by code', () => {
    render(
      <SaveForm
        initial={{ ...DRAFT, subject: 'north-korean-troops-russia-ukraine' }}
        onSave={async () => ({ saved: true, errors: [] })}
        onCancel={vi.fn()}
      />,
    );
    const party = field('party') as HTMLSelectElement;
    expect(party.tagName).toBe('SELECT');
    expect(party.selectedOptions[0]?.textContent).toBe('North Korea');
    const subject = field('subject') as HTMLSelectElement;
    expect(subject.selectedOptions[0]?.textContent).toBe('North Korean troops in the Russia-Ukraine war');
    for (const option of document.querySelectorAll('option'))
      expect(option.textContent).not.toMatch(/^[a-z]+-[a-z-]+$/);
  });
});
