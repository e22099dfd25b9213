import type { Case } from './cases';
import { FR_CHANGES } from './fr-changes.cases';

/** French: sentences of ours, what is found in them, and the rule each pins (see cases.ts). */
export const FR_CASES: Case[] = [
  ...FR_CHANGES,
  {
    rule: 'qualifierBefore',
    text: 'Au moins 20 soldats ont été tués.',
    figures: [['Au moins 20', 20, null, 'atLeast', 'killed', null]],
  },
  {
    rule: 'qualifierBefore',
    text: "L'armée affirme qu'environ 1 500 soldats russes ont été blessés.",
    figures: [['environ 1 500', 1500, 1500, 'approx', 'wounded', 'russia']],
  },
  {
    rule: 'numberWords',
    text: 'Quatre-vingt-dix militaires sont portés disparus.',
    figures: [['Quatre-vingt-dix', 90, 90, 'exact', 'missing', null]],
  },
  { rule: 'moneyOrAge', text: "Plus d'un millier? Non: 2,5 millions d'euros ont été versés.", figures: [] },
  {
    rule: 'vagueAmount',
    text: 'Des centaines de civils ont été tués.',
    figures: [['centaines', 200, 999, 'vague', 'killed', null]],
  },
  {
    rule: 'aboutOne',
    text: 'Au moins 12 civils ont été tués et une trentaine blessés.',
    figures: [
      ['Au moins 12', 12, null, 'atLeast', 'killed', null],
      ['une trentaine', 30, 30, 'approx', 'wounded', null],
    ],
  },
  {
    rule: 'aboutOne',
    text: "Plus d'une centaine de soldats russes ont été tués.",
    figures: [["Plus d'une centaine", 100, null, 'moreThan', 'killed', 'russia']],
  },
  {
    rule: 'verbBefore',
    text: 'La France va retirer ses 1 500 soldats du Niger.',
    figures: [['1 500', 1500, 1500, 'exact', 'withdrawn', 'france']],
  },
  {
    rule: 'clauseCue',
    text: "L'avion a ramené 206 passagers, dont 12 enfants et 26 blessés.",
    figures: [['26', 26, 26, 'exact', 'wounded', null]],
  },
  {
    rule: 'population',
    text: 'Au moins 300 soldats ont été tués.',
    populations: [['Au moins 300', 'military']],
  },
  {
    rule: 'population',
    text: 'Une quarantaine de civils sont morts.',
    populations: [['Une quarantaine', 'civilian']],
  },
  {
    rule: 'population',
    text: 'Au moins 30 habitants ont été blessés.',
    populations: [['Au moins 30', 'civilian']],
  },
  {
    rule: 'population',
    text: 'Au moins 12 soldats et civils ont été blessés.',
    populations: [['Au moins 12', 'mixed']],
  },
  {
    rule: 'population',
    text: 'Au moins 20 combattants sont morts.',
    populations: [['Au moins 20', 'military']],
  },
  { rule: 'population', text: 'Au moins 25 personnes sont mortes.', populations: [['Au moins 25', null]] },
  {
    rule: 'groupAfterOf',
    givenOnly: true,
    text: 'Israël affirme avoir tué quelque 17 000 combattants du Hamas.',
    party: 'hamas',
  },
  {
    rule: 'subjectParty',
    givenOnly: true,
    text: "L'OTAN a déployé 4 000 soldats en Roumanie.",
    party: 'nato',
  },
  {
    rule: 'demonymAfterNoun',
    givenOnly: true,
    text: 'Deux cents soldats nord-coréens ont été tués.',
    party: 'north-korea',
  },
  {
    rule: 'demonymAfterNoun',
    givenOnly: true,
    text: 'Quelque 3 000 soldats turcs ont franchi la frontière.',
    party: 'turkey',
  },
  { rule: 'antiCue', givenOnly: true, text: 'Cette année, 12 soldats ont été décorés.', figures: [] },
  {
    rule: 'nounOfPeople',
    givenOnly: true,
    text: 'Une centaine de bénévoles ont nettoyé la plage.',
    figures: [],
  },
  {
    rule: 'antiCue',
    givenOnly: true,
    text: "Au total, 14 militaires ont été mis en cause dans l'enquête.",
    figures: [],
  },
  {
    rule: 'according',
    givenOnly: true,
    text: "Selon l'état-major, 40 soldats ont été tués.",
    claimedBy: "l'état-major",
  },
  {
    rule: 'nameEndsAtFunctionWord',
    givenOnly: true,
    text: 'Selon le ministère de la Défense, 300 soldats ont été tués.',
    claimedBy: 'le ministère de la Défense',
  },
  { rule: 'saidVerb', givenOnly: true, text: "L'ONU a indiqué 300 civils tués.", claimedBy: "L'ONU" },
  {
    rule: 'countryParty',
    givenOnly: true,
    text: 'Au moins 14 soldats algériens ont été tués.',
    party: 'algeria',
  },
  {
    rule: 'countryParty',
    givenOnly: true,
    text: 'Le Maroc a envoyé 300 soldats à la frontière.',
    party: 'morocco',
  },
  {
    rule: 'range',
    givenOnly: true,
    text: 'Trois ou quatre soldats ont été blessés.',
    figures: [['Trois ou quatre', 3, 4, 'range', 'wounded', null]],
  },
  {
    rule: 'aboutOne',
    givenOnly: true,
    text: 'Un millier de soldats ont été blessés.',
    figures: [['Un millier', 1000, 1000, 'approx', 'wounded', null]],
  },
  {
    rule: 'placeOfEvents',
    givenOnly: true,
    text: 'Les combats se poursuivent au Soudan. Selon les médecins, 40 personnes ont été tuées.',
    party: 'sudan',
  },
  {
    rule: 'negatedBound',
    givenOnly: true,
    text: 'Le contingent ne sera pas de plus de 650 soldats.',
    figures: [['plus de 650', null, 650, 'atMost', 'deployed', null]],
  },
  {
    rule: 'hostagesHeld',
    givenOnly: true,
    text: 'Le groupe a libéré 24 otages.',
    figures: [['24', 24, 24, 'exact', 'captured', null]],
  },
  {
    rule: 'changedCount',
    text: 'Le nombre de blessés est passé de 14 à 39 dans la soirée.',
    figures: [
      ['14', 14, 14, 'exact', 'wounded', null],
      ['39', 39, 39, 'exact', 'wounded', null],
    ],
  },
  {
    rule: 'halfOfScale',
    text: 'Près d’un demi-million de soldats auraient été blessés.',
    figures: [['Près d’un demi-million', null, 500000, 'nearly', 'wounded', null]],
  },
  { rule: 'thingsNotPeople', text: 'Plus de 120 phoques sont morts sur la côte.', figures: [] },
  { rule: 'naturalDeath', text: 'Au moins 35 personnes sont mortes de la rougeole.', figures: [] },
  {
    rule: 'crowdNotTroops',
    text: 'Quelque 4 000 personnes se sont rassemblées devant la mairie.',
    figures: [],
  },
  {
    rule: 'fractionOfScale',
    text: 'Un quart de million de soldats auraient été blessés.',
    figures: [['Un quart de million', 250000, 250000, 'exact', 'wounded', null]],
  },
  {
    rule: 'freedCaptives',
    text: 'Grâce à l’échange, 55 soldats ukrainiens sont rentrés chez eux.',
    figures: [['55', 55, 55, 'exact', 'captured', 'ukraine']],
  },
  { rule: 'titleOfWork', text: 'Il a publié le roman « Deux mille morts » en 1950.', figures: [] },
  {
    rule: 'listAfterColon',
    text: 'Blessés par région : nord, 140 ; sud, 35.',
    figures: [
      ['140', 140, 140, 'exact', 'wounded', null],
      ['35', 35, 35, 'exact', 'wounded', null],
    ],
  },
  {
    rule: 'negatedBound',
    text: 'Selon l’armée, le nombre de soldats tués ne dépasse pas 25.',
    figures: [['ne dépasse pas 25', null, 25, 'atMost', 'killed', null]],
  },
  {
    rule: 'negatedBound',
    text: 'Pas moins de 90 soldats ont été blessés.',
    figures: [['Pas moins de 90', 90, null, 'atLeast', 'wounded', null]],
  },
  {
    rule: 'linkBefore',
    text: 'L’armée annonce la mort de quatre soldats',
    figures: [['quatre', 4, 4, 'exact', 'killed', null]],
  },
  {
    rule: 'subsetOfFigure',
    text: 'Au moins 30 personnes ont été tuées, dont neuf enfants et quatre femmes.',
    figures: [
      ['Au moins 30', 30, null, 'atLeast', 'killed', null],
      ['neuf', 9, 9, 'exact', 'killed', null],
      ['quatre', 4, 4, 'exact', 'killed', null],
    ],
  },
  {
    rule: 'unitAfter',
    text: 'La 3e brigade a perdu trois soldats.',
    figures: [['trois', 3, 3, 'exact', 'casualties', null]],
  },
  {
    rule: 'scaleWords',
    text: 'La Russie a mobilisé plus de 1,1 million de soldats.',
    figures: [['plus de 1,1 million', 1100000, null, 'moreThan', 'deployed', 'russia']],
  },
  {
    rule: 'attackTarget',
    text: "Les frappes russes sur l'Ukraine ont fait au moins 17 morts.",
    figures: [['au moins 17', 17, null, 'atLeast', 'killed', 'ukraine']],
  },
  {
    rule: 'attackerNotVictim',
    text: 'Les bombardements israéliens ont causé 60 décès dans la nuit.',
    figures: [['60', 60, 60, 'exact', 'killed', null]],
  },
  {
    rule: 'releasedCaptives',
    text: 'Au total, 75 soldats ukrainiens ont été libérés dimanche.',
    figures: [['75', 75, 75, 'exact', 'captured', 'ukraine']],
  },
  {
    rule: 'releasedCaptives',
    text: "Quelque 30 Russes ont été relâchés après l'accord.",
    figures: [['Quelque 30', 30, 30, 'approx', 'captured', 'russia']],
  },
  {
    rule: 'qualifierBefore',
    text: "Selon l'armée, + de 200 soldats ont été tués.",
    figures: [['+ de 200', 200, null, 'moreThan', 'killed', null]],
  },
  {
    rule: 'qualifierBefore',
    text: "Autour d'un millier de civils ont été blessés.",
    figures: [["Autour d'un millier", 1000, 1000, 'approx', 'wounded', null]],
  },
  {
    rule: 'nounOfPeople',
    text: 'Le bilan fait état de 40 morts ; 310 autres avaient été blessés.',
    figures: [
      ['40', 40, 40, 'exact', 'killed', null],
      ['310', 310, 310, 'exact', 'wounded', null],
    ],
  },
  {
    rule: 'countPronoun',
    text: "L'inondation a fait 96 morts, alors qu'on en comptait 71 quelques heures plus tôt.",
    figures: [
      ['96', 96, 96, 'exact', 'killed', null],
      ['71', 71, 71, 'exact', 'killed', null],
    ],
  },
  {
    rule: 'countPronoun',
    text: 'On dénombre 40 blessés ; hier soir il y en avait 25.',
    figures: [
      ['40', 40, 40, 'exact', 'wounded', null],
      ['25', 25, 25, 'exact', 'wounded', null],
    ],
  },
  {
    rule: 'countPronoun',
    text: "Au printemps, la mission française comptait encore 2 000 soldats ; il n'en reste aujourd'hui que 450.",
    figures: [
      ['2 000', 2000, 2000, 'exact', 'deployed', 'france'],
      ['450', 450, 450, 'exact', 'deployed', 'france'],
    ],
  },
  {
    rule: 'verbBefore',
    text: 'Au retour des prisonniers, il en manque 312.',
    figures: [['312', 312, 312, 'exact', 'missing', null]],
  },
  {
    rule: 'passageScene',
    text: 'Un séisme a frappé le nord du Maroc samedi. Au moins 30 personnes ont été tuées.',
    figures: [['Au moins 30', 30, null, 'atLeast', 'killed', 'morocco']],
  },
  {
    rule: 'amongTotal',
    text: 'Israël et le Liban ont échangé des tirs. Les frappes ont tué 30 Libanais. Parmi les morts figurent 12 femmes.',
    figures: [
      ['30', 30, 30, 'exact', 'killed', 'lebanon'],
      ['12', 12, 12, 'exact', 'killed', 'lebanon'],
    ],
  },
  {
    rule: 'healthAuthority',
    text: 'Les frappes ont fait 14 morts, selon le ministère libanais de la Santé.',
    figures: [['14', 14, 14, 'exact', 'killed', 'lebanon']],
  },
  {
    rule: 'hypotheticalNumber',
    text: 'Si les négociations échouent, 5 000 soldats seront envoyés à la frontière.',
    figures: [],
  },
  {
    rule: 'rejectedNumber',
    text: 'Au total, 3 100 soldats ont été tués, et non pas 30 000.',
    figures: [['3 100', 3100, 3100, 'exact', 'killed', null]],
  },
  { rule: 'naturalDeath', text: "L'épidémie a fait 300 morts.", figures: [] },
  {
    rule: 'naturalDeath',
    text: 'Les combats et le choléra ont tué 300 personnes.',
    figures: [['300', 300, 300, 'exact', 'killed', null]],
  },
  { rule: 'comparedAge', text: 'La plupart des soldats tués étaient plus jeunes que 25.', figures: [] },
  { rule: 'proportionBase', text: 'Sept sur dix soldats tués étaient des conscrits.', figures: [] },
  // the noun first, then its party: the next number with a party only shares the bound
  {
    rule: 'sharedQualifierNounFirst',
    text: 'Plus de 900 soldats russes et 300 ukrainiens ont été tués.',
    figures: [
      ['Plus de 900', 900, null, 'moreThan', 'killed', 'russia'],
      ['300', 300, null, 'moreThan', 'killed', 'ukraine'],
    ],
  },
  {
    rule: 'placeBelowCountry',
    text: 'Au moins 8 personnes ont été tuées dans une frappe sur Kharkiv, selon les secours.',
    party: 'civilians-ukraine',
  },
  {
    rule: 'placeBelowCountry',
    text: 'Alger – Un attentat a fait 4 morts samedi dans une caserne.',
    party: 'algeria',
  },
  { rule: 'placeBelowCountry', text: 'À Khartoum, 30 civils ont été tués.', party: 'civilians-sudan' },
  { rule: 'placeBelowCountry', text: 'À El-Fasher, 30 civils ont été tués.', party: 'civilians-sudan' },
  { rule: 'groupNoun', text: 'Une vingtaine de jihadistes ont été tués.', party: 'jihadists' },
];
