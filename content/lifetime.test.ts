// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createLifetime } from './lifetime';

afterEach(() => vi.useRealTimers());

describe('createLifetime', () => {
  it('runs listeners while the extension is there, and none after it went', () => {
    let alive = true;
    const lifetime = createLifetime(window, () => alive);
    const seen: string[] = [];
    lifetime.listen(document, 'click', () => seen.push('click'));
    document.body.click();
    alive = false;
    const ended = vi.fn();
    lifetime.onEnd(ended);
    document.body.click();
    expect(seen).toEqual(['click']);
    expect(ended).toHaveBeenCalledTimes(1);
    expect(lifetime.ended).toBe(true);
  });

  it('ends within a second of the extension going, without any event on the page', () => {
    vi.useFakeTimers();
    let alive = true;
    const lifetime = createLifetime(window, () => alive);
    const ended = vi.fn();
    lifetime.onEnd(ended);
    alive = false;
    vi.advanceTimersByTime(1_000);
    expect(ended).toHaveBeenCalledTimes(1);
  });

  it('never throws into the page: a failing listener, or the extension API throwing', () => {
    const lifetime = createLifetime(window, () => {
      throw new Error('Extension context invalidated.');
    });
    lifetime.listen(document, 'click', () => {
      throw new Error('a bug');
    });
    expect(() => document.body.click()).not.toThrow();
    expect(lifetime.ended).toBe(true);
  });

  it('does not end on any message the page posts (a replayed "content script started")', async () => {
    const lifetime = createLifetime(window, () => true);
    window.postMessage(
      { type: 'x:claimline:wxt:content-script-started', contentScriptName: 'claimline' },
      '*',
    );
    await new Promise((ok) => setTimeout(ok, 10));
    expect(lifetime.ended).toBe(false);
  });
});
