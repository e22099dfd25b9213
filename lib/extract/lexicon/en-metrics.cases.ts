import type { Case } from './cases';

/** English, what a figure counts: sentences of ours, what is found in them, and the rule each pins. */
export const EN_METRICS: Case[] = [
  // an active verb counts its object, not its subject; a passive one has no object
  {
    rule: 'activeVerbObject',
    text: 'About 1,000 soldiers killed 300 civilians in the raid.',
    figures: [
      ['About 1,000', 1000, 1000, 'approx', 'deployed', null],
      ['300', 300, 300, 'exact', 'killed', null],
    ],
  },
  {
    rule: 'verbBefore',
    text: 'His unit of 120 men had lost 40.',
    figures: [['40', 40, 40, 'exact', 'casualties', null]],
  },
  {
    rule: 'cueAfter',
    text: '300 soldiers were killed 12 hours later.',
    figures: [['300', 300, 300, 'exact', 'killed', null]],
  },
  // a casualty word before the noun says what is counted, unless one after says more
  {
    rule: 'adjectiveOfDead',
    text: 'The hospital treated 40 wounded Russian soldiers.',
    figures: [['40', 40, 40, 'exact', 'wounded', 'russia']],
  },
  {
    rule: 'adjectiveOfDead',
    text: '40 wounded soldiers died in hospital.',
    figures: [['40', 40, 40, 'exact', 'killed', null]],
  },
  {
    rule: 'adjectiveOfDead',
    text: 'Russia said 200 captured Ukrainian soldiers were exchanged.',
    figures: [['200', 200, 200, 'exact', 'captured', 'ukraine']],
  },
  {
    rule: 'adjectiveOfDead',
    text: 'Rescuers found 12 dead Ukrainian civilians.',
    figures: [['12', 12, 12, 'exact', 'killed', 'civilians-ukraine']],
  },
  {
    rule: 'cueAfter',
    text: '300 killed, Ukrainian officials said.',
    figures: [['300', 300, 300, 'exact', 'killed', null]],
  },
  // where they remain says what is counted
  {
    rule: 'remainThenState',
    text: 'Some 600 soldiers remain missing after the battle.',
    figures: [['Some 600', 600, 600, 'approx', 'missing', null]],
  },
  {
    rule: 'remainThenState',
    text: 'About 300 soldiers remain unaccounted for.',
    figures: [['About 300', 300, 300, 'approx', 'missing', null]],
  },
  {
    rule: 'cueAfter',
    text: 'Some 600 soldiers remain in the city.',
    figures: [['Some 600', 600, 600, 'approx', 'deployed', null]],
  },
  {
    rule: 'cueAfter',
    text: 'The clash left 12 killed, 30 wounded and 4 missing.',
    figures: [
      ['12', 12, 12, 'exact', 'killed', null],
      ['30', 30, 30, 'exact', 'wounded', null],
      ['4', 4, 4, 'exact', 'missing', null],
    ],
  },
  {
    rule: 'cueAfter',
    text: 'The unit reported 700 casualties.',
    figures: [['700', 700, 700, 'exact', 'casualties', null]],
  },
  {
    rule: 'cueAfter',
    text: 'About 900 soldiers were killed or wounded.',
    figures: [['About 900', 900, 900, 'approx', 'casualties', null]],
  },
  {
    rule: 'linkBefore',
    text: 'The brigade suffered losses of 250 personnel.',
    figures: [['250', 250, 250, 'exact', 'casualties', null]],
  },
  {
    rule: 'cueAfter',
    text: 'Five crew members lost their lives.',
    figures: [['Five', 5, 5, 'exact', 'killed', null]],
  },
  {
    rule: 'linkBefore',
    text: 'The death toll rose to 1,340 on Sunday.',
    figures: [['1,340', 1340, 1340, 'exact', 'killed', null]],
  },
  {
    rule: 'cueAfter',
    text: 'Rebels said 80 soldiers were taken prisoner.',
    figures: [['80', 80, 80, 'exact', 'captured', null]],
  },
  {
    rule: 'cueAfter',
    text: 'More than 90 journalists have been killed in the war.',
    figures: [['More than 90', 90, null, 'moreThan', 'killed', null]],
  },
  {
    rule: 'cueAfter',
    text: 'Rebels said 80 prisoners of war were exchanged at the border.',
    figures: [['80', 80, 80, 'exact', 'captured', null]],
  },
  {
    rule: 'strongForce',
    text: 'A 50,000-strong force is massing at the border.',
    figures: [['50,000', 50000, 50000, 'exact', 'deployed', null]],
  },
  {
    rule: 'cueAfter',
    text: 'The Pentagon said 3,000 troops would be pulled out.',
    figures: [['3,000', 3000, 3000, 'exact', 'withdrawn', 'us']],
  },
  {
    rule: 'cueAfter',
    text: 'Some 1,500 troops were rotated home in May.',
    figures: [['Some 1,500', 1500, 1500, 'approx', 'withdrawn', null]],
  },
  { rule: 'peopleNotTroops', text: 'Some 2 million Syrians have left the country.', figures: [] },
  { rule: 'peopleNotTroops', text: 'About 800 Americans are based in the city.', figures: [] },
  {
    rule: 'hostagesHeld',
    text: 'Five hostages were freed, while 120 remain in captivity.',
    figures: [
      ['Five', 5, 5, 'exact', 'captured', null],
      ['120', 120, 120, 'exact', 'captured', null],
    ],
  },
  {
    rule: 'hostagesHeld',
    text: 'The group freed 24 hostages on Friday.',
    figures: [['24', 24, 24, 'exact', 'captured', null]],
  },
  {
    rule: 'withdrawnWording',
    text: 'Some 2,000 troops were redeployed away from the border.',
    figures: [['Some 2,000', 2000, 2000, 'approx', 'withdrawn', null]],
  },
  {
    rule: 'freedCaptives',
    text: 'The prisoner swap brought home 140 Ukrainian soldiers on Tuesday.',
    figures: [['140', 140, 140, 'exact', 'captured', 'ukraine']],
  },
  {
    rule: 'freedCaptives',
    text: 'The army will bring home 3,000 troops from Germany next year.',
    figures: [['3,000', 3000, 3000, 'exact', 'withdrawn', null]],
  },
  {
    rule: 'linkBefore',
    text: 'Army reports death of four soldiers',
    figures: [['four', 4, 4, 'exact', 'killed', null]],
  },
  {
    rule: 'subsetOfFigure',
    text: 'At least 30 people were killed, including nine children, four women and two journalists.',
    figures: [
      ['At least 30', 30, null, 'atLeast', 'killed', null],
      ['nine', 9, 9, 'exact', 'killed', null],
      ['four', 4, 4, 'exact', 'killed', null],
      ['two', 2, 2, 'exact', 'killed', null],
    ],
  },
  {
    rule: 'releasedCaptives',
    text: 'Forty soldiers were released in the swap on Friday.',
    figures: [['Forty', 40, 40, 'exact', 'captured', null]],
  },
  {
    rule: 'releasedCaptives',
    text: 'More than 1,200 Ukrainians have been freed since the exchanges began.',
    figures: [['More than 1,200', 1200, null, 'moreThan', 'captured', 'ukraine']],
  },
  {
    rule: 'releasedCaptives',
    text: 'Twenty patients were released from hospital on Monday.',
    figures: [],
  },
  {
    rule: 'qualifierBefore',
    text: 'Estimates of the dead run as high as 4,000.',
    figures: [['as high as 4,000', null, 4000, 'atMost', 'killed', null]],
  },
  {
    rule: 'qualifierBefore',
    text: 'The toll could be as high as 250 killed.',
    figures: [['as high as 250', null, 250, 'atMost', 'killed', null]],
  },
  // a hedge between the auxiliaries and the cue
  {
    rule: 'hedgeAdverb',
    text: 'Some 900,000 soldiers were killed or wounded, and 250,000 of them had likely been killed.',
    figures: [
      ['Some 900,000', 900000, 900000, 'approx', 'casualties', null],
      ['250,000', 250000, 250000, 'exact', 'killed', null],
    ],
  },
  {
    rule: 'hedgeAdverb',
    text: 'Around 400 soldiers were killed or wounded, and 40 were possibly wounded.',
    figures: [
      ['Around 400', 400, 400, 'approx', 'casualties', null],
      ['40', 40, 40, 'exact', 'wounded', null],
    ],
  },
  // either outcome, each with its own verb: casualties
  {
    rule: 'eitherOutcome',
    text: 'At least 30 people died or were wounded in the shelling, the ministry said.',
    figures: [['At least 30', 30, null, 'atLeast', 'casualties', null]],
  },
  {
    rule: 'eitherOutcome',
    text: 'Some 60 people died or were seriously wounded when the building collapsed.',
    figures: [['Some 60', 60, 60, 'approx', 'casualties', null]],
  },
  {
    rule: 'eitherOutcome',
    text: 'Nearly 80 militants were killed or were wounded in the raid.',
    figures: [['Nearly 80', null, 80, 'nearly', 'casualties', 'militants']],
  },
  // troops on their way: home is withdrawn, to a place is deployed
  {
    rule: 'onTheWay',
    text: 'More than 1,500 troops are headed home next month, the army said.',
    figures: [['More than 1,500', 1500, null, 'moreThan', 'withdrawn', null]],
  },
  {
    rule: 'onTheWay',
    text: 'Some 2,500 soldiers are heading home after a nine-month tour.',
    figures: [['Some 2,500', 2500, 2500, 'approx', 'withdrawn', null]],
  },
  {
    rule: 'onTheWay',
    text: 'Another 4,000 troops are headed to the region, officials said.',
    figures: [['4,000', 4000, 4000, 'exact', 'deployed', null]],
  },
  {
    rule: 'onTheWay',
    text: 'About 3,000 Marines are on their way to the Gulf.',
    figures: [['About 3,000', 3000, 3000, 'approx', 'deployed', null]],
  },
  { rule: 'onTheWay', text: 'More than 2,000 people headed to the polls in the village.', figures: [] },
  { rule: 'onTheWay', text: 'Some 300 fans headed home after the match was called off.', figures: [] },
  // home right after the troops
  {
    rule: 'troopsHome',
    text: 'Pentagon Orders 5,000 Troops Home',
    figures: [['5,000', 5000, 5000, 'exact', 'withdrawn', 'us']],
  },
  {
    rule: 'troopsHome',
    text: 'The Pentagon on Tuesday ordered 5,000 troops home from Germany.',
    figures: [['5,000', 5000, 5000, 'exact', 'withdrawn', 'us']],
  },
  {
    rule: 'troopsHome',
    text: 'The US is sending 2,000 more troops home from Iraq.',
    figures: [['2,000', 2000, 2000, 'exact', 'withdrawn', 'us']],
  },
  {
    rule: 'troopsHome',
    text: 'The army sent 1,500 troops home base personnel.',
    figures: [['1,500', 1500, 1500, 'exact', 'deployed', null]],
  },
];
