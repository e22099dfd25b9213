// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type ClaimContext, compareFigure } from '../lib/claims/compare';
import { makeClaim, TEST_SUBJECT } from '../lib/claims/test-claims';
import type { FigureRef } from '../lib/messages/contract';
import { MARK_ATTRIBUTE } from './element-names';
import type { MarkedFigure } from './mark-figures';
import { wirePopover } from './popover-events';
import { PopoverHost } from './popover-host';

const figure: FigureRef = {
  text: '4,000',
  low: 4000,
  high: 4000,
  qualifier: 'exact',
  metric: 'killed',
  party: null,
};
const context = compareFigure(figure, {
  articleDate: '2025-04-30',
  history: [makeClaim({ claimDate: '2025-01-09', metric: 'killed', low: 3000, high: 3000 })],
  subject: TEST_SUBJECT,
});

/** The demo's set-up in small: one mark, the popover, a history that answers when the test says. */
function setUp() {
  document.body.innerHTML = '<p>Officials said <claimline-mark tabindex="0">4,000</claimline-mark> died.</p>';
  const mark = document.querySelector('claimline-mark') as HTMLElement;
  const m: MarkedFigure = {
    figure: { ...figure, start: 15, end: 20, qualifier: 'exact' },
    sentence: 'Officials said 4,000 died.',
    mark,
    marks: [mark],
    range: null,
    span: { start: 15, end: 20 },
    block: mark.parentElement as Element,
  };
  const answers: ((c: ClaimContext) => void)[] = [];
  const popover = new PopoverHost(document);
  const events = wirePopover({
    doc: document,
    popover,
    lookup: (el) => (el === mark ? m : undefined),
    request: () => ({ figure, sentence: m.sentence, articleText: '', articleDate: '2025-04-30' }),
    ref: () => figure,
    fetchContext: () => new Promise((answer) => answers.push(answer)),
    listen: (target, type, handler) => target.addEventListener(type, handler),
    setTimeout: (fn, ms) => window.setTimeout(fn, ms),
    clearTimeout: (id) => window.clearTimeout(id),
  });
  return { m, mark, popover, events, answer: (c: ClaimContext) => answers.shift()?.(c) };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('the popover opening', () => {
  it('paints nothing until the history is there, then the whole popover at once', async () => {
    const { m, mark, popover, events, answer } = setUp();
    mark.focus();
    events.open(m, true);
    expect(popover.isOpen).toBe(true);
    expect(popover.host.isConnected).toBe(false);
    expect(mark.getAttribute('aria-expanded')).toBe('true');
    answer(context);
    await vi.advanceTimersByTimeAsync(0);
    expect(popover.host.isConnected).toBe(true);
    expect(popover.dialog?.querySelector('.summary')).not.toBeNull();
    expect(popover.dialog?.textContent).not.toContain('Looking up');
    expect(popover.focused).toBe(popover.dialog);
  });

  it('says "Looking up earlier claims…" only when the history is slow', async () => {
    const { m, popover, events, answer } = setUp();
    events.open(m, false);
    await vi.advanceTimersByTimeAsync(300);
    expect(popover.host.isConnected).toBe(false);
    await vi.advanceTimersByTimeAsync(200);
    expect(popover.dialog?.textContent).toContain('Looking up earlier claims…');
    answer(context);
    await vi.advanceTimersByTimeAsync(0);
    expect(popover.dialog?.querySelector('.summary')).not.toBeNull();
  });

  it('closed before its history came, it stays closed', async () => {
    const { m, popover, events, answer } = setUp();
    events.open(m, false);
    events.close(false);
    answer(context);
    await vi.advanceTimersByTimeAsync(1000);
    expect(popover.isOpen).toBe(false);
    expect(popover.host.isConnected).toBe(false);
  });
});

describe('a figure clicked as the pointer comes onto it', () => {
  it('shows its history once, and never "Looking up" again after it', async () => {
    const { mark, popover, answer } = setUp();
    mark.setAttribute(MARK_ATTRIBUTE, '');
    mark.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
    mark.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    answer(context);
    await vi.advanceTimersByTimeAsync(0);
    expect(popover.dialog?.querySelector('.summary') ?? null).not.toBeNull();
    // the hover's intent delay and the slow-history delay pass with no second answer
    await vi.advanceTimersByTimeAsync(1000);
    expect(popover.dialog?.textContent).not.toContain('Looking up earlier claims…');
    expect(popover.dialog?.querySelector('.summary') ?? null).not.toBeNull();
  });
});
