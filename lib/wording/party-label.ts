import { PARTY_LIST } from '../extract/lexicon/party-list';
import { t } from '../i18n';
import { labelOrNull } from './labels';

const regionNames = new Map<string, Intl.DisplayNames | null>();

/** The language the messages are in: party names follow the words around them, not the system's locale. */
export const messageLanguage = (): string => t('messageLocale') || 'en';

/** A country's name by its ISO code in the messages' language ("KP" -> "Nordkorea"), or null. */
export function regionName(code: string): string | null {
  const lang = messageLanguage();
  let names = regionNames.get(lang);
  if (names === undefined) {
    try {
      names = new Intl.DisplayNames([lang], { type: 'region', fallback: 'none' });
    } catch {
      names = null;
    }
    regionNames.set(lang, names);
  }
  try {
    return names?.of(code) ?? null;
  } catch {
    return null;
  }
}

/**
 * A party's name in the reader's language, never its slug: a group's own message ("Hisbollah"),
 * a country by its code ("Nordkorea" for `north-korea`), else the slug spelt as words
 * ("palestinian-militants" -> "Palestinian militants").
 */
export function partyLabel(slug: string): string {
  const group = labelOrNull('party', slug);
  if (group) return group;
  const party = PARTY_LIST.find((p) => p.slug === slug);
  const country = party?.region ? regionName(party.region) : null;
  if (country) return country;
  if (party) return party.label;
  const words = slug.replace(/-/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
