/**
 * The one lexicon of parties (whose people a figure counts), shared by extraction and by the
 * claim history's subject matching. Aliases are lowercase words or phrases as they appear in text.
 */
export interface Party {
  slug: string;
  label: string;
  aliases: readonly string[];
}

export const PARTIES: readonly Party[] = [
  {
    slug: 'north-korea',
    label: 'North Korea',
    aliases: ['north korean', 'north koreans', 'north korea', "north korea's", 'dprk', 'pyongyang', 'kpa'],
  },
  { slug: 'russia', label: 'Russia', aliases: ['russian', 'russians', 'russia', "russia's", 'moscow', 'kremlin'] },
  { slug: 'ukraine', label: 'Ukraine', aliases: ['ukrainian', 'ukrainians', 'ukraine', "ukraine's", 'kyiv'] },
  { slug: 'israel', label: 'Israel', aliases: ['israeli', 'israelis', 'israel', "israel's", 'idf'] },
  {
    slug: 'palestinians',
    label: 'Palestinians',
    aliases: ['palestinian', 'palestinians', 'gazan', 'gazans', 'gaza'],
  },
  { slug: 'hamas', label: 'Hamas', aliases: ['hamas'] },
  { slug: 'sudan', label: 'Sudan', aliases: ['sudanese', 'sudan'] },
  { slug: 'us', label: 'United States', aliases: ['american', 'americans', 'u.s.', 'us'] },
];

/** The party with this slug, if any. */
export function partyBySlug(slug: string): Party | undefined {
  return PARTIES.find((p) => p.slug === slug);
}
