import { describe, expect, it } from 'vitest';
import { type Searches, searchesOf } from '../engine/lexicon-searches';
import { lexiconFromSpec } from './compile';
import { withCountries } from './countries';
import { DE_SPEC } from './de';
import { EN_SPEC } from './en';
import { ES_SPEC } from './es';
import { FR_SPEC } from './fr';
import { setParties } from './parties';
import { PARTY_LIST } from './party-list';
import { fromPlainData, lexiconFromPlain } from './plain-lexicon';
import { plainData, plainLexicon } from './plain-lexicon-send';
import { RU_SPEC } from './ru';
import { UK_SPEC } from './uk';

const SPECS = [EN_SPEC, DE_SPEC, ES_SPEC, FR_SPEC, RU_SPEC, UK_SPEC];

/** A language's lexicon as the background compiles it. */
function lexiconOf(lang: string) {
  const spec = SPECS.find((s) => s.lang === lang);
  setParties(PARTY_LIST);
  return spec ? lexiconFromSpec(withCountries(spec)) : null;
}

/** As a page receives it: Chromium sends a message as JSON. */
const throughMessage = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

describe('a compiled lexicon sent as plain data', () => {
  it.each(['en', 'de', 'es', 'fr', 'ru', 'uk'])('is the same lexicon on the page (%s)', (lang) => {
    const lexicon = lexiconOf(lang);
    if (!lexicon) throw new Error(`no lexicon for ${lang}`);
    const received = lexiconFromPlain(throughMessage(plainLexicon(lexicon)));
    expect(received).toEqual(lexicon);
    expect(received.abbrevs).toBeInstanceOf(Set);
    expect(received.nameArticles).toBeInstanceOf(Map);
  });

  it.each(['en', 'ru'])('sends the searches of a lexicon as they were built (%s)', (lang) => {
    const lexicon = lexiconOf(lang);
    if (!lexicon) throw new Error(`no lexicon for ${lang}`);
    const built = searchesOf(lexicon);
    const received = fromPlainData<Searches>(throughMessage(plainData(built)));
    expect(received).toEqual(built);
    expect(received.trig.search.source).toBe(built.trig.search.source);
    expect(received.trig.search.flags).toBe('gi');
    expect(received.cues.test('were killed')).toBe(built.cues.test('were killed'));
  });

  it('keeps a table key that names an object prototype a plain key', () => {
    const lexicon = lexiconOf('en');
    if (!lexicon) throw new Error('no English lexicon');
    const odd = {
      ...lexicon,
      units: Object.defineProperty({ one: 1 }, '__proto__', { value: 7, enumerable: true }),
    };
    const received = lexiconFromPlain(throughMessage(plainLexicon(odd)));
    expect(Object.getPrototypeOf(received.units)).toBe(Object.prototype);
    expect(Object.hasOwn(received.units, '__proto__')).toBe(true);
  });

  it('refuses a key that would read as a set or a map', () => {
    const lexicon = lexiconOf('en');
    if (!lexicon) throw new Error('no English lexicon');
    expect(() => plainLexicon({ ...lexicon, units: { $set: 1 } })).toThrow(/tag/);
  });
});
