import type { Case } from './cases';

/** Russian: counts that changed: two values, an earlier one beside the new, a total raised, troops that left (see cases.ts). */
export const RU_CHANGES: Case[] = [
  {
    rule: 'changedCount',
    text: 'Франция сократила контингент в Мали с 4500 до 1200 военных.',
    figures: [
      ['4500', 4500, 4500, 'exact', 'deployed', 'france'],
      ['1200', 1200, 1200, 'exact', 'deployed', 'france'],
    ],
  },
  {
    rule: 'earlierValue',
    text: 'В этом году погибли 640 военных против 410 в прошлом году.',
    figures: [
      ['640', 640, 640, 'exact', 'killed', null],
      ['410', 410, 410, 'exact', 'killed', null],
    ],
  },
  {
    rule: 'raisedTotal',
    text: 'Власти увеличили до 54 число погибших.',
    figures: [['54', 54, 54, 'exact', 'killed', null]],
  },
  {
    rule: 'leavingWithdrawn',
    text: 'Последние 300 военных оставили Нигер.',
    figures: [['300', 300, 300, 'exact', 'withdrawn', null]],
  },
  {
    rule: 'yearOrDate',
    text: 'Франция сократила контингент в Мали с 5000 до 2000 военных.',
    figures: [
      ['5000', 5000, 5000, 'exact', 'deployed', 'france'],
      ['2000', 2000, 2000, 'exact', 'deployed', 'france'],
    ],
  },
];
