import { beforeEach, describe, expect, it, vi } from 'vitest';

// every text the tokenizer is given, as [from, to)
const read = vi.hoisted(() => ({ spans: [] as [number, number][] }));
vi.mock('./tokenize', async (original) => {
  const real = await original<typeof import('./tokenize')>();
  return {
    ...real,
    tokenize: (...args: Parameters<typeof real.tokenize>) => {
      read.spans.push([args[1], args[2]]);
      return real.tokenize(...args);
    },
  };
});

import { extractFigures } from '../all-languages';

const tokenized = (): number => read.spans.reduce((n, [from, to]) => n + to - from, 0);

// a page full of numbers, none of them near a casualty or troop word
const PROSE = [
  'The museum reopened on 14 March 2019 after a renovation that cost 12.5 million euros.',
  'Tickets are 15 dollars for adults and 8 for children under 12; the shop opens at 9:30.',
  'In the 1998 final the home side won 3-1 in front of 60,000 fans, a record that stood until 2011.',
  'Chapter 7 runs from page 212 to page 245 and has 31 photographs and 4 maps.',
  'The recipe serves 6: 250 g of flour, 2 eggs, 100 ml of milk and 30 minutes in the oven at 180 degrees.',
].join(' ');

beforeEach(() => {
  read.spans.length = 0;
});

describe('the cheap prefilter', () => {
  it('does not tokenize a page whose numbers are nowhere near a casualty or troop word', () => {
    const page = `${PROSE}\n\n`.repeat(40);
    expect(extractFigures(page, { lang: 'en' })).toEqual([]);
    expect(read.spans).toEqual([]);
  });

  it('with every language loaded, leaves out a run of another language that has no cue word', () => {
    const german = 'Bei dem Angriff wurden 12 Soldaten getötet.';
    const english = 'The museum reopened in 1998 and tickets cost 15 dollars.';
    const found = extractFigures(`${german} ${english}`);
    expect(found.map((f) => [f.text, f.metric])).toEqual([['12', 'killed']]);
    expect(tokenized()).toBeLessThan(german.length + 10);
  });
});
