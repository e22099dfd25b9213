// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { answerPopup } from './answer-popup';
import type { ClaimlinePage } from './controller';

/** A page with no figures that counts how often the open popover is refreshed. */
function quietPage() {
  const page = {
    refreshed: 0,
    answerFigures: async () => ({ url: document.URL, title: document.title, articleDate: null, figures: [] }),
    refresh: () => void page.refreshed++,
  };
  return page;
}

describe('the page answers the contract of messages to pages', () => {
  it('lists its figures as one result', async () => {
    document.title = 'A quiet page';
    const answer = answerPopup(quietPage() as unknown as ClaimlinePage);
    expect(await answer({ type: 'page/figures', payload: {} })).toMatchObject({
      ok: true,
      data: { title: 'A quiet page', figures: [] },
    });
  });

  it('shows a changed history in the open popover, and leaves unknown messages to others', async () => {
    const page = quietPage();
    const answer = answerPopup(page as unknown as ClaimlinePage);
    expect(await answer({ type: 'claims/changed', payload: {} })).toEqual({ ok: true, data: undefined });
    expect(page.refreshed).toBe(1);
    expect(await answer({ type: 'page/wipe', payload: {} })).toBeUndefined();
    expect(await answer('page/figures')).toBeUndefined();
  });
});
