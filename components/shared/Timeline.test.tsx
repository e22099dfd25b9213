// @vitest-environment happy-dom
import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { makeClaim } from '../../lib/claims/test-claims';
import { Timeline } from './Timeline';

afterEach(cleanup);

const claims = [
  makeClaim({ claimDate: '2024-11-01', claimedBy: 'Agency A', low: 100 }),
  makeClaim({ claimDate: '2025-01-13', claimedBy: 'Agency A', low: 300 }),
  makeClaim({ claimDate: '2025-02-01', claimedBy: 'Agency B', low: 4000 }),
  makeClaim({ claimDate: '2025-03-01', claimedBy: 'Agency B', low: null, high: 50, qualifier: 'atMost' }),
];

describe('Timeline', () => {
  it('draws one point per claim, coloured by claimant, with a legend', () => {
    const { container } = render(<Timeline claims={claims} />);
    const points = [...container.querySelectorAll('circle.point')];
    expect(points).toHaveLength(4);
    const fill = (i: number) => points[i]?.parentElement?.getAttribute('fill');
    expect(fill(0)).toBe(fill(1));
    expect(fill(0)).not.toBe(fill(2));
    expect([...container.querySelectorAll('.legend li')].map((l) => l.textContent)).toEqual([
      'Agency A',
      'Agency B',
    ]);
    expect(points[1]?.textContent).toBe('Agency A, 13 Jan 2025: approximately 300');
  });

  it('puts later claims to the right and larger values higher, with readable axis labels', () => {
    const { container } = render(<Timeline claims={claims} />);
    const [a, b, c] = [...container.querySelectorAll('circle.point')].map((p) => ({
      x: Number(p.getAttribute('cx')),
      y: Number(p.getAttribute('cy')),
    }));
    expect(a && b && c && a.x < b.x && b.x < c.x).toBe(true);
    expect(b && c && c.y < b.y).toBe(true);
    const labels = [...container.querySelectorAll('.axis text')].map((t) => t.textContent);
    expect(labels).toContain('0');
    expect(labels).toContain('4,000');
    expect(labels.some((l) => /^[A-Z][a-z]{2} 202[45]$/.test(l ?? ''))).toBe(true);
  });

  it('highlights "this figure"', () => {
    const { container } = render(
      <Timeline claims={claims} highlight={{ date: '2025-03-10', value: 5000 }} />,
    );
    expect(container.querySelector('circle.highlight title')?.textContent).toBe(
      'This figure, 10 Mar 2025: 5,000',
    );
  });

  it('says so when there is nothing to chart', () => {
    const { container } = render(<Timeline claims={[]} />);
    expect(container.textContent).toBe('No claims to chart.');
  });
});
