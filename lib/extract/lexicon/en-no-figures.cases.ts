import type { Case } from './cases';

/** English, numbers and counts that are no figures: sentences of ours, what is found in them, and the rule each pins. */
export const EN_NO_FIGURES: Case[] = [
  { rule: 'yearOrDate', text: 'In 2022 the army was reorganised.', figures: [] },
  // a title in capitals: "Lost" is no casualty word of the 8, whose noun is unknown
  { rule: 'titleInCapitals', text: 'Get Lost in 8 Great Biographies', figures: [] },
  {
    rule: 'verbBefore',
    text: 'Russia Lost 300 Soldiers in Kursk Offensive',
    figures: [['300', 300, 300, 'exact', 'casualties', 'russia']],
  },
  {
    rule: 'yearOrDate',
    text: 'Since 2014, 300 soldiers were killed.',
    figures: [['300', 300, 300, 'exact', 'killed', null]],
  },
  { rule: 'yearOrDate', text: 'The offensive began on March 3 and ended on 12 April.', figures: [] },
  { rule: 'timeOrCode', text: 'The attack came at 10:30 and lasted 45 minutes.', figures: [] },
  {
    rule: 'moneyOrAge',
    text: 'The aid is worth $300 million and 50 soldiers will guard it.',
    figures: [['50', 50, 50, 'exact', 'deployed', null]],
  },
  { rule: 'unitAfter', text: 'Turnout was 45% and 12 percent of ballots were spoiled.', figures: [] },
  { rule: 'unitAfter', text: 'The missiles have a range of 190 miles and 300 km.', figures: [] },
  { rule: 'moneyOrAge', text: 'A 19-year-old soldier, aged 19, was killed.', figures: [] },
  { rule: 'unitAfter', text: 'The 82nd Airborne and the 3rd Brigade were deployed.', figures: [] },
  { rule: 'identifier', text: 'Call +1-202-555-0143 or see Resolution 2334.', figures: [] },
  { rule: 'thingsNotPeople', text: 'The battalion lost 30 tanks and 12 howitzers.', figures: [] },
  { rule: 'thingsNotPeople', text: 'Troops shelled 14 villages and two towns.', figures: [] },
  { rule: 'antiCue', text: 'Some 40,000 refugees fled and 300 people were displaced.', figures: [] },
  { rule: 'thingsNotPeople', text: 'Police arrested 200 protesters.', figures: [] },
  // soldiers before a court are neither casualties nor a deployment
  { rule: 'antiCue', text: 'Prosecutors said 12 soldiers were charged with murder.', figures: [] },
  { rule: 'antiCue', text: 'Twelve soldiers were convicted of war crimes.', figures: [] },
  {
    rule: 'cueAfter',
    text: 'Police said 3 people suspected of the attack were killed.',
    figures: [['3', 3, 3, 'exact', 'killed', null]],
  },
  // everyday counts of people are no figures
  // a ranked list of headlines: "military" describes the word after it, nobody is counted
  {
    rule: 'describingNoun',
    text: 'Most read 2 Snake fossil discovered 3 US military wary of civilian guards',
    figures: [],
  },
  {
    rule: 'describingNoun',
    text: 'Russia sent 3,000 military to the border.',
    figures: [['3,000', 3000, 3000, 'exact', 'deployed', 'russia']],
  },
  { rule: 'nounOfPeople', text: 'Over 500 volunteers helped clean the beach.', figures: [] },
  { rule: 'antiCue', text: 'In 2022, 15 soldiers were promoted.', figures: [] },
  // a bare number after "lost" stands for the things of the number before it
  { rule: 'thingsLost', text: 'The team won 3 games and lost 2.', figures: [] },
  {
    rule: 'verbBefore',
    text: 'Ukraine destroyed 12 tanks and killed 40.',
    figures: [['40', 40, 40, 'exact', 'killed', null]],
  },
  { rule: 'nounOfPeople', text: 'The ship carried 2,000 passengers and 800 crew.', figures: [] },
  { rule: 'antiCue', text: 'Hundreds of people lost their homes in the flood.', figures: [] },
  {
    rule: 'cueAfter',
    text: 'Hundreds of people lost their lives in the flood.',
    figures: [['Hundreds', 200, 999, 'vague', 'killed', null]],
  },
  {
    rule: 'cueAfter',
    text: 'Twelve crew members were killed.',
    figures: [['Twelve', 12, 12, 'exact', 'killed', null]],
  },
  // civilians are not deployed: they remain, troops do
  { rule: 'peopleNotTroops', text: 'Some 5,000 civilians remain in the town.', figures: [] },
  {
    rule: 'cueAfter',
    text: 'Some 5,000 troops remain in the town.',
    figures: [['Some 5,000', 5000, 5000, 'approx', 'deployed', null]],
  },
  // a number with a verb of its own after "and" is not joined to the figure before it
  {
    rule: 'joinedToFigure',
    text: 'Gunmen killed 40 people and took 25 hostages.',
    figures: [
      ['40', 40, 40, 'exact', 'killed', null],
      ['25', 25, 25, 'exact', 'captured', null],
    ],
  },
  // an active verb after an unknown noun counts the number after it
  {
    rule: 'activeVerbObject',
    text: 'Twelve crashes injured 40 drivers.',
    figures: [['40', 40, 40, 'exact', 'wounded', null]],
  },
  {
    rule: 'verbBefore',
    text: 'Forces killed and wounded some 1,500 fighters.',
    figures: [['some 1,500', 1500, 1500, 'approx', 'casualties', null]],
  },
  {
    rule: 'cueAfter',
    text: 'The unit reported 12 KIA and 30 WIA.',
    figures: [
      ['12', 12, 12, 'exact', 'killed', null],
      ['30', 30, 30, 'exact', 'wounded', null],
    ],
  },
  // prisoners who died are dead
  {
    rule: 'prisonersDied',
    text: 'Russia killed 40 Ukrainian prisoners of war.',
    figures: [['40', 40, 40, 'exact', 'killed', 'ukraine']],
  },
  {
    rule: 'prisonersDied',
    text: 'Some 40 prisoners were executed.',
    figures: [['Some 40', 40, 40, 'approx', 'killed', null]],
  },
  {
    rule: 'troopsNumbering',
    text: 'Russian troops numbering 50,000 were massed near Kursk.',
    figures: [['50,000', 50000, 50000, 'exact', 'deployed', 'russia']],
  },
  { rule: 'antiCue', text: 'Only one soldier survived the ambush.', figures: [] },
  { rule: 'timeOrCode', text: 'The F-16 and the Su-25 were seen with 12 drones.', figures: [] },
  // the traps of real pages: footnote marks, user names, bug numbers, fractions of a unit
  {
    rule: 'footnoteMark',
    text: 'The last known survivor died in 1933.[30] Four crew members were killed.[31][32]',
    figures: [['Four', 4, 4, 'exact', 'killed', null]],
  },
  { rule: 'footnoteMark', text: 'A woman who was murdered by her husband.[n 3]', figures: [] },
  {
    rule: 'identifier',
    text: 'Kudos from KYvi3, mia826 and Madine_has_arrived20, who killed it.',
    figures: [],
  },
  {
    rule: 'qualifierBefore',
    text: 'Officials said about300 soldiers were killed.',
    figures: [['about300', 300, 300, 'approx', 'killed', null]],
  },
  { rule: 'identifier', text: 'Settings could be lost in this time, Bug 1676388.', figures: [] },
  {
    rule: 'identifier',
    text: 'Soldiers killed on Route 66 were flown to base 7 and checkpoint 12.',
    figures: [],
  },
  // a proportion counts nobody; a number after "in" that is no proportion stays
  {
    rule: 'proportion',
    text: 'Around 1 in 5 soldiers was wounded, and one in three was captured.',
    figures: [],
  },
  {
    rule: 'proportion',
    text: 'Russia lost 300 in 2 days.',
    figures: [['300', 300, 300, 'exact', 'casualties', 'russia']],
  },
  {
    rule: 'yearOrDate',
    text: 'In a clash, four crew members were killed.[12] Nobody came back until 1769 when a captain mapped the coast.',
    figures: [['four', 4, 4, 'exact', 'killed', null]],
  },
  // a count before its noun stays a count
  {
    rule: 'yearOrDate',
    text: 'Until 1500 soldiers arrived, the fort held.',
    figures: [['1500', 1500, 1500, 'exact', 'deployed', null]],
  },
  {
    rule: 'unitAfter',
    text: 'The lander was operating normally before it stopped sending data 6 ½ minutes after launch.',
    figures: [],
  },
  {
    rule: 'digitGroups',
    text: 'Some 1,676,388 soldiers were mobilised.',
    figures: [['Some 1,676,388', 1676388, 1676388, 'approx', 'deployed', null]],
  },
  { rule: 'thingsNotPeople', text: 'Nearly 90 dolphins died in the bay after the spill.', figures: [] },
  {
    rule: 'crowdNotTroops',
    text: 'More than 5,000 people gathered outside the parliament on Sunday.',
    figures: [],
  },
  { rule: 'crowdNotTroops', text: 'About 400 volunteers arrived in the flooded town.', figures: [] },
  {
    rule: 'naturalDeath',
    text: 'At least 60 people have died of measles in the province this year.',
    figures: [],
  },
  { rule: 'naturalDeath', text: 'Malaria killed 25 children in the district last month.', figures: [] },
  { rule: 'ageAtDeath', text: 'The novelist, dead at 74, wrote about the war.', figures: [] },
  {
    rule: 'ageAtDeath',
    text: 'Officials put the losses at 4,000 men.',
    figures: [['4,000', 4000, 4000, 'exact', 'casualties', null]],
  },
  { rule: 'naturalDeath', text: 'Flu season report: 48 more deaths and 900 new infections.', figures: [] },
  { rule: 'titleOfWork', text: 'Her new novel “Ten Thousand Dead Men” comes out in May.', figures: [] },
  {
    rule: 'titleOfWork',
    text: '“Nine soldiers died in the blast,” the spokesman said.',
    figures: [['Nine', 9, 9, 'exact', 'killed', null]],
  },
  {
    rule: 'thingsNotPeople',
    text: 'Russia fired six cruise missiles and 20 attack drones, and three people were killed.',
    figures: [['three', 3, 3, 'exact', 'killed', 'russia']],
  },
  {
    rule: 'unitAfter',
    text: 'The 47th Brigade lost three soldiers.',
    figures: [['three', 3, 3, 'exact', 'casualties', null]],
  },
  {
    rule: 'hypotheticalNumber',
    text: 'If the talks collapse, 5,000 more troops will be sent to the border.',
    figures: [],
  },
  {
    rule: 'hypotheticalNumber',
    text: 'Officials warned that 2,000 civilians could die if the siege goes on.',
    figures: [],
  },
  {
    rule: 'hypotheticalNumber',
    text: 'At least 40 soldiers were killed on Monday, and more would die if the siege went on.',
    figures: [['At least 40', 40, null, 'atLeast', 'killed', null]],
  },
  {
    rule: 'rejectedNumber',
    text: 'Officials said 31,000 soldiers were killed, not 300,000 and not 150,000.',
    figures: [['31,000', 31000, 31000, 'exact', 'killed', null]],
  },
  {
    rule: 'rejectedNumber',
    text: 'The toll was not more than 650 dead.',
    figures: [['not more than 650', null, 650, 'atMost', 'killed', null]],
  },
  { rule: 'naturalDeath', text: 'The pandemic has killed 400 people in the region.', figures: [] },
  {
    rule: 'naturalDeath',
    text: 'Forty people were killed in an attack, not by disease.',
    figures: [['Forty', 40, 40, 'exact', 'killed', null]],
  },
  {
    rule: 'naturalDeath',
    text: 'Cholera and fighting killed 300 people in the camp.',
    figures: [['300', 300, 300, 'exact', 'killed', null]],
  },
  { rule: 'naturalDeath', text: 'Disease killed 300 soldiers during the long war.', figures: [] },
  { rule: 'comparedAge', text: 'Most of the soldiers killed were younger than 25.', figures: [] },
  {
    rule: 'comparedAge',
    text: 'The dead included 40 soldiers older than the recruits.',
    figures: [['40', 40, 40, 'exact', 'killed', null]],
  },
  // a count before "at" makes no age of the number after it
  {
    rule: 'tollAt',
    text: 'Officials put the death toll at 63.',
    figures: [['63', 63, 63, 'exact', 'killed', null]],
  },
  {
    rule: 'tollAt',
    text: 'Police estimated the number of dead at 40.',
    figures: [['40', 40, 40, 'exact', 'killed', null]],
  },
  { rule: 'tollAt', text: 'The general died at 81 after a long illness.', figures: [] },
];
