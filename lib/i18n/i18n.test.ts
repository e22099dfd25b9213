import { describe, expect, it } from 'vitest';
import de from '../../public/_locales/de/messages.json';
import en from '../../public/_locales/en/messages.json';
import es from '../../public/_locales/es/messages.json';
import fr from '../../public/_locales/fr/messages.json';
import ru from '../../public/_locales/ru/messages.json';
import uk from '../../public/_locales/uk/messages.json';
import { t } from '.';

describe('t', () => {
  it('fills placeholders in English when no browser translation is at hand', () => {
    expect(t('markLabel', 'casualty figure', 'approximately 600 killed')).toBe(
      'casualty figure: approximately 600 killed, press Enter for earlier claims',
    );
    expect(t('loadError', 'offline')).toBe('Could not load earlier claims: offline');
  });

  it('has every English key in each language, with the same placeholders', () => {
    type Entry = { message: string; placeholders?: Record<string, unknown> };
    for (const locale of [de, es, fr, ru, uk] as Record<string, Entry>[]) {
      for (const [key, entry] of Object.entries(en as Record<string, Entry>)) {
        const other = locale[key];
        expect(other?.message, key).toBeTruthy();
        expect(Object.keys(other?.placeholders ?? {}), key).toEqual(Object.keys(entry.placeholders ?? {}));
      }
    }
  });
});
