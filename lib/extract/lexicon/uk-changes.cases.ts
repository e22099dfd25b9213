import type { Case } from './cases';

/** Ukrainian: counts that changed: two values, an earlier one beside the new, a total raised, troops that left (see cases.ts). */
export const UK_CHANGES: Case[] = [
  {
    rule: 'changedCount',
    text: 'Франція скоротила контингент у Малі з 4500 до 1200 військових.',
    figures: [
      ['4500', 4500, 4500, 'exact', 'deployed', 'france'],
      ['1200', 1200, 1200, 'exact', 'deployed', 'france'],
    ],
  },
  {
    rule: 'earlierValue',
    text: 'Цього року загинули 640 військових проти 410 торік.',
    figures: [
      ['640', 640, 640, 'exact', 'killed', null],
      ['410', 410, 410, 'exact', 'killed', null],
    ],
  },
  {
    rule: 'raisedTotal',
    text: 'Влада збільшила до 54 кількість загиблих.',
    figures: [['54', 54, 54, 'exact', 'killed', null]],
  },
  {
    rule: 'leavingWithdrawn',
    text: 'Останні 300 військових залишили Нігер.',
    figures: [['300', 300, 300, 'exact', 'withdrawn', null]],
  },
  {
    rule: 'yearOrDate',
    text: 'Франція скоротила контингент у Малі з 5000 до 2000 військових.',
    figures: [
      ['5000', 5000, 5000, 'exact', 'deployed', 'france'],
      ['2000', 2000, 2000, 'exact', 'deployed', 'france'],
    ],
  },
];
