import { describe, expect, it } from 'vitest';
import { extractFigures } from './index';
import type { Figure } from './types';

const pick = (f: Figure) => [f.text, f.low, f.high, f.qualifier, f.metric, f.party];
const run = (text: string) => extractFigures(text, { lang: 'en' }).map(pick);

type Row = [string, Array<ReturnType<typeof pick>>];
const table = (rows: Row[]) => it.each(rows)('%s', (text, expected) => expect(run(text)).toEqual(expected));

describe('attribution', () => {
  it.each([
    ['According to the Health Ministry, 200 people were killed.', 'the Health Ministry'],
    ['Zelenskyy said 31,000 Ukrainian soldiers had been killed.', 'Zelenskyy'],
    ['At least 50 soldiers were killed, the army said.', 'the army'],
    ['An estimated 900 soldiers were killed, according to the monitoring group.', 'the monitoring group'],
    ['Up to 30 civilians may have died, the mayor said.', 'the mayor'],
    ['At least 12 people were wounded, local medics said.', 'local medics'],
    ['Ukrainian officials say 1,000 Russian soldiers were killed.', 'Ukrainian officials'],
    // the figure's own clause: not the speaker after the semicolon
    ['Israeli forces say they killed 2,000 militants; Hamas says most were civilians.', 'Israeli forces'],
  ])('%s', (text, who) => expect(extractFigures(text)[0]?.claimedBy).toBe(who));

  it('leaves claimedBy out when nobody is named', () => {
    expect(extractFigures('Some 70 soldiers were killed.')[0]).not.toHaveProperty('claimedBy');
    expect(extractFigures('Some say 300 soldiers were killed.')[0]).not.toHaveProperty('claimedBy');
    // "reports" is a noun here, and Russia denied them
    expect(extractFigures('Russia denied reports that 5,000 of its troops had died.')[0]).not.toHaveProperty(
      'claimedBy',
    );
  });
});

describe('languages', () => {
  it('falls back to the English lexicon for a language without one', () => {
    expect(extractFigures('About 300 soldiers were killed.', { lang: 'xx' })).toHaveLength(1);
  });
  it('returns nothing for empty text', () => {
    expect(extractFigures('')).toEqual([]);
  });
});

describe('texts read one after another', () => {
  // extraction reuses its tokens, numbers, candidates and heads from window to window and text to
  // text, and remembers the last clause's speaker: nothing may carry over from one text to the next
  it('reads each text as if it were the only one', () => {
    const texts = [
      'Zelenskyy said 300 soldiers were killed.',
      'The army said 300 soldiers were wounded.',
      `${'Officials said 12 were hurt. '.repeat(40)}Hamas said 300 fighters were killed.`,
      'Zelenskyy said 300 soldiers were killed.',
    ];
    const alone = texts.map((t) => JSON.stringify(extractFigures(t)));
    const after = texts.map((t) => JSON.stringify(extractFigures(t)));
    expect(after).toEqual(alone);
    expect(extractFigures(texts[0] as string)[0]?.claimedBy).toBe('Zelenskyy');
    expect(extractFigures(texts[1] as string)[0]?.claimedBy).toBe('The army');
  });
});

describe('dense numeric data', () => {
  it('skips a long table of numbers but reads the prose after it', () => {
    const table = Array.from({ length: 400 }, (_, i) => `${i + 10} killed`).join(', ');
    const prose = `${'The talks resumed on Monday without any progress being reported by either side. '.repeat(6)}At least 70 soldiers were wounded.`;
    const found = extractFigures(`${table}.\n${prose}`);
    expect(found.length).toBeLessThan(200);
    expect(found.at(-1)?.text).toBe('At least 70');
  });

  it('skips numbers listed sentence after sentence as data too', () => {
    // a sentence of 30 numbers in 130 characters, 200 times
    const list = `Killed ${Array.from({ length: 30 }, (_, i) => i + 10).join(', ')}`;
    const prose = `${'The talks resumed on Monday without any progress being reported by either side. '.repeat(6)}At least 70 soldiers were wounded.`;
    const found = extractFigures(`${`${list}. `.repeat(200)}\n${prose}`);
    expect(found.length).toBeLessThan(200);
    expect(found.at(-1)?.text).toBe('At least 70');
  });

  it('reads the prose after a long list of bare numbers, and the figures in it, as before the list', () => {
    const prose = `${'The talks resumed on Monday without any progress being reported by either side. '.repeat(6)}At least 70 soldiers were wounded and 1,200 troops were deployed.`;
    const list = `${Array.from({ length: 20_000 }, (_, i) => `${i % 97},${i % 7 === 0 ? '123' : ''}`).join(' ')}.\n`;
    const alone = extractFigures(prose);
    expect(alone.map((f) => f.text)).toEqual(['At least 70', '1,200']);
    const shifted = extractFigures(list + prose).map((f) => ({
      ...f,
      start: f.start - list.length,
      end: f.end - list.length,
    }));
    expect(shifted).toEqual(alone);
  });

  it('reads every figure of a short dense casualty list', () => {
    const text =
      'The toll: 12 killed, 30 wounded, 4 missing, 9 captured; 15 more killed and 40 more wounded later.';
    expect(extractFigures(text).map((f) => f.metric)).toEqual([
      'killed',
      'wounded',
      'missing',
      'captured',
      'killed',
      'wounded',
    ]);
  });
});

describe('text wrapped at a width', () => {
  it('a line ending in a number goes on into the next line', () => {
    expect(
      extractFigures('Officials said at least 300\nNorth Korean soldiers were killed.').map(pick),
    ).toEqual([['at least 300', 300, null, 'atLeast', 'killed', 'north-korea']]);
  });
});

describe('context across sentences', () => {
  const metrics = (text: string) => extractFigures(text).map((f) => [f.text, f.metric]);
  const filler = 'Markets were calm and the weather stayed mild. '.repeat(9);
  it('a sentence with no casualty word of its own takes the metric of a figure just before it', () => {
    const between = 'Rescue teams worked through the night in the rain and the cold. ';
    expect(
      metrics(`The strikes killed 250 people on Monday. ${between}On Tuesday the total rose to 300.`),
    ).toEqual([
      ['250', 'killed'],
      ['300', 'killed'],
    ]);
  });
  const parties = (text: string) => extractFigures(text).map((f) => [f.text, f.metric, f.party]);
  it('soldiers named by no party are those of the soldiers just before, as a report goes on', () => {
    expect(
      parties('Some 5,000 Russian troops crossed the river. By Friday, 2,000 soldiers had reached the town.'),
    ).toEqual([
      ['Some 5,000', 'deployed', 'russia'],
      ['2,000', 'deployed', 'russia'],
    ]);
    expect(
      parties(
        'Some 300 Ukrainian soldiers were killed. Later, 120 men of the brigade were reported missing.',
      ),
    ).toEqual([
      ['Some 300', 'killed', 'ukraine'],
      ['120', 'missing', 'ukraine'],
    ]);
  });
  it('other people are not: the party of a sentence before is not theirs', () => {
    expect(
      parties('Three Hezbollah fighters died in the clash. Over 70 journalists have died covering the war.'),
    ).toEqual([
      ['Three', 'killed', 'hezbollah'],
      ['Over 70', 'killed', null],
    ]);
    expect(
      parties('Two Israeli soldiers were wounded. The death toll from the earthquake rose to 2,300.'),
    ).toEqual([
      ['Two', 'wounded', 'israel'],
      ['2,300', 'killed', null],
    ]);
  });
  it('a number just after a figure, with neither its own cue nor a word pointing back, is none', () => {
    expect(metrics('The strikes killed 250 people on Monday. On Tuesday 300 arrived in the city.')).toEqual([
      ['250', 'killed'],
    ]);
  });
  it('but not of one 400 characters away', () => {
    expect(
      metrics(`The strikes killed 250 people on Monday. ${filler}On Tuesday the total rose to 300.`),
    ).toEqual([['250', 'killed']]);
  });
  it('numbers far from any casualty or troop word are no figures, however many', () => {
    const prices = 'The index closed at 4,512 points, up 12 from 4,500, on a volume of 2,000,000 shares. ';
    expect(extractFigures(prices.repeat(50))).toEqual([]);
    expect(metrics(`${prices.repeat(20)}At least 12 soldiers were killed. ${prices}`)).toEqual([
      ['At least 12', 'killed'],
    ]);
  });
});

describe('words that name built-in properties', () => {
  // the lexicon's tables are looked up with every word: "constructor" is no scale word or noun
  table([
    ['Officials said 300 constructor troops were killed.', [['300', 300, 300, 'exact', 'killed', null]]],
    ['About 500 toString soldiers were wounded.', [['About 500', 500, 500, 'approx', 'wounded', null]]],
    ['There were 12 valueOf casualties.', [['12', 12, 12, 'exact', 'casualties', null]]],
  ]);
});
