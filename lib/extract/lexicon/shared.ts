/**
 * What every language's lexicon shares, added to each by `lexiconFromSpec`: symbols written alike
 * in every language, and the abbreviations of titles, months and Latin that news in any of them
 * writes with a full stop that ends no sentence ("Gen. Smith", "Dr. Schmidt", "Sept. 5", "ca.").
 * Lists as in expand.ts.
 */
export const SHARED_CURRENCIES = '$|£|€|¥|₴|₽|₹|us$|usd|eur|gbp|uah|rub|chf';

/** Units written as symbols after a number ("40 km", "12 %", "300 t"). */
export const SHARED_UNITS = '%|‰|°|/|:|km|m|kg|cm|mm|h|ha|t|mw|gw|km²|°c';

/** Letters glued to digits that multiply them ("15K", "3M"), for a language that names none of its own. */
export const SHARED_SUFFIX_SCALES: Readonly<Record<string, number>> = { k: 1e3, K: 1e3, M: 1e6, G: 1e9 };

/** Scale suffixes written apart from their number ("15 K", "1.2 bn", "$5 mil"), as written. */
export const SHARED_SPACED_SUFFIXES = 'k|K|M|G|bn|bln|mln|tln|mil|MM';

export const SHARED_ABBREVIATIONS =
  'mr|mrs|ms|dr|gen|lt|col|sgt|capt|maj|st|no|vs|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|approx|est|' +
  'inc|corp|co|jr|sr|prof|rep|sen|gov|pres|adm|cpl|pvt|brig|mt|ft|fig|vol|al|etc|ca';
