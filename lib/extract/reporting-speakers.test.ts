import { describe, expect, it } from 'vitest';
import { extractFigures } from './all-languages';

/** The article's day of every case: Wednesday 30 April 2025. */
const DATE = '2025-04-30';

/** The speaker and claim date the extractor gives the figure `figure` of `text`. */
function said(lang: string, text: string, figure: string): { by?: string; on?: string } {
  const found = extractFigures(text, { lang, date: DATE }).find((f) => f.text.includes(figure));
  if (!found) throw new Error(`no figure "${figure}" in: ${text}`);
  return { by: found.claimedBy, on: found.claimDate };
}

describe('a verb of saying before its speaker, after the claim', () => {
  it.each([
    [
      'de',
      'Bis zu 4.000 Soldaten seien gefallen, sagte Selenskyj am 9. Januar.',
      '4.000',
      'Selenskyj',
      '2025-01-09',
    ],
    [
      'de',
      'Etwa 250 Soldaten seien verwundet worden, sagte der Sprecher am Montag.',
      '250',
      'Sprecher',
      '2025-04-28',
    ],
    [
      'de',
      'Rund 600 Kämpfer seien tot, erklärte das Heer am 1. März 2025 in Kiew.',
      '600',
      'Heer',
      '2025-03-01',
    ],
    ['es', 'Unos 4.000 soldados murieron, dijo Zelenski el 9 de enero.', '4.000', 'Zelenski', '2025-01-09'],
    [
      'fr',
      'Quelque 4 000 soldats ont été tués, a déclaré Zelensky le 9 janvier.',
      '4 000',
      'Zelensky',
      '2025-01-09',
    ],
    ['ru', 'Около 4 тысяч солдат погибли, заявил Зеленский 9 января.', '4 тысяч', 'Зеленский', '2025-01-09'],
  ])('%s: %s', (lang, text, figure, by, on) => {
    expect(said(lang, text, figure)).toEqual({ by, on });
  });

  it('reads the day "am 9. Januar" when the speaker opens the sentence', () => {
    const text = 'Vorher war es ruhig. Selenskyj sagte am 9. Januar, bis zu 4.000 Soldaten seien gefallen.';
    expect(said('de', text, '4.000')).toEqual({ by: 'Selenskyj', on: '2025-01-09' });
  });
});

describe('an unnamed source is given as the article describes it, never with its verb', () => {
  it.each([
    [
      'de',
      'Mindestens 300 Soldaten seien getötet worden, wie ein Abgeordneter berichtete.',
      '300',
      'ein Abgeordneter',
    ],
    [
      'de',
      'Etwa 70 Zivilisten starben, wie das Verteidigungsministerium am Dienstag mitteilte.',
      '70',
      'Verteidigungsministerium',
    ],
    ['en', 'At least 300 soldiers were killed, as one lawmaker reported.', '300', 'one lawmaker'],
  ])('%s: %s', (lang, text, figure, by) => {
    expect(said(lang, text, figure).by).toBe(by);
  });
});

describe('the speaker is the noun phrase a place belongs to, not the place', () => {
  it.each([
    ['en', 'Hospitals in Goma said at least 700 people were killed.', '700', 'Hospitals in Goma'],
    ['en', 'Local doctors in Khartoum said 45 civilians had died.', '45', 'Local doctors in Khartoum'],
    ['de', 'Ärzte in Gaza sagten, mindestens 50 Menschen seien getötet worden.', '50', 'Ärzte in Gaza'],
    [
      'fr',
      "Les hôpitaux de Goma ont indiqué qu'au moins 700 personnes avaient été tuées.",
      '700',
      'hôpitaux de Goma',
    ],
    ['fr', 'Des médecins à Goma ont indiqué que 40 civils avaient été tués.', '40', 'médecins à Goma'],
  ])('%s: %s', (lang, text, figure, by) => {
    expect(said(lang, text, figure).by).toBe(by);
  });

  it('still gives a place that is itself the speaker', () => {
    expect(said('en', 'Moscow said 120 soldiers were captured.', '120').by).toBe('Moscow');
    expect(said('en', 'Officials in the region said 30 people died.', '30').by).toBe(
      'Officials in the region',
    );
  });
});
