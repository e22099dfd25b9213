// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import type { ClaimlinePage } from './controller';
import { startForTest } from './controller.fixture';
import { cueGate } from './cue-gate';
import type { Extractor } from './mark-figures';
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
  page = startForTest(cueGate(/killed|troops/gu, /\d/u, load));
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
      cueGate(/killed|troops/gu, /\d/u, async () => {
        loads++;
        return killed;
      }),
    );
    await wait(100);
    expect(loads).toBe(0);
  });
});
