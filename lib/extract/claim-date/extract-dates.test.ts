import { afterEach, describe, expect, it } from 'vitest';
import '../all-languages';
import { readClaimDate } from '../all-languages';
import { registerDateReader } from '../date-reader';
import { extractFigures } from '../extract';

const dates = (text: string, options: { lang?: string; date?: string }) =>
  extractFigures(text, options).map((f) => [f.text, f.claimDate ?? null]);

describe('extractFigures with the claim-date reader registered (all-languages.ts)', () => {
  afterEach(() => registerDateReader(readClaimDate));

  it("gives each figure the day its sentence says the claim was made, read against the article's date", () => {
    const text =
      'The ministry said on Monday that 300 soldiers were killed. In January it had said 120 soldiers died. ' +
      'Another 40 soldiers were wounded on Sunday.';
    expect(dates(text, { lang: 'en', date: '2025-04-30' })).toEqual([
      ['300', '2025-04-28'],
      ['120', '2025-01-31'],
      ['40', null],
    ]);
    // without the article's date only dates with their year are read
    expect(dates(text, { lang: 'en' })).toEqual([
      ['300', null],
      ['120', null],
      ['40', null],
    ]);
  });

  it('reads dates in the language of each sentence when none is given', () => {
    const text =
      'Der Minister sagte am Montag, 300 Soldaten seien getötet worden. Le ministre a déclaré mardi que 40 soldats ont été tués.';
    expect(dates(text, { date: '2025-04-30' })).toEqual([
      ['300', '2025-04-28'],
      ['40', '2025-04-29'],
    ]);
  });

  it('gives no claim date when no reader is registered (the content script)', () => {
    registerDateReader(null);
    const [figure] = extractFigures('The ministry said on Monday that 300 soldiers were killed.', {
      lang: 'en',
      date: '2025-04-30',
    });
    expect(figure?.text).toBe('300');
    expect(figure && 'claimDate' in figure).toBe(false);
  });
});
