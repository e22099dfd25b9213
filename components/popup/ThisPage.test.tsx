// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Claim } from '../../lib/claims/claim';
import type { PageFigures } from '../../lib/messages/ask-page';
import type { PageFigure } from '../../lib/messages/contract';
import { ThisPage } from './ThisPage';

afterEach(cleanup);

const figure = (index: number, context: PageFigure['context'] = null): PageFigure => ({
  index,
  figure: {
    text: String(index + 1),
    low: index + 1,
    high: index + 1,
    qualifier: 'exact',
    metric: 'killed',
    party: 'north-korea',
  },
  sentence: `${index + 1} soldiers were killed.`,
  context,
});
const pageOf = (figures: PageFigure[], patch: Partial<PageFigures> = {}): PageFigures => ({
  url: 'https://news.example/long',
  title: 'A long live blog',
  articleDate: '2025-04-30',
  figures,
  ...patch,
});

describe('This page', () => {
  it('counts every figure of a long page and puts only the rows in view in the list', async () => {
    const figures = Array.from({ length: 2001 }, (_, i) => figure(i));
    render(<ThisPage askPage={async () => pageOf(figures)} onSave={() => {}} />);
    expect(await screen.findByText('2,001 figures on this page')).toBeTruthy();
    const rows = document.querySelectorAll('.figures .figure');
    expect(rows.length).toBeGreaterThan(2);
    expect(rows.length).toBeLessThan(50);
  });

  it('pre-fills the save form with the figure’s own claim date and its subject', async () => {
    const onSave = vi.fn<(draft: Partial<Claim>) => void>();
    const context = {
      subject: { id: 'north-korean-troops-russia-ukraine', label: 'North Korean troops' },
      summary: { kind: 'compared' as const, head: { kind: 'first' as const }, later: null },
      claimDate: '2025-01-09',
      known: null,
    };
    render(<ThisPage askPage={async () => pageOf([figure(3999, context)])} onSave={onSave} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Save 4,000 killed to the history' }));
    expect(onSave.mock.calls[0]?.[0]).toMatchObject({
      claimDate: '2025-01-09',
      subject: 'north-korean-troops-russia-ukraine',
      population: 'military',
    });
  });

  it('says in words why the figures have no context when the background refused', async () => {
    const page = pageOf([figure(0)], {
      contextError: {
        reason: 'tooLarge',
        error: 'the text sent about this figure was larger than Claimline accepts.',
      },
    });
    render(<ThisPage askPage={async () => page} onSave={() => {}} />);
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Could not load earlier claims: the text sent about this figure was larger than Claimline accepts.',
    );
  });

  it('says where Claimline is paused and resumes there, then lists the page', async () => {
    let resumed = false;
    const resume = vi.fn(async () => {
      resumed = true;
    });
    render(
      <ThisPage
        askPage={async () => (resumed ? pageOf([figure(0)]) : pageOf([], { paused: 'news.example' }))}
        resume={resume}
        onSave={() => {}}
      />,
    );
    expect(await screen.findByText('Paused on news.example')).toBeTruthy();
    expect(screen.queryByText(/does not run on this page/)).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Resume' }));
    expect(await screen.findByText('1 figure on this page')).toBeTruthy();
    expect(resume).toHaveBeenCalledWith('news.example');
  });
});
