import { afterAll, describe, expect, it } from 'vitest';
import de from '../../public/_locales/de/messages.json';
import en from '../../public/_locales/en/messages.json';
import es from '../../public/_locales/es/messages.json';
import fr from '../../public/_locales/fr/messages.json';
import ru from '../../public/_locales/ru/messages.json';
import uk from '../../public/_locales/uk/messages.json';
import { claimFields } from '../claims/form-fields';
import { PARTY_LIST } from '../extract/lexicon/party-list';
import { METRICS } from '../extract/types';
import { type Entry, setFallbackMessages } from '../i18n';
import { labelOrNull } from './labels';
import { partyChoices, partySlug } from './party-choices';
import { partyLabel } from './party-label';

const LOCALES = { en, de, es, fr, ru, uk } as Record<string, Record<string, Entry>>;
/** What a code looks like on screen: "atLeast", "third-government", "un-ngo", "north-korea". */
const CODE = /^[a-z]+([A-Z][a-z]*)+$|^[a-z]+(-[a-z]+)+$/;

afterAll(() => setFallbackMessages(en));

describe('every option has words, in all six languages', () => {
  it.each(Object.keys(LOCALES))('%s: the field table and the metric filter show no code', (code) => {
    setFallbackMessages(LOCALES[code] as Record<string, Entry>);
    const sets = claimFields().flatMap((f) =>
      f.options && f.labels ? [[f.labels, f.options] as const] : [],
    );
    sets.push(['optMetric', METRICS]);
    expect(sets.length).toBeGreaterThanOrEqual(5);
    for (const [set, values] of sets)
      for (const value of values) {
        const label = labelOrNull(set, value);
        expect(label, `${code} ${set} ${value}`).toBeTruthy();
        expect(label, `${code} ${set} ${value}`).not.toMatch(CODE);
      }
  });

  it.each(Object.keys(LOCALES))('%s: every known party by a name, none by its slug', (code) => {
    setFallbackMessages(LOCALES[code] as Record<string, Entry>);
    for (const p of PARTY_LIST) expect(partyLabel(p.slug), `${code} ${p.slug}`).not.toMatch(CODE);
    const choices = partyChoices();
    expect(choices.length).toBeGreaterThan(200);
    for (const c of choices) expect(c.name, c.slug).not.toBe(c.slug);
  });
});

describe('the party picked by name is stored as its slug', () => {
  it('reads German names, English names, aliases and slugs', () => {
    setFallbackMessages(de as Record<string, Entry>);
    expect(partyLabel('north-korea')).toBe('Nordkorea');
    expect(partyLabel('hezbollah')).toBe('Hisbollah');
    expect(partyChoices().find((c) => c.slug === 'chad')?.name).toBe('Tschad');
    expect(partySlug('Nordkorea')).toBe('north-korea');
    expect(partySlug('  nordkorea ')).toBe('north-korea');
    expect(partySlug('North Korea')).toBe('north-korea');
    expect(partySlug('DPRK')).toBe('north-korea');
    expect(partySlug('north-korea')).toBe('north-korea');
    expect(partySlug('Türkei')).toBe('turkey');
    expect(partySlug('Tschad')).toBe('chad');
    expect(partySlug('Hisbollah')).toBe('hezbollah');
  });

  it('keeps any other name as a slug of its own, and names a stored one back', () => {
    setFallbackMessages(en as Record<string, Entry>);
    expect(partySlug('Wagner East Battalion')).toBe('wagner-east-battalion');
    expect(partySlug(partyLabel('wagner-east-battalion'))).toBe('wagner-east-battalion');
    expect(partySlug('')).toBe('');
  });

  it('names each known party so that the name reads back to it, in every language', () => {
    for (const [code, messages] of Object.entries(LOCALES)) {
      setFallbackMessages(messages);
      for (const c of partyChoices()) expect(partySlug(c.name), `${code} ${c.name}`).toBe(c.slug);
    }
  });
});
