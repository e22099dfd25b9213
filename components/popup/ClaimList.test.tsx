// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Claim } from '../../lib/claims/claim';
import { makeClaim } from '../../lib/claims/test-claims';
import { ClaimList, LIST_HEIGHT } from './ClaimList';
import { filterClaims, groupBySubject, NO_FILTER } from './filter-claims';

afterEach(cleanup);

const many = Array.from({ length: 12_000 }, (_, i) =>
  makeClaim({
    id: `c${i}`,
    claimDate: `20${String(10 + (i % 15)).padStart(2, '0')}-01-01`,
    claimedBy: `Claimant ${i}`,
    subject: i % 2 ? 'gaza-war-casualties' : 'sudan-war-death-toll',
    low: i,
    high: i,
  }),
);

describe('ClaimList with 12,000 claims', () => {
  it('keeps only the rows in view in the DOM, and follows the scroll', () => {
    const rows = groupBySubject(filterClaims(many, NO_FILTER));
    const { container } = render(
      <ClaimList rows={rows} selectedId={null} onSelect={vi.fn()} onChart={vi.fn()} />,
    );
    const items = () => container.querySelectorAll('.claim-list > li');
    expect(items().length).toBeGreaterThan(5);
    expect(items().length).toBeLessThan(30);
    const list = container.querySelector('.claim-list') as HTMLElement;
    expect(Number.parseInt(list.style.height, 10)).toBeGreaterThan(12_000 * 40);
    expect(screen.getByRole('heading', { name: 'Casualties of the Gaza war (6000)' })).toBeTruthy();
    const scroller = container.querySelector('.claim-scroll') as HTMLElement;
    scroller.scrollTop = 34 + 6000 * 46; // the Sudan heading, after the Gaza group
    fireEvent.scroll(scroller);
    expect(items().length).toBeLessThan(30);
    expect(screen.getByRole('heading', { name: /Death toll of the war in Sudan \(6000\)/ })).toBeTruthy();
    expect(LIST_HEIGHT).toBeGreaterThan(0);
  });

  it('lays out new rows of the same count afresh (a group heading moved)', () => {
    const [a, b, c] = many;
    const props = { selectedId: null, onSelect: vi.fn(), onChart: vi.fn() };
    const first = groupBySubject(
      [a, b, c].map((x, i) => ({ ...(x as Claim), subject: i < 2 ? 'a-war' : 'b-war' })),
    );
    const second = groupBySubject(
      [a, b, c].map((x, i) => ({ ...(x as Claim), subject: i < 1 ? 'a-war' : 'b-war' })),
    );
    const { container, rerender } = render(<ClaimList rows={first} {...props} />);
    rerender(<ClaimList rows={second} {...props} />);
    const offsets = [...container.querySelectorAll('.claim-list > li')].map(
      (li) => (li as HTMLElement).style.transform,
    );
    // heading 34, claim 46, heading 34, claim 46, claim 46
    expect(offsets).toEqual([0, 34, 80, 114, 160].map((y) => `translateY(${y}px)`));
  });

  it('searches every word and sorts by value', () => {
    const out = filterClaims(many, { ...NO_FILTER, query: 'claimant 1199 gaza', sort: 'value-desc' });
    expect(out.map((c) => c.claimedBy)).toEqual([
      'Claimant 11999',
      'Claimant 11997',
      'Claimant 11995',
      'Claimant 11993',
      'Claimant 11991',
      'Claimant 11199',
      'Claimant 1199',
    ]);
  });

  it('filters by date range, metric and claimant', () => {
    const f = { ...NO_FILTER, from: '2012-01-01', to: '2012-12-31', claimant: 'Claimant 2' };
    expect(filterClaims(many, f).map((c) => c.id)).toEqual(['c2']);
    expect(filterClaims(many, { ...NO_FILTER, metric: 'wounded' })).toEqual([]);
  });
});
