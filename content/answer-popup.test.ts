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
    const answer = answerPopup(quietPage() as unknown as ClaimlinePage, () => '');
    expect(await answer({ type: 'page/figures', payload: {} })).toMatchObject({
      ok: true,
      data: { title: 'A quiet page', figures: [] },
    });
  });

  it('shows a changed history in the open popover, and leaves unknown messages to others', async () => {
    const page = quietPage();
    const answer = answerPopup(page as unknown as ClaimlinePage, () => '');
    expect(await answer({ type: 'claims/changed', payload: {} })).toEqual({ ok: true, data: undefined });
    expect(page.refreshed).toBe(1);
    expect(await answer({ type: 'page/wipe', payload: {} })).toBeUndefined();
    expect(await answer('page/figures')).toBeUndefined();
  });

  it('does a keyboard shortcut and answers with what it announced; refuses a command it does not know', async () => {
    const done: string[] = [];
    const answer = answerPopup(quietPage() as unknown as ClaimlinePage, (command) => {
      done.push(command);
      return command === 'toggle-marks' ? 'Marks hidden on this page' : 'Figure 1 of 1: 600 killed';
    });
    expect(await answer({ type: 'page/command', payload: { command: 'toggle-marks' } })).toEqual({
      ok: true,
      data: { said: 'Marks hidden on this page' },
    });
    expect(await answer({ type: 'page/command', payload: { command: 'wipe-page' } })).toMatchObject({
      ok: false,
      reason: 'invalid',
    });
    expect(await answer({ type: 'page/command', payload: {} })).toMatchObject({
      ok: false,
      reason: 'invalid',
    });
    expect(done).toEqual(['toggle-marks']);
  });
});
