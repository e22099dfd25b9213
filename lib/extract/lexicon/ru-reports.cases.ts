import type { Case } from './cases';

/** Russian: how reports state their figures: a death reported, the items of a subset, weapons, scales (see cases.ts). */
export const RU_REPORTS: Case[] = [
  {
    rule: 'linkBefore',
    text: 'Армия сообщила о гибели четырех военных',
    figures: [['четырех', 4, 4, 'exact', 'killed', null]],
  },
  {
    rule: 'subsetOfFigure',
    text: 'Погибли 30 человек, в том числе девять детей и четыре женщины.',
    figures: [
      ['30', 30, 30, 'exact', 'killed', null],
      ['девять', 9, 9, 'exact', 'killed', null],
      ['четыре', 4, 4, 'exact', 'killed', null],
    ],
  },
  {
    rule: 'subsetOfFigure',
    text: 'Погибли 20 военных, среди них 7 росгвардейцев.',
    figures: [
      ['20', 20, 20, 'exact', 'killed', null],
      ['7', 7, 7, 'exact', 'killed', null],
    ],
  },
  { rule: 'unitAfter', text: 'Бойцы 47-й бригады отразили атаку.', figures: [] },
  {
    rule: 'thingsNotPeople',
    text: 'Россия выпустила шесть крылатых ракет, ранены трое жителей.',
    figures: [['трое', 3, 3, 'exact', 'wounded', null]],
  },
  {
    rule: 'scaleWords',
    text: 'Россия развернула 1,3 млн военнослужащих.',
    figures: [['1,3 млн', 1300000, 1300000, 'exact', 'deployed', 'russia']],
  },
];
