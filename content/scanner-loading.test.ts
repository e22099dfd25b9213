// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import type { ClaimlinePage } from './controller';
import { startForTest } from './controller.fixture';
import { cueGate, cueNearNumber, FIRST_LOOK } from './cue-gate';
import type { Extractor } from './mark-figures';
import { pageText } from './page-text';
import { regexExtractor } from './test-extractor';

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));
const killed = regexExtractor(/\d[\d,]*(?= killed)/g);
const PAGE =
  '<article><p>Tickets cost 12 euros.</p><p>At least 300 killed on Monday.</p><p>The troops in the film are brave.</p><p>Then 1,200 killed.</p></article>';
let page: ClaimlinePage | null = null;
afterEach(() => page?.stop(true));

/** Claimline with the extractor behind the cue gate, its code arriving when `load` settles. */
function startWith(load: () => Promise<Extractor>) {
  document.body.innerHTML = PAGE;
  page = startForTest(cueGate({ cues: /(killed|troops)/gu, numbers: /\d/u }, load));
  return page;
}

describe('the scanner with an extractor still loading', () => {
  it('waits for its code, then marks every figure in the order of the page', async () => {
    let loads = 0;
    const p = startWith(async () => {
      loads++;
      await wait(30);
      return killed;
    });
    for (let i = 0; i < 100 && p.figures().length < 2; i++) await wait(10);
    expect(p.figures().map((m) => m.figure.text)).toEqual(['300', '1,200']);
    expect(loads).toBe(1);
  });

  it('leaves the page exactly as it was when the code cannot be loaded', async () => {
    const p = startWith(() => Promise.reject(new Error('refused by the page')));
    await wait(100);
    expect(p.figures()).toEqual([]);
    expect(document.body.innerHTML).toBe(PAGE);
  });

  it('loads nothing on a page without a cue word near a number', async () => {
    let loads = 0;
    document.body.innerHTML = '<p>The troops in the film are brave.</p><p>Tickets cost 12 euros.</p>';
    page = startForTest(
      cueGate({ cues: /(killed|troops)/gu, numbers: /\d/u }, async () => {
        loads++;
        return killed;
      }),
    );
    await wait(100);
    expect(loads).toBe(0);
  });

  it('walks no block of a page whose whole text shuts the gate, and reads what the page adds later', async () => {
    let loads = 0;
    let reads = 0;
    // by tier (cue-gate.ts): "killed" wants a number within reach, "troops" one beside it
    const searches = { cues: /(killed)|(troops)|((?!))|((?!))/gu, numbers: /\d/u };
    document.body.innerHTML =
      '<p>The troops in the film are brave, and its story is long and sad.</p><p>Tickets cost 12 euros.</p>';
    const gated = cueGate(searches, async () => {
      loads++;
      return (text: string) => {
        reads++;
        return killed(text);
      };
    });
    let asked = 0;
    const counted: typeof gated = (text, options) => {
      asked++;
      return gated(text, options);
    };
    page = startForTest(counted, {
      firstLook: (root) => cueNearNumber(pageText(root), searches, FIRST_LOOK),
    });
    await wait(100);
    // not one block was handed to the gate
    expect(asked).toBe(0);
    expect(loads).toBe(0);
    const update = document.createElement('p');
    update.textContent = 'Update: 1,200 killed.';
    document.body.append(update);
    for (let i = 0; i < 100 && (page?.figures().length ?? 0) === 0; i++) await wait(10);
    expect(page?.figures().map((m) => m.figure.text)).toEqual(['1,200']);
    expect(loads).toBe(1);
    expect(reads).toBe(1);
  });
});
