/**
 * The one lexicon of parties (whose people a figure counts), shared by extraction and by the
 * claim history's subject matching. Aliases are lowercase words or phrases as they appear in text
 * (a possessive 's is matched by the bare alias).
 */
export interface Party {
  slug: string;
  label: string;
  aliases: readonly string[];
  /** The party for this side's civilians, where the history counts them apart ("civilians-ukraine"). */
  civilians?: string;
  /** An armed group, not a country: "combatientes de Hamás" are its fighters, "soldados de Irak" may be where they go. */
  armedGroup?: boolean;
  /** An alliance or a mission of several countries (NATO, the UN's peacekeepers): no country, so no place. */
  alliance?: boolean;
  /** The people an armed group governs, whose dead its ministries count ("Hamas-run health ministry": Palestinians). */
  governs?: string;
  /** A country's ISO 3166-1 code, which names it in the reader's language (Intl.DisplayNames). */
  region?: string;
}

/** Aliases that name a party only written as here: "US", not the pronoun "us". */
export const CAPITALS_ONLY: readonly string[] = ['US'];

/** The slug of the UN's peacekeepers: a party whose name is itself a noun of soldiers. */
export const PEACEKEEPERS = 'un-peacekeepers';

/**
 * The parties extraction knows: none until they are set, from the background in the content
 * script (their list is data, not shipped in every page) and from party-list.ts elsewhere. One
 * array, filled in place, so every module that imported it reads the list once it is set.
 */
export const PARTIES: readonly Party[] = [];

/** Sets the parties extraction knows (replaces any set before). */
export function setParties(list: readonly Party[]): void {
  (PARTIES as Party[]).splice(0, PARTIES.length, ...list);
}

/** True when the party with this slug is an armed group (`Party.armedGroup`). */
export const isArmedGroup = (slug: string): boolean => partyBySlug(slug)?.armedGroup === true;

/** True when the party with this slug is a country (or a people): neither an armed group nor an alliance. */
export function isCountry(slug: string): boolean {
  const p = partyBySlug(slug);
  return p === undefined || (p.armedGroup !== true && p.alliance !== true);
}

/** The party with this slug, if any. */
export function partyBySlug(slug: string): Party | undefined {
  return PARTIES.find((p) => p.slug === slug);
}

/** True when the slug is a side's civilians (`Party.civilians` of some party: "civilians-ukraine"). */
export const isCiviliansSlug = (slug: string): boolean => PARTIES.some((p) => p.civilians === slug);
