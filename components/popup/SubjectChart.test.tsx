// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { makeClaim } from '../../lib/claims/test-claims';
import { SubjectChart } from './SubjectChart';

afterEach(cleanup);

const claims = [
  makeClaim({ claimDate: '2025-01-01', claimedBy: 'A' }),
  makeClaim({ claimDate: '2025-02-01', claimedBy: 'B' }),
  makeClaim({ claimDate: '2025-03-01', claimedBy: 'A', metric: 'deployed', low: 12000 }),
];

describe('SubjectChart', () => {
  it('charts the most frequent metric first and offers the others', () => {
    render(<SubjectChart subject="test-war" claims={claims} metric="" onClose={vi.fn()} />);
    expect(screen.getByRole('img').getAttribute('aria-label')).toBe('Timeline of 2 claims by 2 claimants');
    fireEvent.change(screen.getByLabelText('Chart metric'), { target: { value: 'deployed' } });
    expect(screen.getByRole('img').getAttribute('aria-label')).toBe('Timeline of 1 claim by 1 claimant');
  });

  it('follows the metric filter when there is one', () => {
    render(<SubjectChart subject="test-war" claims={claims} metric="deployed" onClose={vi.fn()} />);
    expect(screen.queryByLabelText('Chart metric')).toBeNull();
    expect(screen.getByRole('img').getAttribute('aria-label')).toBe('Timeline of 1 claim by 1 claimant');
  });
});
