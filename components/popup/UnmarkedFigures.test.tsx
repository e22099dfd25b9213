// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { UnmarkedFigures } from './UnmarkedFigures';

afterEach(cleanup);

function area(initial: Record<string, unknown>) {
  const data = { ...initial };
  return {
    data,
    get: async (key: string | null) => (key === null ? { ...data } : { [key]: data[key] }),
    set: async (items: Record<string, unknown>) => void Object.assign(data, items),
  };
}

describe('UnmarkedFigures', () => {
  it('lists each unmarked figure with its page and marks one again', async () => {
    const stored = area({
      settings: { pausedSites: [] },
      'corrections:https://news.example/war/story': ['300|The league has 300 teams.', '12|Kick-off at 12.'],
    });
    render(<UnmarkedFigures area={stored} />);
    fireEvent.click(
      await screen.findByRole('button', { name: 'Mark “300” again on news.example/war/story' }),
    );
    await waitFor(() =>
      expect(stored.data['corrections:https://news.example/war/story']).toEqual(['12|Kick-off at 12.']),
    );
    expect(screen.getByRole('status').textContent).toContain(
      '“300” is marked again on news.example/war/story',
    );
    expect(screen.queryByRole('button', { name: /“300”/ })).toBeNull();
    expect(screen.getByRole('button', { name: 'Mark “12” again on news.example/war/story' })).toBeTruthy();
  });

  it('says so when nothing was unmarked', async () => {
    render(<UnmarkedFigures area={area({})} />);
    expect(await screen.findByText('You have not unmarked any figure.')).toBeTruthy();
  });
});
