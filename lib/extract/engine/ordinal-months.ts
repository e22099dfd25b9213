/**
 * The month names (lowercase, long and short, without their full stops) of those languages whose
 * dates write the day as an ordinal with a full stop ("am 9. Januar", "1. März 2024"), so that the
 * stop after such a day ends no sentence. Which languages write dates so, and their months, come
 * from Intl (the browser's and Node's CLDR data): nothing is listed by hand, and languages without
 * such dates ("9 January", "9 января") give none.
 */
export function ordinalDayMonths(langs: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const lang of new Set(langs)) {
    let dayMonth: Intl.DateTimeFormat;
    try {
      dayMonth = new Intl.DateTimeFormat(lang, { day: 'numeric', month: 'long', timeZone: 'UTC' });
    } catch {
      continue; // a tag Intl does not know
    }
    if (!/^9\.\s/.test(dayMonth.format(Date.UTC(2001, 0, 9)))) continue;
    const forms = [
      dayMonth,
      new Intl.DateTimeFormat(lang, { day: 'numeric', month: 'short', timeZone: 'UTC' }),
      new Intl.DateTimeFormat(lang, { month: 'long', timeZone: 'UTC' }),
      new Intl.DateTimeFormat(lang, { month: 'short', timeZone: 'UTC' }),
    ];
    for (let m = 0; m < 12; m++)
      for (const form of forms)
        for (const part of form.formatToParts(Date.UTC(2001, m, 9)))
          if (part.type === 'month') out.add(part.value.toLowerCase().replace(/\./g, ''));
  }
  return out;
}
