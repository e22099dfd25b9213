import type { Case } from './cases';

/** German: counts that changed: two values, an earlier one beside the new, a total raised, troops that left (see cases.ts). */
export const DE_CHANGES: Case[] = [
  {
    rule: 'changedCount',
    text: 'Die Bundeswehr hat ihre Truppen in Mali von 1.000 auf 300 Soldaten reduziert.',
    figures: [
      ['1.000', 1000, 1000, 'exact', 'deployed', 'germany'],
      ['300', 300, 300, 'exact', 'deployed', 'germany'],
    ],
  },
  {
    rule: 'earlierValue',
    text: 'In diesem Jahr wurden 640 Soldaten getötet, gegenüber 410 im Vorjahr.',
    figures: [
      ['640', 640, 640, 'exact', 'killed', null],
      ['410', 410, 410, 'exact', 'killed', null],
    ],
  },
  {
    rule: 'newLevel',
    text: 'Die Zahl der Toten ist auf 85 gestiegen.',
    figures: [['85', 85, 85, 'exact', 'killed', null]],
  },
  {
    rule: 'leavingWithdrawn',
    text: 'Die letzten 300 Soldaten verließen Niger.',
    figures: [['300', 300, 300, 'exact', 'withdrawn', null]],
  },
  {
    rule: 'totalNewLevel',
    text: 'Die Zahl der Todesopfer ist nach Angaben der Polizei auf sieben gestiegen.',
    figures: [['sieben', 7, 7, 'exact', 'killed', null]],
  },
  {
    rule: 'totalNewLevel',
    text: 'Die Zahl der Verletzten stieg bis zum Abend auf zwölf.',
    figures: [['zwölf', 12, 12, 'exact', 'wounded', null]],
  },
  {
    rule: 'troopLevel',
    text: 'Die Zahl der Soldaten im Einsatz sank im Frühjahr auf 900.',
    figures: [['900', 900, 900, 'exact', 'deployed', null]],
  },
];
