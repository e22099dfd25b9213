import { describe, expect, it } from 'vitest';
import '../all-languages';
import { sentenceAround, sentenceBounds } from './sentence';

/** The sentence around the first occurrence of `figure` in `text`. */
const around = (text: string, figure: string, lang?: string): string => {
  const at = text.indexOf(figure);
  return sentenceAround(text, at, at + figure.length, lang);
};

describe('sentenceAround', () => {
  it('gives the sentence a figure stands in, trimmed', () => {
    const text = 'The talks failed. At least 300 soldiers were killed, the army said. Markets fell.';
    expect(around(text, '300')).toBe('At least 300 soldiers were killed, the army said.');
  });

  it('does not end a sentence at an abbreviation, an initialism or a decimal point', () => {
    expect(
      around('Gen. Smith said 1.5 thousand U.S. troops left on Sept. 5 for home. Then rain.', '1.5'),
    ).toBe('Gen. Smith said 1.5 thousand U.S. troops left on Sept. 5 for home.');
    // the abbreviations of the language read: "бл." and "тис." end no Ukrainian sentence
    expect(around('Штаб повідомив. За даними штабу, бл. 500 військових загинули.', '500', 'uk')).toBe(
      'За даними штабу, бл. 500 військових загинули.',
    );
    expect(around('Das Amt meldete ca. 300 Tote. Dann nichts.', '300')).toBe('Das Amt meldete ca. 300 Tote.');
  });

  it('goes on over a line broken inside a sentence, and stops at a blank line or a finished line', () => {
    expect(around('Officials said at least 300\nNorth Korean soldiers were killed.', '300')).toBe(
      'Officials said at least 300\nNorth Korean soldiers were killed.',
    );
    expect(around('Ukraine war: day 300\n\nSome 40 soldiers were wounded.', '40')).toBe(
      'Some 40 soldiers were wounded.',
    );
    expect(around('Latest news.\nSome 40 soldiers were wounded', '40')).toBe('Some 40 soldiers were wounded');
  });

  it('ends a sentence at "!" and "?", not at a full stop before a lowercase word', () => {
    expect(around('Why? About 30 died, e.g. at the border! Then nothing.', '30')).toBe(
      'About 30 died, e.g. at the border!',
    );
  });

  it('looks at most a few hundred characters on each side of a text without stops', () => {
    const filler = 'word '.repeat(400);
    const text = `${filler}about 300 soldiers died ${filler}`;
    const at = text.indexOf('300');
    const s = sentenceBounds(text, at, at + 3);
    expect(s.start).toBeGreaterThan(0);
    expect(s.end).toBeLessThan(text.length);
    expect(text.slice(s.start, s.end)).toContain('about 300 soldiers died');
  });
});
