import type { Case } from './cases';

/** Spanish: counts that changed: two values, an earlier one beside the new, a total raised, troops that left (see cases.ts). */
export const ES_CHANGES: Case[] = [
  {
    rule: 'changedCount',
    text: 'España redujo su contingente en Irak de 500 a 200 soldados.',
    figures: [
      ['500', 500, 500, 'exact', 'deployed', 'spain'],
      ['200', 200, 200, 'exact', 'deployed', 'spain'],
    ],
  },
  {
    rule: 'earlierValue',
    text: 'Este año murieron 640 soldados, frente a 410 el año pasado.',
    figures: [
      ['640', 640, 640, 'exact', 'killed', null],
      ['410', 410, 410, 'exact', 'killed', null],
    ],
  },
  {
    rule: 'raisedTotal',
    text: 'Las autoridades elevaron a 54 la cifra de fallecidos.',
    figures: [['54', 54, 54, 'exact', 'killed', null]],
  },
  {
    rule: 'leavingWithdrawn',
    text: 'Los últimos 300 soldados abandonaron Níger.',
    figures: [['300', 300, 300, 'exact', 'withdrawn', null]],
  },
  {
    rule: 'raisedTotal',
    text: 'Ascienden a 312 los fallecidos por las inundaciones, según Protección Civil.',
    figures: [['312', 312, 312, 'exact', 'killed', null]],
  },
  {
    rule: 'raisedTotal',
    text: 'La policía cifró en unos 80 los heridos de la explosión.',
    figures: [['unos 80', 80, 80, 'approx', 'wounded', null]],
  },
  {
    rule: 'raisedTotal',
    text: 'Sanidad elevó el lunes a 61 el número de muertos y a 190 el de heridos.',
    figures: [
      ['61', 61, 61, 'exact', 'killed', null],
      ['190', 190, 190, 'exact', 'wounded', null],
    ],
  },
  {
    rule: 'totalNewLevel',
    text: 'La cifra de víctimas mortales subió a nueve durante la noche.',
    figures: [['nueve', 9, 9, 'exact', 'killed', null]],
  },
  {
    rule: 'troopLevel',
    text: 'El Gobierno redujo sus tropas en Líbano a 350.',
    figures: [['350', 350, 350, 'exact', 'deployed', null]],
  },
];
