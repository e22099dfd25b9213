// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { compareFigure } from '../../lib/claims/compare';
import { makeClaim, TEST_SUBJECT } from '../../lib/claims/test-claims';
import type { FigureRef } from '../../lib/messages/contract';
import { Popover, type PopoverActions, prefilled } from './Popover';

afterEach(cleanup);

const figure: FigureRef = {
  text: '4,000',
  low: 4000,
  high: 4000,
  qualifier: 'exact',
  metric: 'casualties',
  party: 'palestinian-militants',
  claimedBy: 'Eastland Ministry of Defence',
};
const jan9 = makeClaim({
  claimDate: '2025-01-09',
  metric: 'casualties',
  low: 4000,
  claimedBy: 'Eastland Ministry of Defence',
  party: 'palestinian-militants',
});
const dec = makeClaim({
  claimDate: '2024-12-20',
  metric: 'casualties',
  low: 3000,
  party: 'palestinian-militants',
});
const actions = (): PopoverActions => ({
  draft: { claimDate: '2025-04-30', claimedBy: 'Eastland Ministry of Defence', metric: 'casualties' },
  onSave: async () => ({ saved: true, errors: [] }),
  onNotFigure: () => {},
  onPause: () => {},
});

describe('Popover', () => {
  it('shows a figure the history holds as that claim, with its own date and the party by its name', () => {
    const context = compareFigure(figure, {
      articleDate: '2025-04-30',
      claimPeriod: { first: '2025-01-09', last: '2025-01-09' },
      claimedBy: figure.claimedBy,
      history: [dec, jan9],
      subject: TEST_SUBJECT,
    });
    render(
      <Popover
        figure={figure}
        state={{ status: 'ready', context }}
        onClose={() => {}}
        articleDate="2025-04-30"
      />,
    );
    expect(screen.getByText('In your history: Eastland Ministry of Defence, 9 Jan 2025')).toBeTruthy();
    expect(document.querySelector('.claim-date')?.textContent).toBe('9 Jan 2025');
    expect(screen.getByText('Palestinian militants')).toBeTruthy();
    expect(document.querySelector('.highlight title')?.textContent).toMatch(/9 January 2025|9 Jan 2025/);
  });

  it('shows the month a sentence gives, and no date when it is the article’s', () => {
    const january = compareFigure(figure, {
      articleDate: '2025-04-30',
      claimPeriod: { first: '2025-01-01', last: '2025-01-31' },
      history: [],
      subject: TEST_SUBJECT,
    });
    const { unmount } = render(
      <Popover
        figure={{ ...figure, claimedBy: undefined }}
        state={{ status: 'ready', context: january }}
        onClose={() => {}}
        articleDate="2025-04-30"
      />,
    );
    expect(document.querySelector('.claim-date')?.textContent).toBe('Jan 2025');
    unmount();
    const today = compareFigure(figure, { articleDate: '2025-04-30', history: [], subject: TEST_SUBJECT });
    render(
      <Popover
        figure={figure}
        state={{ status: 'ready', context: today }}
        onClose={() => {}}
        articleDate="2025-04-30"
      />,
    );
    expect(document.querySelector('.claim-date')).toBeNull();
  });

  it('pre-fills the save form with the figure’s claim date and subject, not the article’s date', () => {
    const context = compareFigure(figure, {
      articleDate: '2025-04-30',
      claimPeriod: { first: '2025-01-09', last: '2025-01-09' },
      history: [],
      subject: TEST_SUBJECT,
    });
    expect(prefilled(actions().draft, context)).toMatchObject({
      claimDate: '2025-01-09',
      subject: 'test-war',
    });
    expect(prefilled(actions().draft, null)).toMatchObject({ claimDate: '2025-04-30' });
  });

  it('says plainly that the history has nothing on a figure of no subject, and offers to save it', () => {
    const context = compareFigure(
      { ...figure, party: null },
      { articleDate: '2025-04-30', history: [], subject: null },
    );
    render(
      <Popover figure={figure} state={{ status: 'ready', context }} onClose={() => {}} actions={actions()} />,
    );
    expect(screen.getByText('Your claim history has nothing on this yet.')).toBeTruthy();
    expect(document.querySelector('.subject')).toBeNull();
    expect(screen.getByRole('button', { name: 'Save this figure to your history' })).toBeTruthy();
  });

  it('shows why the history could not load', () => {
    render(
      <Popover
        figure={figure}
        state={{ status: 'error', message: 'Could not load earlier claims: nothing answered.' }}
        onClose={() => {}}
      />,
    );
    expect(screen.getByRole('alert').textContent).toBe('Could not load earlier claims: nothing answered.');
  });
});
