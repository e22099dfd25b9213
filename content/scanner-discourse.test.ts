// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import '../lib/extract/all-languages';
import { extractFigures } from '../lib/extract/extract';
import { testMarking } from './controller.fixture';
import type { MarkedFigure } from './mark-figures';
import { Scanner } from './scanner';

afterEach(() => {
  document.body.innerHTML = '';
});

function scanAll(): MarkedFigure[] {
  const tasks: Array<() => void> = [];
  const marked: MarkedFigure[] = [];
  const scanner = new Scanner({
    extract: extractFigures,
    lang: 'en',
    now: () => 0,
    marking: testMarking(),
    defer: (fn) => tasks.push(fn),
    onMarked: (m) => marked.push(...m),
  });
  scanner.scan(document.body);
  while (tasks.length) (tasks.shift() as () => void)();
  return marked;
}

describe('the scanner carries one state through the blocks of a root', () => {
  it('resolves "the agency" and "those soldiers" to what an earlier paragraph named', () => {
    document.body.innerHTML =
      "<p>South Korea's spy agency said North Korea had sent 11,000 soldiers to Russia.</p>" +
      '<p>The agency said around 2,000 of those soldiers had been killed.</p>';
    const figures = scanAll().map((m) => [m.figure.text, m.figure.party, m.figure.claimedBy]);
    expect(figures).toEqual([
      ['11,000', 'north-korea', "South Korea's spy agency"],
      ['around 2,000', 'north-korea', "South Korea's spy agency"],
    ]);
  });
});
