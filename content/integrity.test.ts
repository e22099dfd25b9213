// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ClaimlinePage } from './controller';
import { startForTest, testMarking } from './controller.fixture';
import { HIGHLIGHT_NAME } from './highlights';
import { Scanner } from './scanner';
import { regexExtractor } from './test-extractor';

/** A stand-in extractor: every number followed by " killed" is a figure. */
const killed = regexExtractor(/\d[\d,]*(?= killed)/g);
const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** Lets the MutationObserver's callback run, as it does before the browser paints. */
const observed = () => new Promise((r) => setTimeout(r, 0));

let page: ClaimlinePage | null = null;
function start() {
  page = startForTest(killed);
  return page;
}
const marks = () => [...document.querySelectorAll('[data-claimline-mark]')].map((m) => m.textContent);
const p = () => document.querySelector('p') as HTMLParagraphElement;

/** The CSS Custom Highlight API, which happy-dom lacks: a registry of sets of ranges. */
function fakeHighlights(): Map<string, Set<Range>> {
  const registry = new Map<string, Set<Range>>();
  const css = { highlights: registry }; // happy-dom makes a new window.CSS at every read
  Object.assign(window, { Highlight: class extends Set<Range> {} });
  Object.defineProperty(window, 'CSS', { value: css, configurable: true });
  return registry;
}

beforeEach(() => {
  document.body.innerHTML = '<article><p>Officials said 302 killed overnight.</p></article>';
});
afterEach(() => {
  page?.stop(true);
  page = null;
});

describe('text the page changes after Claimline marked it', () => {
  it('a framework setting the text of a marked node: the page shows its new text alone, at once', async () => {
    const node = p().firstChild as Text; // what a framework holds on to
    start();
    await wait(20);
    expect(marks()).toEqual(['302']);
    node.data = 'Officials said 301 killed overnight.';
    await observed();
    expect(p().textContent).toBe('Officials said 301 killed overnight.');
    expect(p().childNodes).toHaveLength(1);
    expect(p().firstChild).toBe(node);
  });

  it('text the page keeps changing is underlined by a highlight, never split again', async () => {
    const registry = fakeHighlights();
    const node = p().firstChild as Text;
    start();
    await wait(20);
    node.data = 'Officials said 301 killed overnight.';
    await wait(400); // read again after the page settles
    expect(marks()).toEqual([]);
    expect(p().childNodes).toHaveLength(1);
    const ranges = [...(registry.get(HIGHLIGHT_NAME) ?? [])];
    expect(ranges.map((r) => r.toString())).toEqual(['301']);
    expect(page?.figures().map((m) => m.figure.text)).toEqual(['301']);
    node.data = 'Officials said 300 killed overnight.';
    await wait(400);
    expect(p().textContent).toBe('Officials said 300 killed overnight.');
    expect(page?.figures().map((m) => m.figure.text)).toEqual(['300']);
  });

  it("the page removing its marked text node takes Claimline's pieces with it", async () => {
    const node = p().firstChild as Text;
    start();
    await wait(20);
    node.remove();
    await observed();
    expect(p().textContent).toBe('');
    expect(p().childNodes).toHaveLength(0);
  });

  it('the page moving a marked text node moves all of its text', async () => {
    document.body.innerHTML += '<div id="other"></div>';
    const node = p().firstChild as Text;
    start();
    await wait(20);
    document.getElementById('other')?.append(node);
    await observed();
    expect(document.getElementById('other')?.textContent).toBe('Officials said 302 killed overnight.');
    expect(p().textContent).toBe('');
  });

  it('the page inserting next to its own node finds it where it left it, and the mark stays', async () => {
    const node = p().firstChild as Text;
    start();
    await wait(20);
    p().insertBefore(document.createTextNode('Update: '), node);
    p().append(' More later.');
    await observed();
    expect(p().textContent).toBe('Update: Officials said 302 killed overnight. More later.');
    expect(marks()).toEqual(['302']);
  });

  it('a copy of the marked text (innerHTML +=) is the page text without a stray mark', async () => {
    start();
    await wait(20);
    p().innerHTML += ' Still 302 killed.';
    await observed();
    expect(p().textContent).toBe('Officials said 302 killed overnight. Still 302 killed.');
    expect(document.querySelectorAll('[data-claimline-mark]')).toHaveLength(0);
  });
});

describe('editors and places whose text is left alone', () => {
  it('never marks text typed or pasted into an editor', async () => {
    document.body.innerHTML = '<div contenteditable="true"><p>Draft.</p></div>';
    start();
    await wait(20);
    document.querySelector('p')?.append(' Then 500 killed.');
    document.querySelector('[contenteditable]')?.insertAdjacentHTML('beforeend', '<p>And 40 killed</p>');
    await wait(400);
    expect(marks()).toEqual([]);
  });

  it('takes its marks out of an article that becomes editable, leaving its text as it was', async () => {
    start();
    await wait(20);
    expect(marks()).toEqual(['302']);
    document.querySelector('article')?.setAttribute('contenteditable', 'true');
    await observed();
    expect(marks()).toEqual([]);
    expect(document.querySelector('article')?.innerHTML).toBe('<p>Officials said 302 killed overnight.</p>');
  });

  it('unwraps copies of marks pasted into an editor', async () => {
    document.body.innerHTML = '<div contenteditable="true"></div>';
    start();
    await wait(20);
    const editor = document.querySelector('[contenteditable]') as HTMLElement;
    editor.innerHTML =
      'Pasted: <claimline-mark data-claimline-mark="" tabindex="0">300</claimline-mark> killed';
    await observed();
    expect(editor.innerHTML).toBe('Pasted: 300 killed');
  });

  it('applies the skip rules to every ancestor of text a script adds', async () => {
    document.body.innerHTML =
      '<svg><text id="s">Chart</text></svg><pre id="pre">x</pre><button id="b">Go</button>' +
      '<div hidden><p id="h">x</p></div><div aria-hidden="true"><p id="a">x</p></div>';
    start();
    await wait(20);
    for (const id of ['s', 'pre', 'b', 'h', 'a']) document.getElementById(id)?.append(' 90 killed');
    await wait(400);
    expect(marks()).toEqual([]);
  });
});

describe('text that keeps growing', () => {
  it('reads only the new text of a block read before', () => {
    const sentence = 'Another update came in overnight from the front. ';
    document.body.innerHTML = `<p>${sentence.repeat(200)}</p>`;
    const read: number[] = [];
    const tasks: (() => void)[] = [];
    const scanner = new Scanner({
      extract: (text) => {
        read.push(text.length);
        return killed(text);
      },
      now: () => 0,
      marking: testMarking(),
      defer: (fn) => tasks.push(fn),
      onMarked: () => {},
    });
    const run = () => {
      while (tasks.length) (tasks.shift() as () => void)();
    };
    scanner.scan(p());
    run();
    p().append('Then 12 killed near the border. ');
    read.length = 0;
    scanner.scan(p());
    run();
    expect(read.reduce((a, b) => a + b, 0)).toBeLessThan(sentence.length * 3);
    expect(marks()).toEqual(['12']);
  });

  it('keeps to its time budget inside one block with thousands of figures', () => {
    document.body.innerHTML = `<p>${'Then 5 killed. '.repeat(3000)}</p>`;
    let clock = 0;
    const tasks: (() => void)[] = [];
    const perTask: number[] = [];
    const scanner = new Scanner({
      extract: killed,
      now: () => clock++, // every look at the clock costs a millisecond
      marking: testMarking(),
      defer: (fn) => tasks.push(fn),
      onMarked: () => {},
      budgetMs: 12,
    });
    scanner.scan(p());
    while (tasks.length) {
      const before = clock;
      (tasks.shift() as () => void)();
      perTask.push(clock - before);
    }
    expect(marks()).toHaveLength(3000);
    expect(Math.max(...perTask)).toBeLessThanOrEqual(16);
  });
});
