// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { pageLanguages, readingLanguage } from './page-languages';

const ALL = ['de', 'es', 'fr', 'ru', 'uk'];
function page(lang: string, text: string): Document {
  document.documentElement.lang = lang;
  document.body.textContent = text;
  return document;
}

describe('pageLanguages', () => {
  it('takes the html lang tag', () => {
    expect(pageLanguages(page('fr-CA', 'Rien.'), ALL)).toEqual(['fr']);
  });
  it('needs nothing for an English page', () => {
    expect(pageLanguages(page('en', 'At least 300 soldiers were killed, officials said.'), ALL)).toEqual([]);
  });
  it('spots Cyrillic, Ukrainian letters and German words on an untagged page', () => {
    expect(pageLanguages(page('', 'Загинули понад 300 військових.'), ALL)).toEqual(['uk']);
    expect(pageLanguages(page('', 'Погибли более 300 военных, сообщили в штабе.'), ALL)).toEqual(['ru']);
    expect(pageLanguages(page('', 'Es wurden 300 Soldaten getötet.'), ALL)).toEqual(['de']);
  });
  it('offers only languages it has', () => {
    expect(pageLanguages(page('ja', 'テスト'), ALL)).toEqual([]);
  });
});

describe('readingLanguage: the one language decision', () => {
  it('reads an English page that quotes German sentence by sentence, once German is loaded', () => {
    expect(readingLanguage(page('en', 'Officials said so. „Es wurden 300 Soldaten getötet."'), ['de'])).toBe(
      'auto',
    );
  });
  it('reads a page in its tag when that is the one language found on it', () => {
    expect(readingLanguage(page('de-AT', 'Es wurden 300 Soldaten getötet.'), ['de'])).toBe('de-AT');
    expect(readingLanguage(page('en', 'At least 300 soldiers were killed.'), [])).toBe('en');
  });
  it('reads an untagged page, or one of several languages, in the language of each sentence', () => {
    expect(readingLanguage(page('', 'Es wurden 300 Soldaten getötet.'), ['de'])).toBe('auto');
    expect(
      readingLanguage(page('de', 'Погибли 300 военных. Es wurden 300 Soldaten getötet.'), ['de', 'ru']),
    ).toBe('auto');
    expect(readingLanguage(page('', 'Nothing here.'), [])).toBe('auto');
  });
});
