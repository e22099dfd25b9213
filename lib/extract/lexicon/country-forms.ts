/**
 * The forms a country's name or demonym takes in running text, written as a list with endings
 * (expand.ts): the country packages give one form ("Колумбия", "Colombiano", "kolumbianisch"),
 * an article declines it ("в Колумбии", "soldados colombianos", "kolumbianische Soldaten").
 */

/** A name of one word declined as Russian or Ukrainian nouns are; other names as written. */
export function nameForms(lang: string, name: string): string {
  if (name.includes(' ') || name.includes('-')) return name;
  if (lang === 'ru') return slavicForms(name, RU_NAME_ENDINGS);
  if (lang === 'uk') return slavicForms(name, UK_NAME_ENDINGS);
  // "Russlands", "Syriens": the German genitive
  if (lang === 'de' && !/[sxzß]$/.test(name)) return `${name}(|s)`;
  return name;
}

/** The last letters of a nominative and the endings that replace them, longest first. */
type Endings = readonly (readonly [string, string])[];

const RU_NAME_ENDINGS: Endings = [
  ['ия', 'ия|ии|ию|ией'],
  ['ея', 'ея|еи|ею|еей'],
  ['а', 'а|ы|и|е|у|ой'],
  ['я', 'я|и|е|ю|ей'],
  ['й', 'й|я|е|ю|ем'],
  ['ь', 'ь|и|ью'],
];
const UK_NAME_ENDINGS: Endings = [
  ['ія', 'ія|ії|ію|ією'],
  ['а', 'а|и|і|у|ою'],
  ['я', 'я|і|ю|ею'],
  ['й', 'й|ю|ї|єм'],
];
/** a Slavic name ending in a consonant: "Судан", "Судана", "Судане"... */
const RU_HARD = '|а|е|у|ом';
const UK_HARD = '|у|а|і|ом|ові';

function slavicForms(name: string, endings: Endings): string {
  for (const [end, forms] of endings)
    if (name.endsWith(end)) return `${name.slice(0, -end.length)}(${forms})`;
  // "Мали", "Перу", "Того": indeclinable
  if (/[аеиоуыэюяіїє]$/.test(name)) return name;
  return `${name}(${endings === RU_NAME_ENDINGS ? RU_HARD : UK_HARD})`;
}

/** A demonym with the endings of gender and number its language gives it ("colombian(o|a|os|as)"). */
export function demonymForms(lang: string, demonym: string): string {
  const words = demonym.split(' ');
  const last = words.pop() as string;
  const head = words.length ? `${words.join(' ')} ` : '';
  return head + declined(lang, last);
}

function declined(lang: string, w: string): string {
  if (lang === 'en') return /(an|i)$/.test(w) ? `${w}(|s)` : w;
  if (lang === 'de') return /isch$/.test(w) ? `${w}(|e|en|er|es|em)` : w;
  if (lang === 'es') {
    if (w.endsWith('o')) return `${w.slice(0, -1)}(o|a|os|as)`;
    if (w.endsWith('és')) return `${w.slice(0, -2)}(és|esa|eses|esas)`;
    if (w.endsWith('án')) return `${w.slice(0, -2)}(án|ana|anes|anas)`;
    if (w.endsWith('í')) return `${w}(|es|s)`;
    if (w.endsWith('e')) return `${w}(|s)`;
    return `${w}(|a|es|as)`;
  }
  if (lang === 'fr') {
    if (w.endsWith('ien')) return `${w}(|ne|s|nes)`;
    if (w.endsWith('e')) return `${w}(|s)`;
    if (w.endsWith('s')) return `${w}(|e|es)`;
    return `${w}(|e|s|es)`;
  }
  return w;
}
