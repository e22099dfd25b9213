import { describe, expect, it } from 'vitest';
import { extractFigures } from '../all-languages';
import { countryParties } from './countries';

describe('countries from the country packages', () => {
  it('declines a Russian or Ukrainian name and gives a demonym its endings', () => {
    expect(countryParties('ru').names['колумб(ия|ии|ию|ией)']).toBe('colombia');
    expect(countryParties('uk').names['судан(|у|а|і|ом|ові)']).toBe('sudan');
    expect(countryParties('es').demonyms['peruan(o|a|os|as)']).toBe('peru');
    expect(countryParties('de').demonyms['kolumbianisch(|e|en|er|es|em)']).toBe('colombia');
    expect(countryParties('fr').demonyms['algérien(|ne|s|nes)']).toBe('algeria');
  });

  it('keeps the slugs of the parties the history already counts', () => {
    const en = countryParties('en').names;
    expect(en['united states']).toBe('us');
    expect(en.palestine).toBe('palestinians');
    expect(en.russia).toBe('russia');
  });

  it('leaves out a name two countries share', () => {
    expect(countryParties('en').names.congo).toBeUndefined();
  });

  it('reads a country name only written with a capital', () => {
    expect(extractFigures('Chad lost 40 soldiers in the attack.', { lang: 'en' })[0]?.party).toBe('chad');
    expect(extractFigures('chad lost 40 soldiers in the attack.', { lang: 'en' })[0]?.party).toBeNull();
  });
});
