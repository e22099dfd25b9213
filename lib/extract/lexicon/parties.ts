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
}

/** Aliases that name a party only written as here: "US", not the pronoun "us". */
export const CAPITALS_ONLY: readonly string[] = ['US'];

/** The slug of the UN's peacekeepers: a party whose name is itself a noun of soldiers. */
export const PEACEKEEPERS = 'un-peacekeepers';

export const PARTIES: readonly Party[] = [
  {
    slug: 'north-korea',
    label: 'North Korea',
    aliases: ['north korean', 'north koreans', 'north korea', "north korea's", 'dprk', 'pyongyang', 'kpa'],
  },
  {
    slug: 'russia',
    label: 'Russia',
    aliases: ['russian', 'russians', 'russia', "russia's", 'moscow', 'kremlin', 'russian federation'],
  },
  {
    slug: 'ukraine',
    label: 'Ukraine',
    aliases: ['ukrainian', 'ukrainians', 'ukraine', "ukraine's", 'kyiv', 'kiev'],
    civilians: 'civilians-ukraine',
  },
  { slug: 'civilians-ukraine', label: 'Ukrainian civilians', aliases: ['ukrainian civilians'] },
  { slug: 'israel', label: 'Israel', aliases: ['israeli', 'israelis', 'israel', "israel's", 'idf'] },
  {
    slug: 'palestinians',
    label: 'Palestinians',
    aliases: ['palestinian', 'palestinians', 'gazan', 'gazans', 'gaza'],
  },
  { slug: 'hamas', label: 'Hamas', aliases: ['hamas'], armedGroup: true },
  {
    slug: 'hezbollah',
    label: 'Hezbollah',
    aliases: ['hezbollah', 'hizbollah', 'hizballah'],
    armedGroup: true,
  },
  { slug: 'lebanon', label: 'Lebanon', aliases: ['lebanese', 'lebanon'] },
  { slug: 'sudan', label: 'Sudan', aliases: ['sudanese', 'sudan'], civilians: 'civilians-sudan' },
  { slug: 'civilians-sudan', label: 'Sudanese civilians', aliases: ['sudanese civilians'] },
  { slug: 'rsf', label: 'Rapid Support Forces', aliases: ['rsf', 'rapid support forces'], armedGroup: true },
  {
    slug: 'us',
    label: 'United States',
    aliases: ['american', 'americans', 'u.s.', 'us', 'usa', 'united states', 'pentagon', 'white house'],
  },
  { slug: 'uk', label: 'United Kingdom', aliases: ['british', 'britain', 'u.k.', 'uk', 'united kingdom'] },
  { slug: 'nigeria', label: 'Nigeria', aliases: ['nigerian', 'nigerians', 'nigeria'] },
  { slug: 'boko-haram', label: 'Boko Haram', aliases: ['boko haram'], armedGroup: true },
  { slug: 'afghanistan', label: 'Afghanistan', aliases: ['afghan', 'afghans', 'afghanistan'] },
  { slug: 'taliban', label: 'Taliban', aliases: ['taliban'], armedGroup: true },
  { slug: 'syria', label: 'Syria', aliases: ['syrian', 'syrians', 'syria'] },
  { slug: 'iraq', label: 'Iraq', aliases: ['iraqi', 'iraqis', 'iraq'] },
  { slug: 'iran', label: 'Iran', aliases: ['iranian', 'iranians', 'iran', 'tehran'] },
  { slug: 'nato', label: 'NATO', aliases: ['nato', "nato's"] },
  { slug: 'turkey', label: 'Turkey', aliases: ['turkish', 'turks', 'turkey', 'türkiye', 'ankara'] },
  {
    slug: 'islamic-state',
    label: 'Islamic State',
    aliases: ['islamic state', 'isis', 'isil', 'daesh'],
    armedGroup: true,
  },
  { slug: 'germany', label: 'Germany', aliases: ['german', 'germans', 'germany', 'bundeswehr'] },
  { slug: 'france', label: 'France', aliases: ['french', 'france', 'elysee', 'élysée'] },
  { slug: 'south-korea', label: 'South Korea', aliases: ['south korean', 'south koreans', 'south korea'] },
  { slug: 'houthis', label: 'Houthis', aliases: ['houthi', 'houthis'], armedGroup: true },
  { slug: 'yemen', label: 'Yemen', aliases: ['yemeni', 'yemenis', 'yemen'] },
  { slug: 'wagner', label: 'Wagner Group', aliases: ['wagner'], armedGroup: true },
  { slug: 'china', label: 'China', aliases: ['chinese', 'china', 'beijing', 'pla'] },
  { slug: 'myanmar', label: 'Myanmar', aliases: ['myanmar', 'burma', 'burmese', 'tatmadaw'] },
  { slug: 'pakistan', label: 'Pakistan', aliases: ['pakistani', 'pakistanis', 'pakistan'] },
  { slug: 'india', label: 'India', aliases: ['indian', 'indians', 'india'] },
  { slug: 'ethiopia', label: 'Ethiopia', aliases: ['ethiopian', 'ethiopians', 'ethiopia'] },
  { slug: 'somalia', label: 'Somalia', aliases: ['somali', 'somalis', 'somalia'] },
  { slug: 'mali', label: 'Mali', aliases: ['malian', 'malians', 'mali'] },
  { slug: 'libya', label: 'Libya', aliases: ['libyan', 'libyans', 'libya'] },
  { slug: 'colombia', label: 'Colombia', aliases: ['colombian', 'colombians', 'colombia'] },
  { slug: 'nepal', label: 'Nepal', aliases: ['nepali', 'nepalese', 'nepal'] },
  { slug: 'indonesia', label: 'Indonesia', aliases: ['indonesian', 'indonesians', 'indonesia'] },
  {
    slug: 'azerbaijan',
    label: 'Azerbaijan',
    aliases: ['azerbaijani', 'azerbaijanis', 'azerbaijan', 'azeri'],
  },
  { slug: 'armenia', label: 'Armenia', aliases: ['armenian', 'armenians', 'armenia'] },
  { slug: 'egypt', label: 'Egypt', aliases: ['egyptian', 'egyptians', 'egypt'] },
  { slug: 'saudi-arabia', label: 'Saudi Arabia', aliases: ['saudi', 'saudis', 'saudi arabia'] },
  {
    slug: 'un-peacekeepers',
    label: 'UN peacekeepers',
    aliases: [
      'peacekeepers',
      'peacekeeper',
      'un peacekeepers',
      'blue helmets',
      'unifil',
      'monusco',
      'minusma',
    ],
  },
];

/** True when the party with this slug is an armed group (`Party.armedGroup`). */
export const isArmedGroup = (slug: string): boolean => partyBySlug(slug)?.armedGroup === true;

/** The party with this slug, if any. */
export function partyBySlug(slug: string): Party | undefined {
  return PARTIES.find((p) => p.slug === slug);
}
