// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Figure } from '../lib/extract/types';
import type { ClaimlinePage } from './controller';
import { startForTest, testMarking } from './controller.fixture';
import { Scanner, windowsOf } from './scanner';
import { regexExtractor } from './test-extractor';

/** A stand-in extractor: every number followed by " killed" is a figure. */
let calls = 0;
const killedOnly = regexExtractor(/\d[\d,]*(?= killed)/g);
function killed(text: string): Figure[] {
  calls++;
  return killedOnly(text);
}

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));
let page: ClaimlinePage | null = null;

function start() {
  page = startForTest(killed);
  return page;
}

beforeEach(() => {
  calls = 0;
  document.body.innerHTML = '<article><p>At first 300 killed.</p></article>';
});
afterEach(() => page?.stop(true));

describe('startClaimline', () => {
  it('marks the page, then content a live blog adds later', async () => {
    const p = start();
    for (let i = 0; i < 100 && p.figures().length === 0; i++) await wait(10); // the first run warms up
    await wait(20);
    expect(p.figures().map((m) => m.figure.text)).toEqual(['300']);
    const update = document.createElement('p');
    update.textContent = 'Update: 1,200 killed.';
    document.querySelector('article')?.append(update);
    await wait(400);
    expect(p.figures().map((m) => m.figure.text)).toEqual(['300', '1,200']);
  });

  it('reads the article first, then headlines and asides outside it, each once', async () => {
    document.body.innerHTML =
      '<header><h1>Headline: 100 killed</h1></header><article><p>In the text 200 killed.</p></article><aside>Also 300 killed</aside>';
    const p = start();
    await wait(50);
    expect(p.figures().map((m) => m.figure.text)).toEqual(['200', '100', '300']);
    expect(document.querySelectorAll('claimline-mark')).toHaveLength(3);
  });

  it('picks up content a single-page app swaps in', async () => {
    const p = start();
    await wait(20);
    document.body.innerHTML = '<main><h1>New page</h1><p>Now 45 killed.</p></main>';
    await wait(400);
    expect(p.figures().map((m) => m.figure.text)).toEqual(['45']);
  });

  it('does not rescan what it marked itself (no feedback loop)', async () => {
    start();
    await wait(400);
    const after = calls;
    await wait(400);
    expect(calls).toBe(after);
  });

  it('puts the page back exactly as it was when stopped', async () => {
    const html = document.body.innerHTML;
    const p = start();
    await wait(20);
    expect(document.querySelectorAll('claimline-mark')).toHaveLength(1);
    p.stop(true);
    page = null;
    expect(document.body.textContent).toBe('At first 300 killed.');
    expect(document.querySelectorAll('claimline-mark')).toHaveLength(0);
    expect(document.body.innerHTML).toBe(html);
    expect(document.querySelector('p')?.childNodes).toHaveLength(1); // the page's one text node, whole
  });

  it('forgets marks the page removed', async () => {
    const p = start();
    await wait(20);
    document.querySelector('claimline-mark')?.remove();
    expect(p.figures()).toEqual([]);
  });
});

describe('Scanner', () => {
  it('works in chunks within its time budget', () => {
    document.body.innerHTML = Array.from({ length: 50 }, (_, i) => `<p>${i} killed</p>`).join('');
    let clock = 0;
    const tasks: (() => void)[] = [];
    let found = 0;
    const scanner = new Scanner({
      extract: (t) => {
        clock += 5; // each block costs 5 ms
        return killed(t);
      },
      now: () => clock,
      marking: testMarking(),
      defer: (fn) => tasks.push(fn),
      onMarked: (m) => {
        found += m.length;
      },
      budgetMs: 12,
    });
    scanner.scan(document.body);
    let runs = 0;
    while (tasks.length) {
      const before = clock;
      (tasks.shift() as () => void)();
      expect(clock - before).toBeLessThanOrEqual(15);
      runs++;
    }
    expect(found).toBe(50);
    expect(runs).toBeGreaterThan(10);
  });

  it('stops at its cap on marks', () => {
    document.body.innerHTML = Array.from({ length: 30 }, (_, i) => `<p>${i} killed</p>`).join('');
    const tasks: (() => void)[] = [];
    const scanner = new Scanner({
      extract: killed,
      now: () => 0,
      marking: testMarking(),
      defer: (fn) => tasks.push(fn),
      onMarked: () => {},
      maxMarks: 10,
    });
    scanner.scan(document.body);
    while (tasks.length) (tasks.shift() as () => void)();
    expect(document.querySelectorAll('claimline-mark')).toHaveLength(10);
  });

  it('cuts a huge block into windows at sentence ends', () => {
    const text = 'Some 300 killed here. '.repeat(5000);
    const windows = windowsOf(text);
    expect(windows.length).toBeGreaterThan(4);
    expect(windows.map(([a, b]) => text.slice(a, b)).join('')).toBe(text);
    for (const [, b] of windows.slice(0, -1)) expect(text.slice(b - 2, b)).toBe('. ');
  });

  it('never cuts a window inside a sentence at a day or an abbreviation ("am 9. Januar", "Dr. Weber")', () => {
    const text = 'Dr. Weber sagte am 9. Januar, 300 seien gefallen. '.repeat(2000);
    for (const [, b] of windowsOf(text).slice(0, -1)) expect(text.slice(b - 8, b)).toBe('fallen. ');
  });
});
