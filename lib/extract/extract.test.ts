import { describe, expect, it } from 'vitest';
import { extractFigures } from './index';
import type { Figure } from './types';

const pick = (f: Figure) => [f.text, f.low, f.high, f.qualifier, f.metric, f.party];
const run = (text: string) => extractFigures(text, { lang: 'en' }).map(pick);

type Row = [string, Array<ReturnType<typeof pick>>];
const table = (rows: Row[]) => it.each(rows)('%s', (text, expected) => expect(run(text)).toEqual(expected));

describe('numbers in digits', () => {
  table([
    ['Officials said 1,250 soldiers were killed.', [['1,250', 1250, 1250, 'exact', 'killed', null]]],
    ['The army said 3 200 soldiers were wounded.', [['3 200', 3200, 3200, 'exact', 'wounded', null]]],
    [
      'The army said 3\u00a0200 soldiers were wounded.',
      [['3\u00a0200', 3200, 3200, 'exact', 'wounded', null]],
    ],
    [
      'The army said 3\u2009200 soldiers were wounded.',
      [['3\u2009200', 3200, 3200, 'exact', 'wounded', null]],
    ],
    [
      'About 4.7 thousand Russian troops were killed.',
      [['About 4.7 thousand', 4700, 4700, 'approx', 'killed', 'russia']],
    ],
    [
      'Some 1.2 million soldiers have been deployed.',
      [['Some 1.2 million', 1200000, 1200000, 'approx', 'deployed', null]],
    ],
    ['Analysts count 2.33k dead on the island.', [['2.33k', 2330, 2330, 'exact', 'killed', null]]],
    ['A force of 15K troops is stationed there.', [['15K', 15000, 15000, 'exact', 'deployed', null]]],
  ]);
});

describe('numbers in words', () => {
  table([
    [
      'Six hundred soldiers were captured near the river.',
      [['Six hundred', 600, 600, 'exact', 'captured', null]],
    ],
    [
      'Twenty-one thousand three hundred troops were sent north.',
      [['Twenty-one thousand three hundred', 21300, 21300, 'exact', 'deployed', null]],
    ],
    ['A dozen marines were wounded in the blast.', [['A dozen', 12, 12, 'exact', 'wounded', null]]],
    ['Two soldiers died when their truck overturned.', [['Two', 2, 2, 'exact', 'killed', null]]],
    ['A soldier died when his truck overturned.', []],
    ['One medic was hurt in the shelling.', [['One', 1, 1, 'exact', 'wounded', null]]],
    ['One of the reasons is the weather.', []],
  ]);
});

describe('vague amounts', () => {
  table([
    ['Dozens of civilians were killed overnight.', [['Dozens', 24, 99, 'vague', 'killed', null]]],
    ['Several dozen soldiers surrendered on Friday.', [['Several dozen', 24, 99, 'vague', 'captured', null]]],
    ['Hundreds of people were injured in the strikes.', [['Hundreds', 200, 999, 'vague', 'wounded', null]]],
    [
      'Several hundred troops remain at the airfield.',
      [['Several hundred', 200, 900, 'vague', 'deployed', null]],
    ],
    ['The fighting caused thousands of deaths.', [['thousands', 2000, 9999, 'vague', 'killed', null]]],
    ['Several thousand soldiers are missing.', [['Several thousand', 2000, 9000, 'vague', 'missing', null]]],
    [
      'The war has left tens of thousands dead.',
      [['tens of thousands', 20000, 99999, 'vague', 'killed', null]],
    ],
    [
      'Hundreds of thousands of troops were mobilised and sent to the front.',
      [['Hundreds of thousands', 200000, 999999, 'vague', 'deployed', null]],
    ],
    ['Hundreds of drones hit the city.', []],
  ]);
});

describe('ranges', () => {
  table([
    [
      'Between 300 and 400 soldiers were killed.',
      [['Between 300 and 400', 300, 400, 'range', 'killed', null]],
    ],
    ['The army lost from 500 to 700 men.', [['from 500 to 700', 500, 700, 'range', 'casualties', null]]],
    [
      'Some 2,000 to 3,000 troops were withdrawn.',
      [['2,000 to 3,000', 2000, 3000, 'range', 'withdrawn', null]],
    ],
    [
      'An estimated 10,000-12,000 soldiers were deployed.',
      [['10,000-12,000', 10000, 12000, 'range', 'deployed', null]],
    ],
    [
      'Roughly 5 to 6 thousand troops are stationed there.',
      [['5 to 6 thousand', 5000, 6000, 'range', 'deployed', null]],
    ],
  ]);
});

describe('qualifiers', () => {
  table([
    ['About 300 soldiers were killed.', [['About 300', 300, 300, 'approx', 'killed', null]]],
    ['Approximately 300 soldiers were killed.', [['Approximately 300', 300, 300, 'approx', 'killed', null]]],
    ['Around 300 soldiers were killed.', [['Around 300', 300, 300, 'approx', 'killed', null]]],
    ['Roughly 300 soldiers were killed.', [['Roughly 300', 300, 300, 'approx', 'killed', null]]],
    ['An estimated 300 soldiers were killed.', [['An estimated 300', 300, 300, 'approx', 'killed', null]]],
    ['At least 300 soldiers were killed.', [['At least 300', 300, null, 'atLeast', 'killed', null]]],
    [
      'No fewer than 300 soldiers were killed.',
      [['No fewer than 300', 300, null, 'atLeast', 'killed', null]],
    ],
    ['More than 300 soldiers were killed.', [['More than 300', 300, null, 'moreThan', 'killed', null]]],
    ['Over 300 soldiers were killed.', [['Over 300', 300, null, 'moreThan', 'killed', null]]],
    ['Upwards of 300 soldiers were killed.', [['Upwards of 300', 300, null, 'moreThan', 'killed', null]]],
    ['Up to 300 soldiers were killed.', [['Up to 300', null, 300, 'atMost', 'killed', null]]],
    ['As many as 300 soldiers were killed.', [['As many as 300', null, 300, 'atMost', 'killed', null]]],
    ['Fewer than 300 soldiers were killed.', [['Fewer than 300', null, 300, 'lessThan', 'killed', null]]],
    ['Less than 300 soldiers were killed.', [['Less than 300', null, 300, 'lessThan', 'killed', null]]],
    ['Under 300 soldiers were killed.', [['Under 300', null, 300, 'lessThan', 'killed', null]]],
    ['Nearly 300 soldiers were killed.', [['Nearly 300', null, 300, 'nearly', 'killed', null]]],
    ['Almost 300 soldiers were killed.', [['Almost 300', null, 300, 'nearly', 'killed', null]]],
    ['Close to 300 soldiers were killed.', [['Close to 300', null, 300, 'nearly', 'killed', null]]],
    ['Officials said 300 or so soldiers were killed.', [['300 or so', 300, 300, 'approx', 'killed', null]]],
    ['Officials said 300+ soldiers were killed.', [['300+', 300, null, 'moreThan', 'killed', null]]],
    ['Officials said ~300 soldiers were killed.', [['~300', 300, 300, 'approx', 'killed', null]]],
  ]);
});

describe('never figures', () => {
  table([
    ['In 2022 the army was reorganised.', []],
    // a title in capitals: "Lost" is no casualty word of the 8, whose noun is unknown
    ['Get Lost in 8 Great Biographies', []],
    ['Russia Lost 300 Soldiers in Kursk Offensive', [['300', 300, 300, 'exact', 'casualties', 'russia']]],
    ['Since 2014, 300 soldiers were killed.', [['300', 300, 300, 'exact', 'killed', null]]],
    ['The offensive began on March 3 and ended on 12 April.', []],
    ['The attack came at 10:30 and lasted 45 minutes.', []],
    [
      'The aid is worth $300 million and 50 soldiers will guard it.',
      [['50', 50, 50, 'exact', 'deployed', null]],
    ],
    ['Turnout was 45% and 12 percent of ballots were spoiled.', []],
    ['The missiles have a range of 190 miles and 300 km.', []],
    ['A 19-year-old soldier, aged 19, was killed.', []],
    ['The 82nd Airborne and the 3rd Brigade were deployed.', []],
    ['Call +1-202-555-0143 or see Resolution 2334.', []],
    ['The battalion lost 30 tanks and 12 howitzers.', []],
    ['Troops shelled 14 villages and two towns.', []],
    ['Some 40,000 refugees fled and 300 people were displaced.', []],
    ['Police arrested 200 protesters.', []],
    // soldiers before a court are neither casualties nor a deployment
    ['Prosecutors said 12 soldiers were charged with murder.', []],
    ['Twelve soldiers were convicted of war crimes.', []],
    ['Police said 3 people suspected of the attack were killed.', [['3', 3, 3, 'exact', 'killed', null]]],
    // everyday counts of people are no figures
    // a ranked list of headlines: "military" describes the word after it, nobody is counted
    ['Most read 2 Snake fossil discovered 3 US military wary of civilian guards', []],
    ['Russia sent 3,000 military to the border.', [['3,000', 3000, 3000, 'exact', 'deployed', 'russia']]],
    ['Over 500 volunteers helped clean the beach.', []],
    ['In 2022, 15 soldiers were promoted.', []],
    // a bare number after "lost" stands for the things of the number before it
    ['The team won 3 games and lost 2.', []],
    ['Ukraine destroyed 12 tanks and killed 40.', [['40', 40, 40, 'exact', 'killed', null]]],
    ['The ship carried 2,000 passengers and 800 crew.', []],
    ['Hundreds of people lost their homes in the flood.', []],
    ['Hundreds of people lost their lives in the flood.', [['Hundreds', 200, 999, 'vague', 'killed', null]]],
    ['Twelve crew members were killed.', [['Twelve', 12, 12, 'exact', 'killed', null]]],
    // civilians are not deployed: they remain, troops do
    ['Some 5,000 civilians remain in the town.', []],
    ['Some 5,000 troops remain in the town.', [['Some 5,000', 5000, 5000, 'approx', 'deployed', null]]],
    // a number with a verb of its own after "and" is not joined to the figure before it
    ['Gunmen killed 40 people and took 25 hostages.', [['40', 40, 40, 'exact', 'killed', null]]],
    // an active verb after an unknown noun counts the number after it
    ['Twelve crashes injured 40 drivers.', [['40', 40, 40, 'exact', 'wounded', null]]],
    [
      'Forces killed and wounded some 1,500 fighters.',
      [['some 1,500', 1500, 1500, 'approx', 'casualties', null]],
    ],
    [
      'The unit reported 12 KIA and 30 WIA.',
      [
        ['12', 12, 12, 'exact', 'killed', null],
        ['30', 30, 30, 'exact', 'wounded', null],
      ],
    ],
    // prisoners who died are dead
    ['Russia killed 40 Ukrainian prisoners of war.', [['40', 40, 40, 'exact', 'killed', 'ukraine']]],
    ['Some 40 prisoners were executed.', [['Some 40', 40, 40, 'approx', 'killed', null]]],
    [
      'Russian troops numbering 50,000 were massed near Kursk.',
      [['50,000', 50000, 50000, 'exact', 'deployed', 'russia']],
    ],
    ['Only one soldier survived the ambush.', []],
    ['Five hostages were freed, while 120 remain in captivity.', []],
    ['The F-16 and the Su-25 were seen with 12 drones.', []],
    // the traps of real pages: footnote marks, user names, bug numbers, fractions of a unit
    [
      'The last known survivor died in 1933.[30] Four crew members were killed.[31][32]',
      [['Four', 4, 4, 'exact', 'killed', null]],
    ],
    ['A woman who was murdered by her husband.[n 3]', []],
    ['Kudos from KYvi3, mia826 and Madine_has_arrived20, who killed it.', []],
    ['Officials said about300 soldiers were killed.', [['about300', 300, 300, 'approx', 'killed', null]]],
    ['Settings could be lost in this time, Bug 1676388.', []],
    ['Soldiers killed on Route 66 were flown to base 7 and checkpoint 12.', []],
    // a proportion counts nobody; a number after "in" that is no proportion stays
    ['Around 1 in 5 soldiers was wounded, and one in three was captured.', []],
    ['Russia lost 300 in 2 days.', [['300', 300, 300, 'exact', 'casualties', 'russia']]],
    [
      'In a clash, four crew members were killed.[12] Nobody came back until 1769 when a captain mapped the coast.',
      [['four', 4, 4, 'exact', 'killed', null]],
    ],
    // a count before its noun stays a count
    ['Until 1500 soldiers arrived, the fort held.', [['1500', 1500, 1500, 'exact', 'deployed', null]]],
    ['The lander was operating normally before it stopped sending data 6 ½ minutes after launch.', []],
    [
      'Some 1,676,388 soldiers were mobilised.',
      [['Some 1,676,388', 1676388, 1676388, 'approx', 'deployed', null]],
    ],
  ]);
});

describe('metric from context', () => {
  table([
    // an active verb counts its object, not its subject; a passive one has no object
    [
      'About 1,000 soldiers killed 300 civilians in the raid.',
      [
        ['About 1,000', 1000, 1000, 'approx', 'deployed', null],
        ['300', 300, 300, 'exact', 'killed', null],
      ],
    ],
    ['His unit of 120 men had lost 40.', [['40', 40, 40, 'exact', 'casualties', null]]],
    ['300 soldiers were killed 12 hours later.', [['300', 300, 300, 'exact', 'killed', null]]],
    // a casualty word before the noun says what is counted, unless one after says more
    ['The hospital treated 40 wounded Russian soldiers.', [['40', 40, 40, 'exact', 'wounded', 'russia']]],
    ['40 wounded soldiers died in hospital.', [['40', 40, 40, 'exact', 'killed', null]]],
    [
      'Russia said 200 captured Ukrainian soldiers were exchanged.',
      [['200', 200, 200, 'exact', 'captured', 'ukraine']],
    ],
    ['Rescuers found 12 dead Ukrainian civilians.', [['12', 12, 12, 'exact', 'killed', 'civilians-ukraine']]],
    ['300 killed, Ukrainian officials said.', [['300', 300, 300, 'exact', 'killed', null]]],
    // where they remain says what is counted
    [
      'Some 600 soldiers remain missing after the battle.',
      [['Some 600', 600, 600, 'approx', 'missing', null]],
    ],
    ['About 300 soldiers remain in captivity.', [['About 300', 300, 300, 'approx', 'captured', null]]],
    ['Some 600 soldiers remain in the city.', [['Some 600', 600, 600, 'approx', 'deployed', null]]],
    [
      'The clash left 12 killed, 30 wounded and 4 missing.',
      [
        ['12', 12, 12, 'exact', 'killed', null],
        ['30', 30, 30, 'exact', 'wounded', null],
        ['4', 4, 4, 'exact', 'missing', null],
      ],
    ],
    ['The unit reported 700 casualties.', [['700', 700, 700, 'exact', 'casualties', null]]],
    ['About 900 soldiers were killed or wounded.', [['About 900', 900, 900, 'approx', 'casualties', null]]],
    ['The brigade suffered losses of 250 personnel.', [['250', 250, 250, 'exact', 'casualties', null]]],
    ['Five crew members lost their lives.', [['Five', 5, 5, 'exact', 'killed', null]]],
    ['The death toll rose to 1,340 on Sunday.', [['1,340', 1340, 1340, 'exact', 'killed', null]]],
    ['Rebels said 80 soldiers were taken prisoner.', [['80', 80, 80, 'exact', 'captured', null]]],
    [
      'More than 90 journalists have been killed in the war.',
      [['More than 90', 90, null, 'moreThan', 'killed', null]],
    ],
    [
      'Rebels said 80 prisoners of war were exchanged at the border.',
      [['80', 80, 80, 'exact', 'captured', null]],
    ],
    [
      'A 50,000-strong force is massing at the border.',
      [['50,000', 50000, 50000, 'exact', 'deployed', null]],
    ],
    [
      'The Pentagon said 3,000 troops would be pulled out.',
      [['3,000', 3000, 3000, 'exact', 'withdrawn', 'us']],
    ],
    [
      'Some 1,500 troops were rotated home in May.',
      [['Some 1,500', 1500, 1500, 'approx', 'withdrawn', null]],
    ],
    ['Some 2 million Syrians have left the country.', []],
    ['About 800 Americans are based in the city.', []],
  ]);
});

describe('structures', () => {
  table([
    // a cue right after a later number is that number's own; a verb after both counts both
    [
      'The plane landed with 206 passengers on board, including 12 children and 26 wounded.',
      [['26', 26, 26, 'exact', 'wounded', null]],
    ],
    [
      '300 soldiers and 200 civilians were killed.',
      [
        ['300', 300, 300, 'exact', 'killed', null],
        ['200', 200, 200, 'exact', 'killed', null],
      ],
    ],
    // a bare number joined to the figure before it, also past a party of two words
    [
      'Some 10,000 North Korean troops are in Russia, and about 3,000 more are on their way.',
      [
        ['Some 10,000', 10000, 10000, 'approx', 'deployed', 'north-korea'],
        ['about 3,000', 3000, 3000, 'approx', 'deployed', 'north-korea'],
      ],
    ],
    // more of the figure before: "another 2,000"
    [
      'The army deployed 5,000 troops. The border was calm. Another 2,000 are expected next month.',
      [
        ['5,000', 5000, 5000, 'exact', 'deployed', null],
        ['2,000', 2000, 2000, 'exact', 'deployed', null],
      ],
    ],
    // a part of the figure before takes its metric: "50 of them were officers", "Of those, 120..."
    [
      'Over 200 soldiers were captured; 50 of them were officers.',
      [
        ['Over 200', 200, null, 'moreThan', 'captured', null],
        ['50', 50, 50, 'exact', 'captured', null],
      ],
    ],
    [
      '300 soldiers were killed. Of those, 120 were conscripts.',
      [
        ['300', 300, 300, 'exact', 'killed', null],
        ['120', 120, 120, 'exact', 'killed', null],
      ],
    ],
    // a part of a whole: the part is the figure, the noun after the whole says what it counts
    ['Some 300 of the 1,200 soldiers were killed.', [['Some 300', 300, 300, 'approx', 'killed', null]]],
    // the whole first, then its part: the part is the figure (the whole too when its own words count it)
    ['Of the 300 soldiers, 12 were killed.', [['12', 12, 12, 'exact', 'killed', null]]],
    [
      'Of 1,200 troops deployed, about 100 were wounded.',
      [
        ['1,200', 1200, 1200, 'exact', 'deployed', null],
        ['about 100', 100, 100, 'approx', 'wounded', null],
      ],
    ],
    ['Of the 300 soldiers killed, most were conscripts.', [['300', 300, 300, 'exact', 'killed', null]]],
    // a part in words: the whole is no figure, unless its own words count it
    ['The brigade lost about a third of its 3,000 men.', []],
    ['Most of the 300 soldiers were killed.', []],
    ['About 40% of the 1,200 troops were wounded.', []],
    ['Most of the 300 soldiers killed were conscripts.', [['300', 300, 300, 'exact', 'killed', null]]],
    [
      'Some 1,000 of the 3,000 casualties were civilians.',
      [
        ['Some 1,000', 1000, 1000, 'approx', 'casualties', null],
        ['3,000', 3000, 3000, 'exact', 'casualties', null],
      ],
    ],
    ['The remaining 49 of the 120 seats are assigned by list.', []],
    ['One of the 300 soldiers killed was a general.', [['300', 300, 300, 'exact', 'killed', null]]],
    ['He was one of 300 soldiers killed that week.', [['300', 300, 300, 'exact', 'killed', null]]],
    // "a total of" counts anew; "the total" refers to a figure before
    [
      'A total of 15,000 troops took part in the exercise.',
      [['15,000', 15000, 15000, 'exact', 'deployed', null]],
    ],
    [
      'Militants killed 14 soldiers and another 20 were wounded.',
      [
        ['14', 14, 14, 'exact', 'killed', null],
        ['20', 20, 20, 'exact', 'wounded', null],
      ],
    ],
    [
      'The army reported 2,100 casualties, including 350 dead.',
      [
        ['2,100', 2100, 2100, 'exact', 'casualties', null],
        ['350', 350, 350, 'exact', 'killed', null],
      ],
    ],
    [
      'At least 90 people were killed, including 21 children.',
      [
        ['At least 90', 90, null, 'atLeast', 'killed', null],
        ['21', 21, 21, 'exact', 'killed', null],
      ],
    ],
    [
      'The strike killed 40 people, 15 of them soldiers.',
      [
        ['40', 40, 40, 'exact', 'killed', null],
        ['15', 15, 15, 'exact', 'killed', null],
      ],
    ],
    ['Russia Loses 900 Troops in a Day', [['900', 900, 900, 'exact', 'casualties', 'russia']]],
    [
      'The army has some 700 troops in the north and 1,100 in the south.',
      [
        ['some 700', 700, 700, 'approx', 'deployed', null],
        ['1,100', 1100, 1100, 'exact', 'deployed', null],
      ],
    ],
    ['The brigade said 250 of its soldiers were missing.', [['250', 250, 250, 'exact', 'missing', null]]],
    ['In total, 45 soldiers were wounded.', [['45', 45, 45, 'exact', 'wounded', null]]],
    // a rise and the new total: two figures, no range ("from 12 to 85" is a range)
    [
      'The death toll rose by 12 to 85.',
      [
        ['12', 12, 12, 'exact', 'killed', null],
        ['85', 85, 85, 'exact', 'killed', null],
      ],
    ],
    [
      'Russian casualties rose by 1,130 over the past day.',
      [['1,130', 1130, 1130, 'exact', 'casualties', 'russia']],
    ],
    [
      'Rebels put the toll at 230 Russian dead. The army disputed the total of 230.',
      [
        ['230', 230, 230, 'exact', 'killed', 'russia'],
        ['230', 230, 230, 'exact', 'killed', 'russia'],
      ],
    ],
  ]);
});

describe('party', () => {
  table([
    [
      'A 2,000-strong contingent of Iranian troops is based in Syria.',
      [['2,000', 2000, 2000, 'exact', 'deployed', 'iran']],
    ],
    [
      'At least 40 North Korean soldiers were killed.',
      [['At least 40', 40, null, 'atLeast', 'killed', 'north-korea']],
    ],
    ['Some 600 Russian troops were captured.', [['Some 600', 600, 600, 'approx', 'captured', 'russia']]],
    ["Ukraine's army lost 80 soldiers in the assault.", [['80', 80, 80, 'exact', 'casualties', 'ukraine']]],
    [
      'Health officials said 120 Palestinians were killed.',
      [['120', 120, 120, 'exact', 'killed', 'palestinians']],
    ],
    ['The IDF said 3 soldiers were wounded.', [['3', 3, 3, 'exact', 'wounded', 'israel']]],
    ['Israel said 300 Hamas fighters were killed.', [['300', 300, 300, 'exact', 'killed', 'hamas']]],
    [
      'Some 900 Russian and Ukrainian soldiers were wounded.',
      [['Some 900', 900, 900, 'approx', 'wounded', null]],
    ],
    ['The US told us 40 soldiers were killed.', [['40', 40, 40, 'exact', 'killed', 'us']]],
    ['They told us 40 soldiers were killed.', [['40', 40, 40, 'exact', 'killed', null]]],
    [
      'North Korea has sent 5,000 troops to Russia.',
      [['5,000', 5000, 5000, 'exact', 'deployed', 'north-korea']],
    ],
    [
      'NATO has placed 300,000 troops on high readiness.',
      [['300,000', 300000, 300000, 'exact', 'deployed', 'nato']],
    ],
    // the attacker is not whose people were killed
    [
      'Twelve civilians were killed in Russian strikes on Kharkiv.',
      [['Twelve', 12, 12, 'exact', 'killed', null]],
    ],
    [
      'At least 20 people were killed in a Russian missile attack on Dnipro.',
      [['At least 20', 20, null, 'atLeast', 'killed', null]],
    ],
    [
      'Some 40 people were killed in Gaza on Tuesday.',
      [['Some 40', 40, 40, 'approx', 'killed', 'palestinians']],
    ],
    [
      'At least 12 Ukrainian residents were killed.',
      [['At least 12', 12, null, 'atLeast', 'killed', 'civilians-ukraine']],
    ],
    ['Turkey has deployed 3,000 troops to Syria.', [['3,000', 3000, 3000, 'exact', 'deployed', 'turkey']]],
    [
      'Some 3,000 Turkish soldiers crossed the border.',
      [['Some 3,000', 3000, 3000, 'approx', 'deployed', 'turkey']],
    ],
  ]);
});

describe('attribution', () => {
  it.each([
    ['According to the Health Ministry, 200 people were killed.', 'the Health Ministry'],
    ['Zelenskyy said 31,000 Ukrainian soldiers had been killed.', 'Zelenskyy'],
    ['At least 50 soldiers were killed, the army said.', 'the army'],
    ['An estimated 900 soldiers were killed, according to the monitoring group.', 'the monitoring group'],
    ['Up to 30 civilians may have died, the mayor said.', 'the mayor'],
    ['At least 12 people were wounded, local medics said.', 'local medics'],
    ['Ukrainian officials say 1,000 Russian soldiers were killed.', 'Ukrainian officials'],
    // the figure's own clause: not the speaker after the semicolon
    ['Israeli forces say they killed 2,000 militants; Hamas says most were civilians.', 'Israeli forces'],
  ])('%s', (text, who) => expect(extractFigures(text)[0]?.claimedBy).toBe(who));

  it('leaves claimedBy out when nobody is named', () => {
    expect(extractFigures('Some 70 soldiers were killed.')[0]).not.toHaveProperty('claimedBy');
    expect(extractFigures('Some say 300 soldiers were killed.')[0]).not.toHaveProperty('claimedBy');
    // "reports" is a noun here, and Russia denied them
    expect(extractFigures('Russia denied reports that 5,000 of its troops had died.')[0]).not.toHaveProperty(
      'claimedBy',
    );
  });
});

describe('languages', () => {
  it('falls back to the English lexicon for a language without one', () => {
    expect(extractFigures('About 300 soldiers were killed.', { lang: 'xx' })).toHaveLength(1);
  });
  it('returns nothing for empty text', () => {
    expect(extractFigures('')).toEqual([]);
  });
});

describe('texts read one after another', () => {
  // extraction reuses its tokens, numbers, candidates and heads from window to window and text to
  // text, and remembers the last clause's speaker: nothing may carry over from one text to the next
  it('reads each text as if it were the only one', () => {
    const texts = [
      'Zelenskyy said 300 soldiers were killed.',
      'The army said 300 soldiers were wounded.',
      `${'Officials said 12 were hurt. '.repeat(40)}Hamas said 300 fighters were killed.`,
      'Zelenskyy said 300 soldiers were killed.',
    ];
    const alone = texts.map((t) => JSON.stringify(extractFigures(t)));
    const after = texts.map((t) => JSON.stringify(extractFigures(t)));
    expect(after).toEqual(alone);
    expect(extractFigures(texts[0] as string)[0]?.claimedBy).toBe('Zelenskyy');
    expect(extractFigures(texts[1] as string)[0]?.claimedBy).toBe('The army');
  });
});

describe('dense numeric data', () => {
  it('skips a long table of numbers but reads the prose after it', () => {
    const table = Array.from({ length: 400 }, (_, i) => `${i + 10} killed`).join(', ');
    const prose = `${'The talks resumed on Monday without any progress being reported by either side. '.repeat(6)}At least 70 soldiers were wounded.`;
    const found = extractFigures(`${table}.\n${prose}`);
    expect(found.length).toBeLessThan(200);
    expect(found.at(-1)?.text).toBe('At least 70');
  });

  it('skips numbers listed sentence after sentence as data too', () => {
    // a sentence of 30 numbers in 130 characters, 200 times
    const list = `Killed ${Array.from({ length: 30 }, (_, i) => i + 10).join(', ')}`;
    const prose = `${'The talks resumed on Monday without any progress being reported by either side. '.repeat(6)}At least 70 soldiers were wounded.`;
    const found = extractFigures(`${`${list}. `.repeat(200)}\n${prose}`);
    expect(found.length).toBeLessThan(200);
    expect(found.at(-1)?.text).toBe('At least 70');
  });

  it('reads the prose after a long list of bare numbers, and the figures in it, as before the list', () => {
    const prose = `${'The talks resumed on Monday without any progress being reported by either side. '.repeat(6)}At least 70 soldiers were wounded and 1,200 troops were deployed.`;
    const list = `${Array.from({ length: 20_000 }, (_, i) => `${i % 97},${i % 7 === 0 ? '123' : ''}`).join(' ')}.\n`;
    const alone = extractFigures(prose);
    expect(alone.map((f) => f.text)).toEqual(['At least 70', '1,200']);
    const shifted = extractFigures(list + prose).map((f) => ({
      ...f,
      start: f.start - list.length,
      end: f.end - list.length,
    }));
    expect(shifted).toEqual(alone);
  });

  it('reads every figure of a short dense casualty list', () => {
    const text =
      'The toll: 12 killed, 30 wounded, 4 missing, 9 captured; 15 more killed and 40 more wounded later.';
    expect(extractFigures(text).map((f) => f.metric)).toEqual([
      'killed',
      'wounded',
      'missing',
      'captured',
      'killed',
      'wounded',
    ]);
  });
});

describe('text wrapped at a width', () => {
  it('a line ending in a number goes on into the next line', () => {
    expect(
      extractFigures('Officials said at least 300\nNorth Korean soldiers were killed.').map(pick),
    ).toEqual([['at least 300', 300, null, 'atLeast', 'killed', 'north-korea']]);
  });
});

describe('context across sentences', () => {
  const metrics = (text: string) => extractFigures(text).map((f) => [f.text, f.metric]);
  const filler = 'Markets were calm and the weather stayed mild. '.repeat(9);
  it('a sentence with no casualty word of its own takes the metric of a figure just before it', () => {
    const between = 'Rescue teams worked through the night in the rain and the cold. ';
    expect(
      metrics(`The strikes killed 250 people on Monday. ${between}On Tuesday the total rose to 300.`),
    ).toEqual([
      ['250', 'killed'],
      ['300', 'killed'],
    ]);
  });
  const parties = (text: string) => extractFigures(text).map((f) => [f.text, f.metric, f.party]);
  it('soldiers named by no party are those of the soldiers just before, as a report goes on', () => {
    expect(
      parties('Some 5,000 Russian troops crossed the river. By Friday, 2,000 soldiers had reached the town.'),
    ).toEqual([
      ['Some 5,000', 'deployed', 'russia'],
      ['2,000', 'deployed', 'russia'],
    ]);
    expect(
      parties(
        'Some 300 Ukrainian soldiers were killed. Later, 120 men of the brigade were reported missing.',
      ),
    ).toEqual([
      ['Some 300', 'killed', 'ukraine'],
      ['120', 'missing', 'ukraine'],
    ]);
  });
  it('other people are not: the party of a sentence before is not theirs', () => {
    expect(
      parties('Three Hezbollah fighters died in the clash. Over 70 journalists have died covering the war.'),
    ).toEqual([
      ['Three', 'killed', 'hezbollah'],
      ['Over 70', 'killed', null],
    ]);
    expect(
      parties('Two Israeli soldiers were wounded. The death toll from the earthquake rose to 2,300.'),
    ).toEqual([
      ['Two', 'wounded', 'israel'],
      ['2,300', 'killed', null],
    ]);
  });
  it('a number just after a figure, with neither its own cue nor a word pointing back, is none', () => {
    expect(metrics('The strikes killed 250 people on Monday. On Tuesday 300 arrived in the city.')).toEqual([
      ['250', 'killed'],
    ]);
  });
  it('but not of one 400 characters away', () => {
    expect(
      metrics(`The strikes killed 250 people on Monday. ${filler}On Tuesday the total rose to 300.`),
    ).toEqual([['250', 'killed']]);
  });
  it('numbers far from any casualty or troop word are no figures, however many', () => {
    const prices = 'The index closed at 4,512 points, up 12 from 4,500, on a volume of 2,000,000 shares. ';
    expect(extractFigures(prices.repeat(50))).toEqual([]);
    expect(metrics(`${prices.repeat(20)}At least 12 soldiers were killed. ${prices}`)).toEqual([
      ['At least 12', 'killed'],
    ]);
  });
});

describe('words that name built-in properties', () => {
  // the lexicon's tables are looked up with every word: "constructor" is no scale word or noun
  table([
    ['Officials said 300 constructor troops were killed.', [['300', 300, 300, 'exact', 'killed', null]]],
    ['About 500 toString soldiers were wounded.', [['About 500', 500, 500, 'approx', 'wounded', null]]],
    ['There were 12 valueOf casualties.', [['12', 12, 12, 'exact', 'casualties', null]]],
  ]);
});
