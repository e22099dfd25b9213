import { describe, expect, it } from 'vitest';
import '../all-languages';
import { extractFigures } from '../index';

const read = (text: string, lang: string) =>
  extractFigures(text, { lang }).map((f) => [f.low, f.metric, f.party, f.population]);

describe('a number counted among a total before it', () => {
  it('takes the metric and side of the total ("among the dead", "of them", "из них")', () => {
    expect(read('At least 300 Russian soldiers were killed. Among the dead were 40 officers.', 'en')).toEqual(
      [
        [300, 'killed', 'russia', 'military'],
        [40, 'killed', 'russia', 'military'],
      ],
    );
    expect(read('Kyiv said 300 Ukrainian soldiers were killed; 40 of them were officers.', 'en')).toEqual([
      [300, 'killed', 'ukraine', 'military'],
      [40, 'killed', 'ukraine', 'military'],
    ]);
    expect(
      read(
        'Mindestens 300 israelische Soldaten wurden getötet. Unter den Toten sind auch 20 Offiziere.',
        'de',
      ),
    ).toEqual([
      [300, 'killed', 'israel', 'military'],
      [20, 'killed', 'israel', 'military'],
    ]);
    expect(read('Погибли 300 российских военных, из них 40 офицеров.', 'ru')).toEqual([
      [300, 'killed', 'russia', 'military'],
      [40, 'killed', 'russia', 'military'],
    ]);
  });
});

describe('German compound nouns', () => {
  it('are read by the known noun they end in', () => {
    expect(read('Bei dem Anschlag wurden 12 Bundeswehrsoldaten verwundet.', 'de')).toEqual([
      [12, 'wounded', 'germany', 'military'],
    ]);
    expect(read('Bei dem Anschlag wurden 12 Hubschrauberpiloten getötet.', 'de')).toEqual([
      [12, 'killed', null, 'military'],
    ]);
    expect(read('Bei dem Anschlag wurden 12 Zivilisten getötet.', 'de')).toEqual([
      [12, 'killed', null, 'civilian'],
    ]);
  });
});
