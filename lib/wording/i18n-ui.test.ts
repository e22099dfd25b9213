import { describe, expect, it } from 'vitest';
import de from '../../public/_locales/de/messages.json';
import en from '../../public/_locales/en/messages.json';
import es from '../../public/_locales/es/messages.json';
import fr from '../../public/_locales/fr/messages.json';
import ru from '../../public/_locales/ru/messages.json';
import uk from '../../public/_locales/uk/messages.json';
import { type Entry, fill, plural, pluralForm, t } from '../i18n';
import { describeBounds, describeFigure, formatDate, formatNumber, monthName } from './format';
import { amount } from './sentences';

type Messages = Record<string, Entry>;
const LOCALES = { de, es, fr, ru, uk } as Record<string, Messages>;
const msg = (locale: Messages, key: string, ...subs: string[]) => fill(locale[key] as Entry, subs);

describe('the interface in other languages', () => {
  it('translates the popup, the figure words and the sentences', () => {
    const german = de as Messages;
    expect(msg(german, 'addClaim')).toBe('Angabe hinzufügen');
    expect(
      msg(german, 'figureText', `${msg(german, 'qualifierApprox')} 600`, msg(german, 'metricKilled')),
    ).toBe('etwa 600 getötet');
    expect(msg(ru as Messages, 'figureText', 'около 600', msg(ru as Messages, 'metricKilled'))).toBe(
      'погибшие: около 600',
    );
    // Keys whose English is a proper name or code are the only ones left alike in every language.
    const alike = new Set(['extName', 'messageLocale', 'figureText', 'amountRange', 'factBoundsOne']);
    for (const [code, locale] of Object.entries(LOCALES)) {
      const same = Object.keys(en).filter(
        // party names ("Hamas", "Boko Haram") are proper names in most languages
        (k) =>
          !alike.has(k) &&
          !k.startsWith('party') &&
          (locale[k] as Entry).message === (en as Messages)[k]?.message,
      );
      // A few words are the same in some languages ("Import", "Export", "Source", "Note").
      expect(same.length, `${code}: ${same.join(', ')}`).toBeLessThan(12);
    }
  });

  it('fills every placeholder a translation uses, and uses only declared ones', () => {
    for (const [code, locale] of Object.entries(LOCALES)) {
      for (const [key, entry] of Object.entries(locale)) {
        const names = Object.keys(entry.placeholders ?? {});
        const subs = names.map((_, i) => `<${i + 1}>`);
        const text = fill(entry, subs);
        expect(text, `${code} ${key}`).not.toMatch(/\$[A-Z_]+\$/);
        for (const used of entry.message.match(/\$([A-Z_]+)\$/g) ?? [])
          expect(names, `${code} ${key}`).toContain(used.slice(1, -1).toLowerCase());
      }
      expect(msg(locale, 'shownOfTotal', '1', '149')).toMatch(/1.*149/);
    }
  });

  it('picks Russian and Ukrainian plural forms', () => {
    const forms = [1, 3, 5, 21, 22, 25, 11].map((n) => pluralForm(n, 'ru'));
    expect(forms).toEqual(['one', 'few', 'many', 'one', 'few', 'many', 'many']);
    const count = (locale: Messages, n: number) =>
      msg(locale, `claimsCount_${pluralForm(n, 'ru')}`, String(n));
    expect([1, 3, 5].map((n) => count(ru as Messages, n))).toEqual([
      '1 заявление',
      '3 заявления',
      '5 заявлений',
    ]);
    expect([1, 3, 5].map((n) => count(uk as Messages, n))).toEqual(['1 заява', '3 заяви', '5 заяв']);
    expect(pluralForm(1, 'de')).toBe('one');
    expect(pluralForm(2, 'fr')).toBe('other');
  });

  it('keeps English as it was when no browser translation is at hand', () => {
    expect(plural(1, 'claimsCount', '1')).toBe('1 claim');
    expect(plural(148, 'claimsCount', '148')).toBe('148 claims');
    expect(t('shownOfTotal', '1', '149 claims')).toBe('1 of 149 claims match');
    expect(describeFigure({ low: 600, high: 600, qualifier: 'approx', metric: 'killed' })).toMatch(
      /^approximately 600 killed$/,
    );
    expect(amount({ low: 2000, high: null, qualifier: 'approx' })).toBe('about 2,000');
    expect(monthName('2025-09-01', true)).toBe('September 2025');
    expect(formatDate('2025-01-09')).toBe('9 Jan 2025');
    expect(formatNumber(4700)).toBe('4,700');
  });

  it("states a figure's bounds as a reader says them, grouped", () => {
    expect(describeBounds({ low: 4700, high: 4700 }, 'approximate')).toBe('4,700 (approximate)');
    expect(describeBounds({ low: 10000, high: 12000 }, 'range')).toBe('10,000 to 12,000 (range)');
    expect(describeBounds({ low: 300, high: null }, 'at least')).toBe('from 300, no upper bound (at least)');
    expect(describeBounds({ low: null, high: 2000 }, 'up to')).toBe('up to 2,000, no lower bound (up to)');
  });
});
