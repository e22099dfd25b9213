import type { Case } from './cases';

/** English, whose people: sentences of ours, what is found in them, and the rule each pins. */
export const EN_PARTIES: Case[] = [
  {
    rule: 'strongForce',
    text: 'A 2,000-strong contingent of Iranian troops is based in Syria.',
    figures: [['2,000', 2000, 2000, 'exact', 'deployed', 'iran']],
  },
  {
    rule: 'partyInNounPhrase',
    text: 'At least 40 North Korean soldiers were killed.',
    figures: [['At least 40', 40, null, 'atLeast', 'killed', 'north-korea']],
  },
  {
    rule: 'partyInNounPhrase',
    text: 'Some 600 Russian troops were captured.',
    figures: [['Some 600', 600, 600, 'approx', 'captured', 'russia']],
  },
  {
    rule: 'subjectParty',
    text: "Ukraine's army lost 80 soldiers in the assault.",
    figures: [['80', 80, 80, 'exact', 'casualties', 'ukraine']],
  },
  {
    rule: 'partyInNounPhrase',
    text: 'Health officials said 120 Palestinians were killed.',
    figures: [['120', 120, 120, 'exact', 'killed', 'palestinians']],
  },
  {
    rule: 'subjectParty',
    text: 'The IDF said 3 soldiers were wounded.',
    figures: [['3', 3, 3, 'exact', 'wounded', 'israel']],
  },
  {
    rule: 'partyInNounPhrase',
    text: 'Israel said 300 Hamas fighters were killed.',
    figures: [['300', 300, 300, 'exact', 'killed', 'hamas']],
  },
  {
    rule: 'partyInNounPhrase',
    text: 'Some 900 Russian and Ukrainian soldiers were wounded.',
    figures: [['Some 900', 900, 900, 'approx', 'wounded', null]],
  },
  {
    rule: 'subjectParty',
    text: 'The US told us 40 soldiers were killed.',
    figures: [['40', 40, 40, 'exact', 'killed', 'us']],
  },
  {
    rule: 'subjectParty',
    text: 'They told us 40 soldiers were killed.',
    figures: [['40', 40, 40, 'exact', 'killed', null]],
  },
  {
    rule: 'subjectParty',
    text: 'North Korea has sent 5,000 troops to Russia.',
    figures: [['5,000', 5000, 5000, 'exact', 'deployed', 'north-korea']],
  },
  {
    rule: 'subjectParty',
    text: 'NATO has placed 300,000 troops on high readiness.',
    figures: [['300,000', 300000, 300000, 'exact', 'deployed', 'nato']],
  },
  // the attacker is not whose people were killed
  {
    rule: 'attackerNotVictim',
    text: 'Twelve civilians were killed in Russian strikes on Kharkiv.',
    figures: [['Twelve', 12, 12, 'exact', 'killed', 'civilians-ukraine']],
  },
  {
    rule: 'attackerNotVictim',
    text: 'At least 20 people were killed in a Russian missile attack on Dnipro.',
    figures: [['At least 20', 20, null, 'atLeast', 'killed', 'civilians-ukraine']],
  },
  {
    rule: 'placeOfDead',
    text: 'Some 40 people were killed in Gaza on Tuesday.',
    figures: [['Some 40', 40, 40, 'approx', 'killed', 'palestinians']],
  },
  {
    rule: 'civiliansOfParty',
    text: 'At least 12 Ukrainian residents were killed.',
    figures: [['At least 12', 12, null, 'atLeast', 'killed', 'civilians-ukraine']],
  },
  {
    rule: 'placeNotParty',
    text: 'Turkey has deployed 3,000 troops to Syria.',
    figures: [['3,000', 3000, 3000, 'exact', 'deployed', 'turkey']],
  },
  {
    rule: 'partyInNounPhrase',
    text: 'Some 3,000 Turkish soldiers crossed the border.',
    figures: [['Some 3,000', 3000, 3000, 'approx', 'deployed', 'turkey']],
  },
  {
    rule: 'population',
    text: 'At least 300 soldiers were killed.',
    populations: [['At least 300', 'military']],
  },
  {
    rule: 'population',
    text: 'Some 50 militants and 20 fighters died.',
    populations: [
      ['Some 50', 'military'],
      ['20', 'military'],
    ],
  },
  {
    rule: 'population',
    text: 'About 40 civilians died and 30 children were wounded.',
    populations: [
      ['About 40', 'civilian'],
      ['30', 'civilian'],
    ],
  },
  { rule: 'population', text: 'Twelve residents were injured.', populations: [['Twelve', 'civilian']] },
  {
    rule: 'population',
    text: 'At least 12 soldiers and civilians were wounded.',
    populations: [['At least 12', 'mixed']],
  },
  {
    rule: 'population',
    text: 'Some 30 civilians and Ukrainian soldiers were hurt.',
    populations: [['Some 30', 'mixed']],
  },
  { rule: 'population', text: 'Military deaths reached 5,000.', populations: [['5,000', 'military']] },
  { rule: 'population', text: 'Civilian casualties rose to 200.', populations: [['200', 'civilian']] },
  // the 200 are the soldiers of the figure before
  {
    rule: 'figureBefore',
    text: '300 troops were killed and 200 wounded.',
    populations: [
      ['300', 'military'],
      ['200', 'military'],
    ],
  },
  // neither soldiers nor civilians
  { rule: 'population', text: '25 people died.', populations: [['25', null]] },
  { rule: 'population', text: '25 Ukrainians died.', populations: [['25', null]] },
  { rule: 'population', text: '300 casualties were reported.', populations: [['300', null]] },
  {
    rule: 'memberOfUnit',
    text: 'Some 120 men of the brigade were killed.',
    populations: [['Some 120', 'military']],
  },
  { rule: 'moneyOrAge', text: 'Relatives of the dead got CHF 2,000.', figures: [] },
  {
    rule: 'countryParty',
    givenOnly: true,
    text: 'At least 14 Colombian soldiers were killed in the ambush.',
    party: 'colombia',
  },
  {
    rule: 'countryParty',
    givenOnly: true,
    text: 'The army of Chad said 40 of its soldiers died.',
    party: 'chad',
  },
  { rule: 'countryParty', givenOnly: true, text: 'Peru sent 200 troops to the border.', party: 'peru' },
  {
    rule: 'placeOfEvents',
    text: 'Heavy fighting went on in Sudan all week. Medics said 40 people were killed.',
    party: 'sudan',
  },
  {
    rule: 'placeOfEvents',
    text: 'Heavy fighting went on in Sudan all week. Medics said 40 soldiers were killed.',
    party: 'sudan',
  },
  { rule: 'soldiersFrom', text: 'The UN deployed 500 troops from Chad to the north.', party: 'chad' },
  { rule: 'soldiersFrom', text: 'Some 40 peacekeepers were wounded.', party: 'un-peacekeepers' },
  {
    rule: 'attackTarget',
    text: 'Israeli air strikes on Lebanon killed 31 people overnight.',
    figures: [['31', 31, 31, 'exact', 'killed', 'lebanon']],
  },
  {
    rule: 'attackTarget',
    text: 'At least 9 people died in Russian drone attacks on Ukraine, officials said.',
    figures: [['At least 9', 9, null, 'atLeast', 'killed', 'ukraine']],
  },
  {
    rule: 'attackerNotVictim',
    text: 'After the Russian strikes 14 people were reported dead.',
    figures: [['14', 14, 14, 'exact', 'killed', null]],
  },
  {
    rule: 'passageScene',
    text: 'TURKEY FLOODS: Rescue teams searched the valley on Friday. The water killed at least 27 people.',
    figures: [['at least 27', 27, null, 'atLeast', 'killed', 'turkey']],
  },
  {
    rule: 'passageScene',
    text: 'Nigerian officials said on Monday that a bomb at a market had killed 19 people.',
    figures: [['19', 19, 19, 'exact', 'killed', 'nigeria']],
  },
  {
    rule: 'passageScene',
    text: 'Iranian officials spoke first. Syrian officials said the blast killed 12 people.',
    figures: [['12', 12, 12, 'exact', 'killed', null]],
  },
  {
    rule: 'attackerNotVictim',
    text: 'Rebels attacked a Malian army camp at dawn. The fighting killed 15 people.',
    figures: [['15', 15, 15, 'exact', 'killed', 'mali']],
  },
  {
    rule: 'amongTotal',
    text: 'Israel and Lebanon traded fire on Monday. The strikes killed 30 Lebanese. Among the dead were 12 women.',
    figures: [
      ['30', 30, 30, 'exact', 'killed', 'lebanon'],
      ['12', 12, 12, 'exact', 'killed', 'lebanon'],
    ],
  },
  {
    rule: 'healthAuthority',
    text: "Israeli strikes on the city killed 14 people, Gaza's health ministry said.",
    figures: [['14', 14, 14, 'exact', 'killed', 'palestinians']],
  },
  {
    rule: 'healthAuthority',
    text: 'Air strikes killed 9 people, the Hamas-run health ministry said.',
    figures: [['9', 9, 9, 'exact', 'killed', 'palestinians']],
  },
  {
    rule: 'passageScene',
    text: 'Myanmar Junta Kills 50 Civilians in Air Raids.',
    figures: [['50', 50, 50, 'exact', 'killed', 'myanmar']],
  },
  {
    rule: 'countryPeacekeepers',
    text: 'Some 300 Irish peacekeepers are based in southern Lebanon.',
    party: 'ireland',
  },
  {
    rule: 'countryPeacekeepers',
    text: 'Two Nepali peacekeepers were wounded when their convoy hit a mine.',
    party: 'nepal',
  },
  {
    rule: 'countryPeacekeepers',
    text: 'Some 300 Irish peacekeepers serving in southern Lebanon were attacked by gunmen on Thursday, according to the United Nations.',
    party: 'un-peacekeepers',
  },
  {
    rule: 'ownArmy',
    text: 'The Canadian army says the number of soldiers killed in Afghanistan has risen to 158.',
    party: 'canada',
  },
  {
    rule: 'ownArmy',
    text: 'The British army said the number of troops wounded in Iraq had risen to 40.',
    party: 'uk',
  },
  {
    rule: 'ownArmy',
    text: 'The Israeli military says the toll of soldiers killed in Gaza has reached 101.',
    party: 'israel',
  },
  {
    rule: 'ownArmy',
    text: 'The Israeli military says the toll of people killed in Gaza has reached 101.',
    party: 'palestinians',
  },
  {
    rule: 'nounBeforeVerb',
    text: 'Sudan Quake Kills 30. Rescuers dug through the rubble all night.',
    party: 'sudan',
  },
  { rule: 'nounBeforeVerb', text: 'Peru Landslide Killed 14 Villagers.', party: 'peru' },
  { rule: 'nounBeforeVerb', text: 'Nepal Floods Kill 60 People.', party: 'nepal' },
  {
    rule: 'placeBelowCountry',
    text: 'A missile hit an apartment block in Dnipro overnight. Rescuers said 9 people were killed.',
    party: 'civilians-ukraine',
  },
  {
    rule: 'placeBelowCountry',
    text: 'At least 25 people were killed in El Fasher on Sunday.',
    party: 'civilians-sudan',
  },
  {
    rule: 'placeBelowCountry',
    text: 'Shelling killed 14 people in Aleppo, medics said.',
    party: 'civilians-syria',
  },
  {
    rule: 'placeBelowCountry',
    text: 'Fighting went on around Kandahar. A roadside bomb killed seven people on Tuesday, police said.',
    party: 'afghanistan',
  },
  {
    rule: 'soldiersAbroad',
    text: 'The casualties of Russian soldiers in Kharkiv rose to 500 killed and wounded.',
    party: 'russia',
  },
  {
    rule: 'towardPlace',
    text: 'A US column drove on toward Baghdad overnight. Two soldiers were killed.',
    party: 'us',
  },
  { rule: 'groupNoun', text: 'Troops killed 86 militants in the north.', party: 'militants' },
  { rule: 'groupNoun', text: 'At least 20 insurgents were killed in the raid.', party: 'insurgents' },
  { rule: 'groupNoun', text: 'Twelve Taliban militants were killed.', party: 'taliban' },
  {
    rule: 'datelineScene',
    text: 'KANDAHAR (Reuters) - A roadside bomb killed seven people on Tuesday.',
    party: 'afghanistan',
  },
  {
    rule: 'speakerVictims',
    text: 'Ukraine says Russia killed 14 civilians in overnight strikes.',
    party: 'civilians-ukraine',
  },
  {
    rule: 'speakerVictims',
    text: 'Israel says Hamas killed 30 soldiers in the attack.',
    party: 'israel',
  },
];
