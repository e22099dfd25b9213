import type { Case } from './cases';

/** English, numbers, amounts, qualifiers and ranges: sentences of ours, what is found in them, and the rule each pins. */
export const EN_NUMBERS: Case[] = [
  {
    rule: 'digitGroups',
    text: 'Officials said 1,250 soldiers were killed.',
    figures: [['1,250', 1250, 1250, 'exact', 'killed', null]],
  },
  {
    rule: 'digitGroups',
    text: 'The army said 3 200 soldiers were wounded.',
    figures: [['3 200', 3200, 3200, 'exact', 'wounded', null]],
  },
  {
    rule: 'digitGroups',
    text: 'The army said 3\u00a0200 soldiers were wounded.',
    figures: [['3\u00a0200', 3200, 3200, 'exact', 'wounded', null]],
  },
  {
    rule: 'digitGroups',
    text: 'The army said 3\u2009200 soldiers were wounded.',
    figures: [['3\u2009200', 3200, 3200, 'exact', 'wounded', null]],
  },
  {
    rule: 'scaleWords',
    text: 'About 4.7 thousand Russian troops were killed.',
    figures: [['About 4.7 thousand', 4700, 4700, 'approx', 'killed', 'russia']],
  },
  {
    rule: 'scaleWords',
    text: 'Some 1.2 million soldiers have been deployed.',
    figures: [['Some 1.2 million', 1200000, 1200000, 'approx', 'deployed', null]],
  },
  {
    rule: 'scaleWords',
    text: 'Analysts count 2.33k dead on the island.',
    figures: [['2.33k', 2330, 2330, 'exact', 'killed', null]],
  },
  {
    rule: 'scaleWords',
    text: 'A force of 15K troops is stationed there.',
    figures: [['15K', 15000, 15000, 'exact', 'deployed', null]],
  },
  {
    rule: 'numberWords',
    text: 'Six hundred soldiers were captured near the river.',
    figures: [['Six hundred', 600, 600, 'exact', 'captured', null]],
  },
  {
    rule: 'numberWords',
    text: 'Twenty-one thousand three hundred troops were sent north.',
    figures: [['Twenty-one thousand three hundred', 21300, 21300, 'exact', 'deployed', null]],
  },
  {
    rule: 'numberWords',
    text: 'A dozen marines were wounded in the blast.',
    figures: [['A dozen', 12, 12, 'exact', 'wounded', null]],
  },
  {
    rule: 'numberWords',
    text: 'Two soldiers died when their truck overturned.',
    figures: [['Two', 2, 2, 'exact', 'killed', null]],
  },
  { rule: 'numberWords', text: 'A soldier died when his truck overturned.', figures: [] },
  {
    rule: 'numberWords',
    text: 'One medic was hurt in the shelling.',
    figures: [['One', 1, 1, 'exact', 'wounded', null]],
  },
  { rule: 'unknownNoun', text: 'One of the reasons is the weather.', figures: [] },
  {
    rule: 'vagueAmount',
    text: 'Dozens of civilians were killed overnight.',
    figures: [['Dozens', 24, 99, 'vague', 'killed', null]],
  },
  {
    rule: 'vagueAmount',
    text: 'Several dozen soldiers surrendered on Friday.',
    figures: [['Several dozen', 24, 99, 'vague', 'captured', null]],
  },
  {
    rule: 'vagueAmount',
    text: 'Hundreds of people were injured in the strikes.',
    figures: [['Hundreds', 200, 999, 'vague', 'wounded', null]],
  },
  {
    rule: 'vagueAmount',
    text: 'Several hundred troops remain at the airfield.',
    figures: [['Several hundred', 200, 900, 'vague', 'deployed', null]],
  },
  {
    rule: 'vagueAmount',
    text: 'The fighting caused thousands of deaths.',
    figures: [['thousands', 2000, 9999, 'vague', 'killed', null]],
  },
  {
    rule: 'vagueAmount',
    text: 'Several thousand soldiers are missing.',
    figures: [['Several thousand', 2000, 9000, 'vague', 'missing', null]],
  },
  {
    rule: 'vagueAmount',
    text: 'The war has left tens of thousands dead.',
    figures: [['tens of thousands', 20000, 99999, 'vague', 'killed', null]],
  },
  {
    rule: 'vagueAmount',
    text: 'Hundreds of thousands of troops were mobilised and sent to the front.',
    figures: [['Hundreds of thousands', 200000, 999999, 'vague', 'deployed', null]],
  },
  { rule: 'thingsNotPeople', text: 'Hundreds of drones hit the city.', figures: [] },
  {
    rule: 'range',
    text: 'Between 300 and 400 soldiers were killed.',
    figures: [['Between 300 and 400', 300, 400, 'range', 'killed', null]],
  },
  {
    rule: 'range',
    text: 'The army lost from 500 to 700 men.',
    figures: [['from 500 to 700', 500, 700, 'range', 'casualties', null]],
  },
  {
    rule: 'range',
    text: 'Some 2,000 to 3,000 troops were withdrawn.',
    figures: [['2,000 to 3,000', 2000, 3000, 'range', 'withdrawn', null]],
  },
  {
    rule: 'range',
    text: 'An estimated 10,000-12,000 soldiers were deployed.',
    figures: [['10,000-12,000', 10000, 12000, 'range', 'deployed', null]],
  },
  {
    rule: 'range',
    text: 'Roughly 5 to 6 thousand troops are stationed there.',
    figures: [['5 to 6 thousand', 5000, 6000, 'range', 'deployed', null]],
  },
  {
    rule: 'qualifierBefore',
    text: 'About 300 soldiers were killed.',
    figures: [['About 300', 300, 300, 'approx', 'killed', null]],
  },
  {
    rule: 'qualifierBefore',
    text: 'Approximately 300 soldiers were killed.',
    figures: [['Approximately 300', 300, 300, 'approx', 'killed', null]],
  },
  {
    rule: 'qualifierBefore',
    text: 'Around 300 soldiers were killed.',
    figures: [['Around 300', 300, 300, 'approx', 'killed', null]],
  },
  {
    rule: 'qualifierBefore',
    text: 'Roughly 300 soldiers were killed.',
    figures: [['Roughly 300', 300, 300, 'approx', 'killed', null]],
  },
  {
    rule: 'qualifierBefore',
    text: 'An estimated 300 soldiers were killed.',
    figures: [['An estimated 300', 300, 300, 'approx', 'killed', null]],
  },
  {
    rule: 'qualifierBefore',
    text: 'At least 300 soldiers were killed.',
    figures: [['At least 300', 300, null, 'atLeast', 'killed', null]],
  },
  {
    rule: 'qualifierBefore',
    text: 'No fewer than 300 soldiers were killed.',
    figures: [['No fewer than 300', 300, null, 'atLeast', 'killed', null]],
  },
  {
    rule: 'qualifierBefore',
    text: 'More than 300 soldiers were killed.',
    figures: [['More than 300', 300, null, 'moreThan', 'killed', null]],
  },
  {
    rule: 'qualifierBefore',
    text: 'Over 300 soldiers were killed.',
    figures: [['Over 300', 300, null, 'moreThan', 'killed', null]],
  },
  {
    rule: 'qualifierBefore',
    text: 'Upwards of 300 soldiers were killed.',
    figures: [['Upwards of 300', 300, null, 'moreThan', 'killed', null]],
  },
  {
    rule: 'qualifierBefore',
    text: 'Up to 300 soldiers were killed.',
    figures: [['Up to 300', null, 300, 'atMost', 'killed', null]],
  },
  {
    rule: 'qualifierBefore',
    text: 'As many as 300 soldiers were killed.',
    figures: [['As many as 300', null, 300, 'atMost', 'killed', null]],
  },
  {
    rule: 'qualifierBefore',
    text: 'Fewer than 300 soldiers were killed.',
    figures: [['Fewer than 300', null, 300, 'lessThan', 'killed', null]],
  },
  {
    rule: 'qualifierBefore',
    text: 'Less than 300 soldiers were killed.',
    figures: [['Less than 300', null, 300, 'lessThan', 'killed', null]],
  },
  {
    rule: 'qualifierBefore',
    text: 'Under 300 soldiers were killed.',
    figures: [['Under 300', null, 300, 'lessThan', 'killed', null]],
  },
  {
    rule: 'qualifierBefore',
    text: 'Nearly 300 soldiers were killed.',
    figures: [['Nearly 300', null, 300, 'nearly', 'killed', null]],
  },
  {
    rule: 'qualifierBefore',
    text: 'Almost 300 soldiers were killed.',
    figures: [['Almost 300', null, 300, 'nearly', 'killed', null]],
  },
  {
    rule: 'qualifierBefore',
    text: 'Close to 300 soldiers were killed.',
    figures: [['Close to 300', null, 300, 'nearly', 'killed', null]],
  },
  {
    rule: 'qualifierAfter',
    text: 'Officials said 300 or so soldiers were killed.',
    figures: [['300 or so', 300, 300, 'approx', 'killed', null]],
  },
  {
    rule: 'qualifierAfter',
    text: 'Officials said 300+ soldiers were killed.',
    figures: [['300+', 300, null, 'moreThan', 'killed', null]],
  },
  {
    rule: 'qualifierBefore',
    text: 'Officials said ~300 soldiers were killed.',
    figures: [['~300', 300, 300, 'approx', 'killed', null]],
  },
  {
    rule: 'range',
    text: 'Eight or nine soldiers were killed in the crash.',
    figures: [['Eight or nine', 8, 9, 'range', 'killed', null]],
  },
  {
    rule: 'range',
    text: 'Officials said 12−15 soldiers were wounded.',
    figures: [['12−15', 12, 15, 'range', 'wounded', null]],
  },
  {
    rule: 'negatedBound',
    text: 'The new force would not be more than 650 troops.',
    figures: [['more than 650', null, 650, 'atMost', 'deployed', null]],
  },
  {
    rule: 'negatedBound',
    text: 'The garrison never exceeded 7,000 soldiers.',
    figures: [['exceeded 7,000', null, 7000, 'atMost', 'deployed', null]],
  },
  {
    rule: 'mixedNumber',
    text: 'Officials said 5 thousand 20 soldiers were killed.',
    figures: [['5 thousand 20', 5020, 5020, 'exact', 'killed', null]],
  },
  {
    rule: 'europeanThousands',
    text: 'Officials said 78.000 soldiers had died.',
    figures: [['78.000', 78000, 78000, 'exact', 'killed', null]],
  },
  {
    rule: 'halfOfScale',
    text: 'Nearly half a million soldiers have been killed or wounded.',
    figures: [['Nearly half a million', null, 500000, 'nearly', 'casualties', null]],
  },
  // a space slipped in after the group comma: a group of "0.." starts no item of a list
  {
    rule: 'spacedGroup',
    text: 'At least 50, 000 people have been killed since the fighting began.',
    figures: [['At least 50, 000', 50000, null, 'atLeast', 'killed', null]],
  },
  {
    rule: 'spacedGroup',
    text: 'Some 120, 000 troops were sent to the border.',
    figures: [['Some 120, 000', 120000, 120000, 'approx', 'deployed', null]],
  },
];
