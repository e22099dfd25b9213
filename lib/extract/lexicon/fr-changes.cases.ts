import type { Case } from './cases';

/** French: counts that changed: two values, an earlier one beside the new, a total raised, troops that left (see cases.ts). */
export const FR_CHANGES: Case[] = [
  {
    rule: 'changedCount',
    text: 'L’armée a ramené ses effectifs au Mali de 5 000 à 2 000 soldats.',
    figures: [
      ['5 000', 5000, 5000, 'exact', 'deployed', null],
      ['2 000', 2000, 2000, 'exact', 'deployed', null],
    ],
  },
  {
    rule: 'earlierValue',
    text: 'Cette année, 640 soldats ont été tués, contre 410 l’an dernier.',
    figures: [
      ['640', 640, 640, 'exact', 'killed', null],
      ['410', 410, 410, 'exact', 'killed', null],
    ],
  },
  {
    rule: 'raisedTotal',
    text: 'Les autorités ont porté à 54 le nombre de morts.',
    figures: [['54', 54, 54, 'exact', 'killed', null]],
  },
  {
    rule: 'leavingWithdrawn',
    text: 'Les 300 derniers soldats ont quitté le Niger.',
    figures: [['300', 300, 300, 'exact', 'withdrawn', null]],
  },
  {
    rule: 'raisedTotal',
    text: "L'ONG estime à près de 3 000 le nombre de civils tués dans la région.",
    figures: [['près de 3 000', null, 3000, 'nearly', 'killed', null]],
  },
  {
    rule: 'raisedTotal',
    text: 'Les historiens évaluent à 40 000 environ le nombre de morts du siège.',
    figures: [['40 000 environ', 40000, 40000, 'approx', 'killed', null]],
  },
  {
    rule: 'totalNewLevel',
    text: "L'éboulement a porté à onze le nombre de morts.",
    figures: [['onze', 11, 11, 'exact', 'killed', null]],
  },
  {
    rule: 'troopLevel',
    text: 'Paris a réduit ses troupes au Niger à 1 500.',
    figures: [['1 500', 1500, 1500, 'exact', 'deployed', null]],
  },
];
