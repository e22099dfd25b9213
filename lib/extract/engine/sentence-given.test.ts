import { describe, expect, it } from 'vitest';
import { sentenceAt, useSentenceAbbreviations } from './sentence';
import { abbreviations } from './sentence-stop';

// The content script registers no lexicon in its own bundle (they live in the extractor's script),
// so the figure's sentence there is cut by the abbreviations the extractor's script hands over.
describe('the sentence rule with abbreviations handed over and no lexicon registered', () => {
  const text = 'Der Minister sagte am 9. Januar, rund 500 Soldaten seien gefallen. Danach schwieg er.';
  const at = text.indexOf('500');

  it('keeps "am 9. Januar" inside the figure\'s sentence', () => {
    useSentenceAbbreviations(abbreviations(['dr'], ['de']));
    expect(sentenceAt(text, at, at + 3).sentence).toBe(
      'Der Minister sagte am 9. Januar, rund 500 Soldaten seien gefallen.',
    );
  });

  it('cuts after the day when nothing was handed over (what the page did before)', () => {
    useSentenceAbbreviations(null);
    expect(sentenceAt(text, at, at + 3).sentence).not.toContain('Minister');
  });
});
