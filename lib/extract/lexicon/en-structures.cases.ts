import type { Case } from './cases';

/** English, figures that lean on each other: sentences of ours, what is found in them, and the rule each pins. */
export const EN_STRUCTURES: Case[] = [
  // a cue right after a later number is that number's own; a verb after both counts both
  {
    rule: 'clauseCue',
    text: 'The plane landed with 206 passengers on board, including 12 children and 26 wounded.',
    figures: [['26', 26, 26, 'exact', 'wounded', null]],
  },
  {
    rule: 'clauseCue',
    text: '300 soldiers and 200 civilians were killed.',
    figures: [
      ['300', 300, 300, 'exact', 'killed', null],
      ['200', 200, 200, 'exact', 'killed', null],
    ],
  },
  // a bare number joined to the figure before it, also past a party of two words
  {
    rule: 'joinedToFigure',
    text: 'Some 10,000 North Korean troops are in Russia, and about 3,000 more are on their way.',
    figures: [
      ['Some 10,000', 10000, 10000, 'approx', 'deployed', 'north-korea'],
      ['about 3,000', 3000, 3000, 'approx', 'deployed', 'north-korea'],
    ],
  },
  // more of the figure before: "another 2,000"
  {
    rule: 'additionToFigure',
    text: 'The army deployed 5,000 troops. The border was calm. Another 2,000 are expected next month.',
    figures: [
      ['5,000', 5000, 5000, 'exact', 'deployed', null],
      ['2,000', 2000, 2000, 'exact', 'deployed', null],
    ],
  },
  // a part of the figure before takes its metric: "50 of them were officers", "Of those, 120..."
  {
    rule: 'subsetOfFigure',
    text: 'Over 200 soldiers were captured; 50 of them were officers.',
    figures: [
      ['Over 200', 200, null, 'moreThan', 'captured', null],
      ['50', 50, 50, 'exact', 'captured', null],
    ],
  },
  {
    rule: 'subsetOfFigure',
    text: '300 soldiers were killed. Of those, 120 were conscripts.',
    figures: [
      ['300', 300, 300, 'exact', 'killed', null],
      ['120', 120, 120, 'exact', 'killed', null],
    ],
  },
  // a part of a whole: the part is the figure, the noun after the whole says what it counts
  {
    rule: 'partOfWhole',
    text: 'Some 300 of the 1,200 soldiers were killed.',
    figures: [['Some 300', 300, 300, 'approx', 'killed', null]],
  },
  // the whole first, then its part: the part is the figure (the whole too when its own words count it)
  {
    rule: 'partOfWhole',
    text: 'Of the 300 soldiers, 12 were killed.',
    figures: [['12', 12, 12, 'exact', 'killed', null]],
  },
  {
    rule: 'cueAfter',
    text: 'Of 1,200 troops deployed, about 100 were wounded.',
    figures: [
      ['1,200', 1200, 1200, 'exact', 'deployed', null],
      ['about 100', 100, 100, 'approx', 'wounded', null],
    ],
  },
  {
    rule: 'cueAfter',
    text: 'Of the 300 soldiers killed, most were conscripts.',
    figures: [['300', 300, 300, 'exact', 'killed', null]],
  },
  // a part in words: the whole is no figure, unless its own words count it
  { rule: 'partOfWhole', text: 'The brigade lost about a third of its 3,000 men.', figures: [] },
  { rule: 'partOfWhole', text: 'Most of the 300 soldiers were killed.', figures: [] },
  { rule: 'partOfWhole', text: 'About 40% of the 1,200 troops were wounded.', figures: [] },
  {
    rule: 'cueAfter',
    text: 'Most of the 300 soldiers killed were conscripts.',
    figures: [['300', 300, 300, 'exact', 'killed', null]],
  },
  {
    rule: 'partOfWhole',
    text: 'Some 1,000 of the 3,000 casualties were civilians.',
    figures: [
      ['Some 1,000', 1000, 1000, 'approx', 'casualties', null],
      ['3,000', 3000, 3000, 'exact', 'casualties', null],
    ],
  },
  { rule: 'partOfWhole', text: 'The remaining 49 of the 120 seats are assigned by list.', figures: [] },
  {
    rule: 'cueAfter',
    text: 'One of the 300 soldiers killed was a general.',
    figures: [['300', 300, 300, 'exact', 'killed', null]],
  },
  {
    rule: 'cueAfter',
    text: 'He was one of 300 soldiers killed that week.',
    figures: [['300', 300, 300, 'exact', 'killed', null]],
  },
  // "a total of" counts anew; "the total" refers to a figure before
  {
    rule: 'defaultDeployed',
    text: 'A total of 15,000 troops took part in the exercise.',
    figures: [['15,000', 15000, 15000, 'exact', 'deployed', null]],
  },
  {
    rule: 'cueAfter',
    text: 'Militants killed 14 soldiers and another 20 were wounded.',
    figures: [
      ['14', 14, 14, 'exact', 'killed', null],
      ['20', 20, 20, 'exact', 'wounded', null],
    ],
  },
  {
    rule: 'cueAfter',
    text: 'The army reported 2,100 casualties, including 350 dead.',
    figures: [
      ['2,100', 2100, 2100, 'exact', 'casualties', null],
      ['350', 350, 350, 'exact', 'killed', null],
    ],
  },
  {
    rule: 'subsetOfFigure',
    text: 'At least 90 people were killed, including 21 children.',
    figures: [
      ['At least 90', 90, null, 'atLeast', 'killed', null],
      ['21', 21, 21, 'exact', 'killed', null],
    ],
  },
  {
    rule: 'subsetOfFigure',
    text: 'The strike killed 40 people, 15 of them soldiers.',
    figures: [
      ['40', 40, 40, 'exact', 'killed', null],
      ['15', 15, 15, 'exact', 'killed', null],
    ],
  },
  {
    rule: 'verbBefore',
    text: 'Russia Loses 900 Troops in a Day',
    figures: [['900', 900, 900, 'exact', 'casualties', 'russia']],
  },
  {
    rule: 'joinedToFigure',
    text: 'The army has some 700 troops in the north and 1,100 in the south.',
    figures: [
      ['some 700', 700, 700, 'approx', 'deployed', null],
      ['1,100', 1100, 1100, 'exact', 'deployed', null],
    ],
  },
  {
    rule: 'cueAfter',
    text: 'The brigade said 250 of its soldiers were missing.',
    figures: [['250', 250, 250, 'exact', 'missing', null]],
  },
  {
    rule: 'cueAfter',
    text: 'In total, 45 soldiers were wounded.',
    figures: [['45', 45, 45, 'exact', 'wounded', null]],
  },
  // a rise and the new total: two figures, no range ("from 12 to 85" is a range)
  {
    rule: 'changeIsNoRange',
    text: 'The death toll rose by 12 to 85.',
    figures: [
      ['12', 12, 12, 'exact', 'killed', null],
      ['85', 85, 85, 'exact', 'killed', null],
    ],
  },
  {
    rule: 'linkBefore',
    text: 'Russian casualties rose by 1,130 over the past day.',
    figures: [['1,130', 1130, 1130, 'exact', 'casualties', 'russia']],
  },
  {
    rule: 'subsetOfFigure',
    text: 'Rebels put the toll at 230 Russian dead. The army disputed the total of 230.',
    figures: [
      ['230', 230, 230, 'exact', 'killed', 'russia'],
      ['230', 230, 230, 'exact', 'killed', 'russia'],
    ],
  },
  {
    rule: 'elidedNoun',
    text: 'About 40,000 South Korean and 5,000 US troops are stationed there.',
    figures: [
      ['About 40,000', 40000, 40000, 'approx', 'deployed', 'south-korea'],
      ['5,000', 5000, 5000, 'approx', 'deployed', 'us'],
    ],
  },
  {
    rule: 'joinedToFigure',
    text: 'The toll stood at 400 in 2022 and 693 in 2023.',
    figures: [
      ['400', 400, 400, 'exact', 'killed', null],
      ['693', 693, 693, 'exact', 'killed', null],
    ],
  },
  {
    rule: 'listAfterColon',
    text: 'Casualties by brigade: first, 45; second, 130; third, 62.',
    figures: [
      ['45', 45, 45, 'exact', 'casualties', null],
      ['130', 130, 130, 'exact', 'casualties', null],
      ['62', 62, 62, 'exact', 'casualties', null],
    ],
  },
  { rule: 'listAfterColon', text: 'Tanks lost by brigade: first, 4; second, 9.', figures: [] },
  { rule: 'listAfterColon', text: 'Border crossings (1990-present): north, 14; south, 9.', figures: [] },
  {
    rule: 'sharedQualifier',
    text: 'Nearly 800 Russian and 250 Ukrainian soldiers were killed in the battle.',
    figures: [
      ['Nearly 800', null, 800, 'nearly', 'killed', 'russia'],
      ['250', null, 250, 'nearly', 'killed', 'ukraine'],
    ],
  },
  {
    rule: 'sharedQualifier',
    text: 'More than 150 Israeli and 2,300 Palestinian civilians have died.',
    figures: [
      ['More than 150', 150, null, 'moreThan', 'killed', 'israel'],
      ['2,300', 2300, null, 'moreThan', 'killed', 'palestinians'],
    ],
  },
  {
    rule: 'sharedQualifier',
    text: 'At least 14 Iraqi and 4 American soldiers were wounded.',
    figures: [
      ['At least 14', 14, null, 'atLeast', 'wounded', 'iraq'],
      ['4', 4, null, 'atLeast', 'wounded', 'us'],
    ],
  },
  {
    rule: 'sharedQualifier',
    text: 'Officials said 14 Iraqi and 4 American soldiers were wounded.',
    figures: [
      ['14', 14, 14, 'exact', 'wounded', 'iraq'],
      ['4', 4, 4, 'exact', 'wounded', 'us'],
    ],
  },
  // a name glued to a word by a hyphen is one modifier of the noun after it
  {
    rule: 'nameHyphenModifier',
    text: 'Four New York-based National Guard soldiers were killed in the ambush.',
    figures: [['Four', 4, 4, 'exact', 'killed', null]],
  },
  {
    rule: 'nameHyphenModifier',
    text: 'Three Fort Bragg-based paratroopers were wounded on Sunday.',
    figures: [['Three', 3, 3, 'exact', 'wounded', null]],
  },
  {
    rule: 'nameHyphenModifier',
    text: 'Two Texas-based Army soldiers died in the crash of their helicopter.',
    figures: [['Two', 2, 2, 'exact', 'killed', null]],
  },
  {
    rule: 'nameHyphenModifier',
    text: 'Ten Soviet-era helicopters were shot down.',
    figures: [],
  },
  // a number in words before "of the" counts a part of the noun after it
  {
    rule: 'spelledPartOf',
    text: 'Twenty people died in the blast. Six of the dead were children.',
    figures: [
      ['Twenty', 20, 20, 'exact', 'killed', null],
      ['Six', 6, 6, 'exact', 'killed', null],
    ],
  },
  {
    rule: 'spelledPartOf',
    text: 'Two of the soldiers were wounded when the convoy was hit.',
    figures: [['Two', 2, 2, 'exact', 'wounded', null]],
  },
  {
    rule: 'spelledPartOf',
    text: 'The guards returned fire, killing four of the attackers.',
    figures: [['four', 4, 4, 'exact', 'killed', null]],
  },
  { rule: 'spelledPartOf', text: 'One of the dead was a local journalist.', figures: [] },
];
