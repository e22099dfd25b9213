import { describe, expect, it } from 'vitest';
import { claimantLabel, claimantTypeFor, sameClaimant } from './claimants';

describe('claimantLabel', () => {
  it.each([
    ['South Korea National Intelligence Service', 'South Korean intelligence'],
    ['Volodymyr Zelenskyy, President of Ukraine', 'Zelenskyy'],
    ['Gaza Health Ministry', "Gaza's health ministry"],
    ['Jane Roe, Minister of Everything', 'Jane Roe'],
    ['Northland Army (press office)', 'Northland Army'],
  ])('%s -> %s', (name, label) => expect(claimantLabel(name)).toBe(label));
});

describe('claimantTypeFor', () => {
  it.each([
    ['South Korea National Intelligence Service', 'north-korea', 'third-government'],
    ['Volodymyr Zelenskyy, President of Ukraine', 'north-korea', 'adversary'],
    ['Ukraine General Staff of the Armed Forces', 'russia', 'adversary'],
    ['Russia Ministry of Defence', 'russia', 'own-side'],
    ['Gaza Health Ministry', 'palestinians', 'own-side'],
    ['Israel Defense Forces', 'palestinian-militants', 'adversary'],
    ['UN Human Rights Monitoring Mission in Ukraine (OHCHR)', 'civilians-ukraine', 'un-ngo'],
    ['BBC Russian Service and Mediazona', 'russia', 'independent'],
    ['Someone unregistered', 'russia', 'unknown'],
    ['Russia Ministry of Defence', null, 'unknown'],
  ] as const)('%s counting %s is %s', (claimant, party, type) => {
    expect(claimantTypeFor(claimant, party)).toBe(type);
  });
});

describe('sameClaimant', () => {
  it.each([
    ['NIS', 'South Korea National Intelligence Service', true],
    ['South Korean intelligence', 'South Korea National Intelligence Service', true],
    ['the Pentagon', 'US Department of Defense', true],
    ['Zelensky', 'Volodymyr Zelenskyy, President of Ukraine', true],
    ['Volodymyr Zelenskyy', 'Volodymyr Zelenskyy, President of Ukraine', true],
    ['Wolodymyr Selenskyj', 'Volodymyr Zelenskyy, President of Ukraine', true],
    ['Владимир Зеленский', 'Volodymyr Zelenskyy, President of Ukraine', true],
    ['Der südkoreanische Geheimdienst', 'South Korea National Intelligence Service', true],
    ['la inteligencia surcoreana', 'South Korea National Intelligence Service', true],
    ['le service national de renseignement', 'South Korea National Intelligence Service', true],
    ['Південнокорейська розвідка', 'South Korea National Intelligence Service', true],
    ['the NIS director', 'South Korea National Intelligence Service', true],
    ["Zelenskyy's office", 'Volodymyr Zelenskyy, President of Ukraine', true],
    ['the NIS director', 'Volodymyr Zelenskyy, President of Ukraine', false],
    ["Israel's health ministry", 'Israel (government/military)', false],
    ['Jane Roe', 'Jane Roe, Minister of Everything', true],
    ['HUR', 'Ukraine Defence Intelligence (HUR)', true],
    ['NIS', 'US Department of Defense', false],
    ["South Korea's National Intelligence Service", 'NIS', true],
    ['US Department of Defense press office', 'South Korea National Intelligence Service', false],
    ['Northland Army', 'the northland army', true],
    ['Northland Army press office', 'Northland Army', true],
    ['Army', 'Northland Army', false],
  ])('%s / %s: %s', (a, b, same) => expect(sameClaimant(a, b)).toBe(same));

  it('gives the same answer when asked again, for each pair apart (a lookup asks it of every claim)', () => {
    // pairs whose names run together alike ("Jane Roe" + "Northland Army ..." and "Jane" + "Roe Northland ...")
    const pairs: [string, string, boolean][] = [
      ['NIS', 'South Korea National Intelligence Service', true],
      ['NI', 'SSouth Korea National Intelligence Service', false],
      ['Jane Roe', 'Jane Roe, Minister of Everything', true],
      ['Jane', ' RoeJane Roe, Minister of Everything', false],
    ];
    for (let round = 0; round < 3; round++)
      for (const [a, b, same] of pairs) expect([a, b, sameClaimant(a, b)]).toEqual([a, b, same]);
  });
});
