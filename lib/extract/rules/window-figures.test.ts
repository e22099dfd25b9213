import { describe, expect, it } from 'vitest';
import { extractFigures } from '../index';

const FIELDS = ['start', 'end', 'text', 'low', 'high', 'qualifier', 'metric', 'party', 'population'];

describe('the figures a window yields', () => {
  it('carry the same fields in the same order, and a speaker only when one is named', () => {
    const text = 'At least 300 soldiers were killed, the ministry said. Later 40 civilians were wounded.';
    const figs = extractFigures(text, { lang: 'en' });
    expect(figs.length).toBe(2);
    for (const f of figs) {
      expect(Object.keys(f).slice(0, FIELDS.length)).toEqual(FIELDS);
      expect(f.text).toBe(text.slice(f.start, f.end));
    }
    const said = extractFigures('Russia lost 1,200 soldiers, the Ukrainian military said.', { lang: 'en' });
    expect(Object.keys(said[0] ?? {})).toEqual([...FIELDS, 'claimedBy']);
    const bare = extractFigures('Russia lost 1,200 soldiers in the battle.', { lang: 'en' });
    expect(Object.keys(bare[0] ?? {})).toEqual(FIELDS);
  });

  it('survive a round trip through JSON and structured cloning unchanged', () => {
    const figs = extractFigures('About 5,000 troops were deployed, the Pentagon said, and 12 were wounded.', {
      lang: 'en',
    });
    expect(figs.length).toBeGreaterThan(0);
    expect(JSON.parse(JSON.stringify(figs))).toEqual(figs);
    expect(structuredClone(figs)).toEqual(figs);
    expect(figs.map((f) => ({ ...f }))).toEqual(JSON.parse(JSON.stringify(figs)));
  });
});
