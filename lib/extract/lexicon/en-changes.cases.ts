import type { Case } from './cases';

/** English cases of counts that change and of fractions of a scale (see cases.ts). */
export const EN_CHANGES: Case[] = [
  {
    rule: 'changedCount',
    text: 'The ministry revised the toll from 359 to 253 dead.',
    figures: [
      ['359', 359, 359, 'exact', 'killed', null],
      ['253', 253, 253, 'exact', 'killed', null],
    ],
  },
  {
    rule: 'changedCount',
    text: 'From 10,000 to 12,000 troops are thought to be there.',
    figures: [['From 10,000 to 12,000', 10000, 12000, 'range', 'deployed', null]],
  },
  {
    rule: 'changedCount',
    text: 'The navy trimmed its crew from 1,900 to 1,250 sailors over the winter.',
    figures: [
      ['1,900', 1900, 1900, 'exact', 'deployed', null],
      ['1,250', 1250, 1250, 'exact', 'deployed', null],
    ],
  },
  {
    rule: 'changedCount',
    text: 'By evening the toll had climbed from 61 to 97.',
    figures: [
      ['61', 61, 61, 'exact', 'killed', null],
      ['97', 97, 97, 'exact', 'killed', null],
    ],
  },
  {
    rule: 'fractionOfScale',
    text: 'As many as a quarter of a million soldiers may have been wounded.',
    figures: [['As many as a quarter of a million', null, 250000, 'atMost', 'wounded', null]],
  },
  {
    rule: 'newLevel',
    text: 'The army plans to cut up to 700 soldiers from the garrison.',
    figures: [['up to 700', null, 700, 'atMost', 'withdrawn', null]],
  },
  // a place between the verb of change and "from": still two counts
  {
    rule: 'changedCount',
    text: 'France cut its force in Mali from 5,000 to 2,000 troops.',
    figures: [
      ['5,000', 5000, 5000, 'exact', 'deployed', 'france'],
      ['2,000', 2000, 2000, 'exact', 'deployed', 'france'],
    ],
  },
  {
    rule: 'earlierValue',
    text: 'Troops in the region fell to 900, down from 1,500 a year earlier.',
    figures: [
      ['900', 900, 900, 'exact', 'deployed', null],
      ['1,500', 1500, 1500, 'exact', 'deployed', null],
    ],
  },
  {
    rule: 'earlierValue',
    text: 'Some 640 soldiers were killed this year, compared with 410 last year.',
    figures: [
      ['Some 640', 640, 640, 'approx', 'killed', null],
      ['410', 410, 410, 'exact', 'killed', null],
    ],
  },
  {
    rule: 'clauseCue',
    text: 'Militants killed 12 last week.',
    figures: [['12', 12, 12, 'exact', 'killed', null]],
  },
  {
    rule: 'raisedTotal',
    text: 'Officials raised to 54 the number of dead.',
    figures: [['54', 54, 54, 'exact', 'killed', null]],
  },
  {
    rule: 'leavingWithdrawn',
    text: 'The last 300 soldiers left Niger on Friday.',
    figures: [['300', 300, 300, 'exact', 'withdrawn', null]],
  },
  {
    rule: 'leavingWithdrawn',
    text: 'Only 40 soldiers are left at the base.',
    figures: [['40', 40, 40, 'exact', 'deployed', null]],
  },
  { rule: 'leavingWithdrawn', text: 'More than 800,000 people left the city.', figures: [] },
  {
    rule: 'totalNewLevel',
    text: 'The death toll from the landslide has climbed to eleven.',
    figures: [['eleven', 11, 11, 'exact', 'killed', null]],
  },
  {
    rule: 'totalNewLevel',
    text: 'The number of wounded rose overnight to fourteen, the hospital said.',
    figures: [['fourteen', 14, 14, 'exact', 'wounded', null]],
  },
  {
    rule: 'troopLevel',
    text: 'The Pentagon will reduce its troops in Iraq to 2,000.',
    figures: [['2,000', 2000, 2000, 'exact', 'deployed', 'us']],
  },
  {
    rule: 'troopLevel',
    text: 'The number of US troops in Germany fell to 35,000.',
    figures: [['35,000', 35000, 35000, 'exact', 'deployed', 'us']],
  },
  {
    rule: 'troopLevel',
    text: 'The British contingent has dropped below 400.',
    figures: [['below 400', null, 400, 'lessThan', 'deployed', 'uk']],
  },
  {
    rule: 'troopLevel',
    text: 'The toll from the clashes that began when rebels attacked has risen to 57.',
    figures: [['57', 57, 57, 'exact', 'killed', null]],
  },
  // troops left in a place remain; troops that left a place, or left in a month, are withdrawn
  {
    rule: 'leftInPlace',
    text: 'Less Than 1,000 US Troops Left in Syria',
    figures: [['Less Than 1,000', null, 1000, 'lessThan', 'deployed', 'us']],
  },
  {
    rule: 'leftInPlace',
    text: 'About 2,000 troops left in the country after the drawdown.',
    figures: [['About 2,000', 2000, 2000, 'approx', 'deployed', null]],
  },
  {
    rule: 'leftInPlace',
    text: 'Some 300 soldiers left in March.',
    figures: [['Some 300', 300, 300, 'approx', 'withdrawn', null]],
  },
  // "pull" troops from a place, in a headline or not
  {
    rule: 'verbBefore',
    text: 'France to Pull 2,000 Troops From Mali',
    figures: [['2,000', 2000, 2000, 'exact', 'withdrawn', 'france']],
  },
  {
    rule: 'verbBefore',
    text: 'The Pentagon is pulling 700 Marines out of Somalia.',
    figures: [['700', 700, 700, 'exact', 'withdrawn', 'us']],
  },
  { rule: 'verbBefore', text: 'Rescuers pulled 12 survivors from the rubble.', figures: [] },
];
