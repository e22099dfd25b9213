import { describe, expect, it } from 'vitest';
import '../all-languages';
import { lexiconFor } from '../lexicon/registry';
import { ReadingState } from './reading-state';
import { endsSentenceAt, sentenceAround } from './sentence';
import { tokenize } from './tokenize';

/** Sentences of each language whose full stops inside must not cut them: [lang, text, figure]. */
const WHOLE: [string, string, string][] = [
  ['de', 'Selenskyj sagte am 9. Januar, bis zu 4.000 Soldaten seien gefallen.', '4.000'],
  ['de', 'Am 1. März 2024 meldete das Heer rund 250 Verwundete.', '250'],
  ['de', 'Laut Dr. Müller wurden in Haus Nr. 5 etwa 40 Menschen verletzt.', '40'],
  ['de', 'Viele Zivilisten, z. B. 30 Kinder, wurden vom 8. bis 10. Februar getötet.', '30'],
  ['de', 'Die Armee zählte bis zum 31. Dez. 2023 fast 900 Tote.', '900'],
  ['en', 'Mr. Smith said 200 U.S. forces were wounded in the attack.', '200'],
  ['en', 'On Jan. 9 the army said 70 soldiers had died, Gen. Lee added.', '70'],
  ['es', 'El Sr. Pérez dijo que 120 soldados de EE. UU. murieron el 3 de ene. de 2024.', '120'],
  ['es', 'Según la Dra. Gómez, unas 60 personas resultaron heridas.', '60'],
  ['fr', 'Selon Mme Dupont et le Dr. Martin, 45 civils ont été tués le 2 janv. à Goma.', '45'],
  ['fr', 'M. Durand a indiqué que 80 soldats avaient été blessés.', '80'],
  ['ru', 'По словам ген. Петрова, 9 янв. погибли 300 военных, т. е. больше, чем в дек. 2023 года.', '300'],
  ['ru', 'Как сообщил др. Иванов, около 50 человек были ранены на ул. Ленина.', '50'],
  ['uk', 'За словами ген. Коваля, у січ. 2024 р. загинули 150 військових, т. е. більше.', '150'],
  ['uk', 'На вул. Шевченка 12 людей дістали поранення, повідомив штаб.', '12'],
];

/** Two sentences each, the figure in the second: the stop after the first must still end it. */
const SPLIT: [string, string, string, string][] = [
  ['de', 'Das Heer zählte 12. Dann meldete es 300 Tote.', '300', 'Dann meldete es 300 Tote.'],
  ['de', 'Die Kämpfe endeten 2024. Januar brachte 40 Tote.', '40', 'Januar brachte 40 Tote.'],
  ['en', 'Police counted 12. May brought 30 more deaths.', '30', 'May brought 30 more deaths.'],
  ['es', 'La cifra subió a 9. Enero dejó 20 muertos.', '20', 'Enero dejó 20 muertos.'],
  ['fr', "L'armée en compte 9. Janvier a fait 20 morts.", '20', 'Janvier a fait 20 morts.'],
  ['ru', 'Штаб сообщил о 9. Январь унёс 20 жизней.', '20', 'Январь унёс 20 жизней.'],
  ['uk', 'Штаб повідомив про 9. Січень забрав 20 життів.', '20', 'Січень забрав 20 життів.'],
];

const around = (text: string, figure: string, lang: string): string => {
  const at = text.indexOf(figure);
  return sentenceAround(`Vorher. ${text} Danach.`, at + 8, at + 8 + figure.length, lang);
};

describe('one sentence rule in six languages', () => {
  it.each(WHOLE)('%s: keeps "%s" whole', (lang, text, figure) => {
    expect(around(text, figure, lang)).toBe(text);
    // the same with every language loaded and none given, as the page reads it
    expect(around(text, figure, 'auto')).toBe(text);
  });

  it.each(SPLIT)('%s: ends the sentence in "%s"', (lang, text, figure, second) => {
    const at = text.indexOf(figure);
    expect(sentenceAround(text, at, at + figure.length, lang)).toBe(second);
  });

  it('reads a day before a month as no end only where dates are written "9. Januar"', () => {
    const text = 'Police counted 12. January was quiet.';
    const dot = text.indexOf('.');
    expect(endsSentenceAt(text, dot, 'en')).toBe(true);
    expect(endsSentenceAt('Am 12. Januar war es ruhig.', 5, 'de')).toBe(false);
  });

  it('cuts the tokens the extractor reads by the same rule', () => {
    const text = 'Selenskyj sagte am 9. Januar, 4.000 seien gefallen. Dann Stille.';
    const toks = tokenize(text, 0, text.length, lexiconFor('de'), new ReadingState());
    const ends = toks.filter((t) => t.ends).map((t) => t.start);
    expect(ends).toEqual([text.indexOf('. Dann'), text.length - 1]);
  });
});
