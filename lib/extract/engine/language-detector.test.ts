import { describe, expect, it } from 'vitest';
import '../all-languages';
import { loadedLexicons } from '../lexicon/registry';
import { detect, detector } from './language-detector';

/** Sentences of my own in each language, as a page without a language tag has them. */
const SENTENCES: [string, string][] = [
  ['en', 'The ministry said that more than forty soldiers were killed in the night.'],
  ['de', 'Das Ministerium teilte mit, dass in der Nacht über vierzig Soldaten getötet wurden.'],
  ['es', 'El ministerio dijo que más de cuarenta soldados murieron durante la noche.'],
  ['fr', 'Le ministère a déclaré que plus de quarante soldats ont été tués pendant la nuit.'],
  ['ru', 'Министерство сообщило, что ночью погибли более сорока военных.'],
  ['uk', 'Міністерство повідомило, що вночі загинули понад сорок військових.'],
];

const langOf = (text: string, from = 0, to = text.length): string =>
  detect(detector(loadedLexicons()), text, from, to).lang;

describe('the language of a sentence, every lexicon loaded', () => {
  it.each(SENTENCES)('%s: "%s"', (lang, text) => {
    expect(langOf(text)).toBe(lang);
    // the same without the full stop: the last word counts when the text ends on it
    expect(langOf(text.slice(0, -1))).toBe(lang);
  });

  it('reads only the part of the text it is given', () => {
    const de = SENTENCES[1]?.[1] as string;
    const fr = SENTENCES[3]?.[1] as string;
    const text = `${de} ${fr}`;
    expect(langOf(text, 0, de.length)).toBe('de');
    expect(langOf(text, de.length + 1)).toBe('fr');
  });

  it('tells a language by a letter only it uses, and by a common word ending the text', () => {
    // "ß" is German's; "ї" Ukrainian's; "ы" Russian's
    expect(langOf('Straße')).toBe('de');
    expect(langOf('їх')).toBe('uk');
    expect(langOf('мы')).toBe('ru');
    expect(langOf('Kyiv, 12 May: und')).toBe('de');
    expect(langOf('Kyiv, 12 May: the')).toBe('en');
  });

  it('reads English where there is no evidence', () => {
    expect(langOf('Kyiv, 12 May')).toBe('en');
    expect(langOf('')).toBe('en');
  });
});
