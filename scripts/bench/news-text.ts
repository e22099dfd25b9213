// The generated news-like text of the extraction bench: prose with the numbers of a news page
// (figures, dates, years, money, percentages, units, ages), the same for every run (seeded).

/** Deterministic pseudo-random numbers (mulberry32). */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SIDES = [
  'Russian',
  'Ukrainian',
  'Israeli',
  'Palestinian',
  'North Korean',
  'Sudanese',
  'American',
  'British',
];
const QUALS = [
  '',
  '',
  '',
  'about ',
  'at least ',
  'more than ',
  'nearly ',
  'up to ',
  'an estimated ',
  'fewer than ',
];
const NOUNS = ['soldiers', 'troops', 'civilians', 'people', 'fighters', 'marines', 'servicemen'];
const VERBS = [
  'were killed',
  'were wounded',
  'were captured',
  'are missing',
  'were deployed',
  'were withdrawn',
];
const MONTHS = ['January', 'March', 'April', 'June', 'August', 'October', 'December'];
const PLACES = [
  'the eastern region',
  'the border area',
  'the capital',
  'the southern front',
  'a coastal town',
];
const WHO = [
  'The ministry',
  'A spokesman for the governor',
  'The regional administration',
  'Local officials',
  'The general staff',
  'Aid groups',
  'Witnesses',
  'The foreign minister',
];
const DID = [
  'said',
  'warned',
  'did not say',
  'declined to comment on',
  'described',
  'disputed',
  'welcomed',
  'condemned',
];
const WHAT = [
  'the overnight attack',
  'the latest round of talks',
  'the damage to the power grid',
  'the new sanctions package',
  'the evacuation of the hospital',
  'the claims made by the other side',
  'the decision to close the crossing',
];
const TAIL = [
  'on state television',
  'in a statement',
  'at a press conference',
  'according to local media',
  'as the fighting continued',
  'while the talks stalled',
  'before the curfew began',
];

/**
 * Text that reads like war reporting: mostly prose, with the numbers of a news page (about one per
 * 130 characters; the articles of ../shared/pages have one per 45 to 380, the English passages of
 * the dev corpus one per 63): figures, dates, years, money, percentages, units and ages.
 */
export function newsText(bytes: number, seed = 7): string {
  const r = rng(seed);
  const pick = <T>(a: readonly T[]): T => a[Math.floor(r() * a.length)] as T;
  const num = (): string => {
    const n = Math.floor(r() * 20000) + 2;
    return r() < 0.5 ? n.toLocaleString('en-US') : String(n);
  };
  const parts: string[] = [];
  let size = 0;
  while (size < bytes) {
    const k = r();
    let s: string;
    if (k < 0.08)
      s = `${pick(SIDES)} officials said ${pick(QUALS)}${num()} ${pick(SIDES)} ${pick(NOUNS)} ${pick(VERBS)} in ${pick(PLACES)} on ${pick(MONTHS)} ${1 + Math.floor(r() * 28)}, ${2014 + Math.floor(r() * 11)}.`;
    else if (k < 0.11)
      s = `Between ${num()} and ${num()} ${pick(NOUNS)} have been killed or wounded since the start of the war, according to the ${pick(SIDES)} defence ministry.`;
    else if (k < 0.14)
      s = `The package is worth $${Math.floor(r() * 900)} million and includes ${num()} artillery rounds with a range of ${Math.floor(r() * 300)} km.`;
    else if (k < 0.17)
      s = `Dozens of ${pick(NOUNS)} were injured and several hundred more were evacuated, ${pick(SIDES)} media reported at 10:${10 + Math.floor(r() * 49)}.`;
    else if (k < 0.19)
      s = `Turnout was ${Math.floor(r() * 90)}% and a ${18 + Math.floor(r() * 40)}-year-old candidate won.`;
    else s = `${pick(WHO)} ${pick(DID)} ${pick(WHAT)} ${pick(TAIL)}.`;
    parts.push(s);
    size += s.length + 1;
    if (r() < 0.15) parts.push('\n');
  }
  return parts.join(' ');
}
