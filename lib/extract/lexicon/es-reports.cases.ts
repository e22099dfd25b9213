import type { Case } from './cases';

/** Spanish: how reports state their figures: a death reported, the items of a subset, weapons, scales (see cases.ts). */
export const ES_REPORTS: Case[] = [
  {
    rule: 'linkBefore',
    text: 'El ejército confirma la muerte de cuatro soldados',
    figures: [['cuatro', 4, 4, 'exact', 'killed', null]],
  },
  {
    rule: 'subsetOfFigure',
    text: 'Murieron 30 personas, entre ellas nueve niños y cuatro mujeres.',
    figures: [
      ['30', 30, 30, 'exact', 'killed', null],
      ['nueve', 9, 9, 'exact', 'killed', null],
      ['cuatro', 4, 4, 'exact', 'killed', null],
    ],
  },
  {
    rule: 'thingsNotPeople',
    text: 'Rusia lanzó seis misiles de crucero y murieron tres personas.',
    figures: [['tres', 3, 3, 'exact', 'killed', null]],
  },
  {
    rule: 'scaleWords',
    text: 'Rusia ha desplegado 1,5 millones de soldados.',
    figures: [['1,5 millones', 1500000, 1500000, 'exact', 'deployed', 'russia']],
  },
];
