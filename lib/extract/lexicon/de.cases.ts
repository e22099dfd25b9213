import type { Case } from './cases';
import { DE_CHANGES } from './de-changes.cases';

/** German: sentences of ours, what is found in them, and the rule each pins (see cases.ts). */
export const DE_CASES: Case[] = [
  ...DE_CHANGES,
  // a particle at the end of the clause: "zieht ... ab", "zog ... zurück"
  {
    rule: 'particleVerb',
    text: 'Die Bundeswehr zieht ihre letzten 1.000 Soldaten aus Mali ab.',
    figures: [['1.000', 1000, 1000, 'exact', 'withdrawn', 'germany']],
  },
  {
    rule: 'particleVerb',
    text: 'Russland zog 300 Soldaten aus der Region zurück.',
    figures: [['300', 300, 300, 'exact', 'withdrawn', 'russia']],
  },
  {
    rule: 'particleVerb',
    text: 'Die Armee zieht 2.000 Soldaten an der Grenze zusammen.',
    figures: [['2.000', 2000, 2000, 'exact', 'deployed', null]],
  },
  { rule: 'antiCue', text: 'Im Jahr 2022 wurden 15 Soldaten befördert.', figures: [] },
  // text wrapped at a width: a line ending in a number goes on
  {
    rule: 'wrappedLine',
    text: 'Nach Angaben der Armee wurden mindestens 300\nSoldaten getötet.',
    figures: [['mindestens 300', 300, null, 'atLeast', 'killed', null]],
  },
  {
    rule: 'qualifierBefore',
    text: 'Mindestens 40 Soldaten wurden getötet.',
    figures: [['Mindestens 40', 40, null, 'atLeast', 'killed', null]],
  },
  {
    rule: 'partyInNounPhrase',
    text: 'Nach Angaben der Armee wurden 3.500 russische Soldaten verwundet.',
    figures: [['3.500', 3500, 3500, 'exact', 'wounded', 'russia']],
  },
  {
    rule: 'compoundNumbers',
    text: 'Bis zu zweitausend Soldaten sind dort stationiert.',
    figures: [['Bis zu zweitausend', null, 2000, 'atMost', 'deployed', null]],
  },
  { rule: 'antiCue', text: 'Mehr als 1,5 Millionen Menschen sind geflohen.', figures: [] },
  {
    rule: 'compoundNoun',
    text: 'Rund 250 Bundeswehrsoldaten kehrten zurück.',
    figures: [['Rund 250', 250, 250, 'approx', 'withdrawn', 'germany']],
  },
  {
    rule: 'yearOrDate',
    text: 'Am 12. März 2024 kamen drei Journalisten ums Leben.',
    figures: [['drei', 3, 3, 'exact', 'killed', null]],
  },
  { rule: 'articleAlone', text: 'Ein Soldat wurde verletzt.', figures: [] },
  {
    rule: 'population',
    text: 'Mindestens 300 Soldaten wurden getötet.',
    populations: [['Mindestens 300', 'military']],
  },
  {
    rule: 'population',
    text: 'Etwa 40 Zivilisten starben, darunter 12 Kinder.',
    populations: [
      ['Etwa 40', 'civilian'],
      ['12', 'civilian'],
    ],
  },
  { rule: 'population', text: 'Rund 30 Einwohner wurden verletzt.', populations: [['Rund 30', 'civilian']] },
  {
    rule: 'population',
    text: 'Mindestens 12 Soldaten und Zivilisten wurden verletzt.',
    populations: [['Mindestens 12', 'mixed']],
  },
  {
    rule: 'population',
    text: 'Rund 300 Bundeswehrsoldaten wurden verletzt.',
    populations: [['Rund 300', 'military']],
  },
  { rule: 'population', text: 'Mindestens 25 Menschen starben.', populations: [['Mindestens 25', null]] },
  {
    rule: 'partyInNounPhrase',
    givenOnly: true,
    text: 'Dabei wurden 12 afghanische Polizisten getötet.',
    party: 'afghanistan',
  },
  { rule: 'subjectParty', givenOnly: true, text: 'Die Türkei hat 3.000 Soldaten entsandt.', party: 'turkey' },
  {
    rule: 'placeNotParty',
    givenOnly: true,
    text: 'Der Iran hat 3.000 Soldaten nach Syrien entsandt.',
    party: 'iran',
  },
  { rule: 'nounOfPeople', givenOnly: true, text: 'Rund 500 Freiwillige halfen beim Aufräumen.', figures: [] },
  { rule: 'antiCue', givenOnly: true, text: '12 Soldaten wurden wegen Mordes angeklagt.', figures: [] },
  {
    rule: 'speakerNameCase',
    givenOnly: true,
    text: 'Laut der Armee wurden 30 Soldaten getötet.',
    claimedBy: 'Armee',
  },
  {
    rule: 'nameEndsAtFunctionWord',
    givenOnly: true,
    text: 'Laut dem Verteidigungsministerium der Ukraine wurden 300 Soldaten getötet.',
    claimedBy: 'Verteidigungsministerium der Ukraine',
  },
  {
    rule: 'countryParty',
    givenOnly: true,
    text: 'Mindestens 14 kolumbianische Soldaten wurden getötet.',
    party: 'colombia',
  },
  { rule: 'countryParty', givenOnly: true, text: 'Algerien hat 30 Soldaten verloren.', party: 'algeria' },
  {
    rule: 'range',
    givenOnly: true,
    text: 'Drei oder vier Soldaten wurden verletzt.',
    figures: [['Drei oder vier', 3, 4, 'range', 'wounded', null]],
  },
  {
    rule: 'placeOfEvents',
    givenOnly: true,
    text: 'In Sudan gehen die Kämpfe weiter. Ärzte sagen, 40 Menschen seien getötet worden.',
    party: 'sudan',
  },
  {
    rule: 'negatedBound',
    givenOnly: true,
    text: 'Es werden nie mehr als 650 Soldaten entsandt.',
    figures: [['mehr als 650', null, 650, 'atMost', 'deployed', null]],
  },
  {
    rule: 'hostagesHeld',
    givenOnly: true,
    text: 'Die Gruppe ließ 24 Geiseln frei.',
    figures: [['24', 24, 24, 'exact', 'captured', null]],
  },
  {
    rule: 'soldiersFrom',
    givenOnly: true,
    text: 'Die UNO setzt 500 Soldaten aus Nepal ein.',
    party: 'nepal',
  },
  {
    rule: 'changedCount',
    text: 'Die Zahl der Verletzten stieg über Nacht von 35 auf 72.',
    figures: [
      ['35', 35, 35, 'exact', 'wounded', null],
      ['72', 72, 72, 'exact', 'wounded', null],
    ],
  },
  {
    rule: 'halfOfScale',
    text: 'Fast eine halbe Million Soldaten wurden in dem Krieg verwundet.',
    figures: [['Fast eine halbe Million', null, 500000, 'nearly', 'wounded', null]],
  },
  {
    rule: 'compoundNumbers',
    text: 'Mehr als zweitausendsiebenhundert Soldaten sind dort stationiert.',
    figures: [['Mehr als zweitausendsiebenhundert', 2700, null, 'moreThan', 'deployed', null]],
  },
  {
    rule: 'compoundNumbers',
    text: 'Bei den Kämpfen wurden vierhundertsechzig Soldaten getötet.',
    figures: [['vierhundertsechzig', 460, 460, 'exact', 'killed', null]],
  },
  { rule: 'thingsNotPeople', text: 'An der Küste sind mehr als 150 Delfine verendet.', figures: [] },
  { rule: 'crowdNotTroops', text: 'Rund 3.000 Menschen versammelten sich vor dem Rathaus.', figures: [] },
  { rule: 'naturalDeath', text: 'Im Lager starben 40 Menschen an Cholera.', figures: [] },
  {
    rule: 'freedCaptives',
    text: 'Nach dem Austausch kehrten 75 ukrainische Soldaten aus russischer Gefangenschaft heim.',
    figures: [['75', 75, 75, 'exact', 'captured', 'ukraine']],
  },
  { rule: 'titleOfWork', text: 'Der Film „Tausend Tote“ lief 1990 in den Kinos.', figures: [] },
  {
    rule: 'listAfterColon',
    text: 'Verwundete nach Regionen: Osten — 210, Westen — 95.',
    figures: [
      ['210', 210, 210, 'exact', 'wounded', null],
      ['95', 95, 95, 'exact', 'wounded', null],
    ],
  },
  {
    rule: 'negatedBound',
    text: 'Nicht weniger als 90 Soldaten wurden verwundet.',
    figures: [['Nicht weniger als 90', 90, null, 'atLeast', 'wounded', null]],
  },
  {
    rule: 'linkBefore',
    text: 'Armee meldet Tod von vier Soldaten',
    figures: [['vier', 4, 4, 'exact', 'killed', null]],
  },
  {
    rule: 'subsetOfFigure',
    text: 'Mindestens 31 Menschen wurden getötet, darunter sechs Kinder und vier Frauen.',
    figures: [
      ['Mindestens 31', 31, null, 'atLeast', 'killed', null],
      ['sechs', 6, 6, 'exact', 'killed', null],
      ['vier', 4, 4, 'exact', 'killed', null],
    ],
  },
  {
    rule: 'subsetOfFigure',
    text: 'Unter den 23 Toten seien auch fünf Kinder.',
    figures: [
      ['23', 23, 23, 'exact', 'killed', null],
      ['fünf', 5, 5, 'exact', 'killed', null],
    ],
  },
  {
    rule: 'thingsNotPeople',
    text: 'Sechs Marschflugkörper trafen Kiew, verletzt wurden Anwohner.',
    figures: [],
  },
  // (given only: the sentence stop ends a sentence at "47." before a unit, as it does not before a month)
  {
    rule: 'unitAfter',
    text: 'Die 47. Brigade hat drei Soldaten verloren.',
    figures: [['drei', 3, 3, 'exact', 'casualties', null]],
    givenOnly: true,
  },
  {
    rule: 'scaleWords',
    text: 'Russland hat 1,2 Millionen Soldaten mobilisiert.',
    figures: [['1,2 Millionen', 1200000, 1200000, 'exact', 'deployed', 'russia']],
  },
  {
    rule: 'attackerNotVictim',
    text: 'Im Gazastreifen sind 80 Menschen durch israelische Luftangriffe ums Leben gekommen.',
    figures: [['80', 80, 80, 'exact', 'killed', 'palestinians']],
  },
  {
    rule: 'attackTarget',
    text: 'Bei russischen Raketenangriffen auf die Ukraine wurden 23 Menschen getötet.',
    figures: [['23', 23, 23, 'exact', 'killed', 'ukraine']],
  },
  {
    rule: 'releasedCaptives',
    text: 'Am Sonntag wurden 64 ukrainische Soldaten freigelassen.',
    figures: [['64', 64, 64, 'exact', 'captured', 'ukraine']],
  },
  {
    rule: 'releasedCaptives',
    text: 'Nach dem Abkommen sind 120 Russen freigekommen.',
    figures: [['120', 120, 120, 'exact', 'captured', 'russia']],
  },
  {
    rule: 'sharedQualifier',
    text: 'Mehr als 700 russische und 200 ukrainische Soldaten wurden getötet.',
    figures: [
      ['Mehr als 700', 700, null, 'moreThan', 'killed', 'russia'],
      ['200', 200, null, 'moreThan', 'killed', 'ukraine'],
    ],
  },
  {
    rule: 'cutCompound',
    text: 'Die Feuerwehr meldete rund 30 Schwer- und 80 Leichtverletzte.',
    figures: [
      ['rund 30', 30, 30, 'approx', 'wounded', null],
      ['80', 80, 80, 'approx', 'wounded', null],
    ],
  },
  {
    rule: 'cutCompound',
    text: 'Nach dem Unglück gab es 4 Schwer- und 25 Leichtverletzte.',
    figures: [
      ['4', 4, 4, 'exact', 'wounded', null],
      ['25', 25, 25, 'exact', 'wounded', null],
    ],
  },
  {
    rule: 'passageScene',
    text: 'Ein Erdbeben hat die Türkei erschüttert. Dabei kamen mindestens 27 Menschen ums Leben.',
    figures: [['mindestens 27', 27, null, 'atLeast', 'killed', 'turkey']],
  },
  {
    rule: 'amongTotal',
    text: 'Russland und die Ukraine meldeten neue Kämpfe. Dabei wurden 30 Ukrainer getötet. Unter den Toten sind 12 Frauen.',
    figures: [
      ['30', 30, 30, 'exact', 'killed', 'ukraine'],
      ['12', 12, 12, 'exact', 'killed', 'ukraine'],
    ],
  },
  {
    rule: 'healthAuthority',
    text: 'Bei Luftangriffen wurden nach Angaben des libanesischen Gesundheitsministeriums 14 Menschen getötet.',
    figures: [['14', 14, 14, 'exact', 'killed', 'lebanon']],
  },
  {
    rule: 'countryPeacekeepers',
    text: 'In Mali sind 900 deutsche Blauhelmsoldaten stationiert.',
    party: 'germany',
  },
  {
    rule: 'countryPeacekeepers',
    text: 'Zwei nepalesische Blauhelmsoldaten wurden bei dem Anschlag verletzt, teilte die UNO mit.',
    party: 'un-peacekeepers',
  },
  {
    rule: 'hypotheticalNumber',
    text: 'Wenn die Gespräche scheitern, werden 5.000 Soldaten an die Grenze geschickt.',
    figures: [],
  },
  {
    rule: 'rejectedNumber',
    text: 'Getötet wurden 3.100 Soldaten, nicht 30.000, wie der Gegner behauptet.',
    figures: [['3.100', 3100, 3100, 'exact', 'killed', null]],
  },
  { rule: 'naturalDeath', text: 'Bei der Epidemie starben 300 Menschen.', figures: [] },
  {
    rule: 'naturalDeath',
    text: 'Kämpfe und Cholera haben 300 Menschen getötet.',
    figures: [['300', 300, 300, 'exact', 'killed', null]],
  },
  { rule: 'comparedAge', text: 'Die meisten getöteten Soldaten waren jünger als 25.', figures: [] },
  { rule: 'proportionBase', text: 'Sieben von zehn getöteten Soldaten waren Wehrpflichtige.', figures: [] },
  // a verb of release split from its particle "frei", before or after the numbers, across a list
  {
    rule: 'releaseParticle',
    text: 'Bei dem Austausch kamen 230 Ukrainer und 248 Russen frei.',
    figures: [
      ['230', 230, 230, 'exact', 'captured', 'ukraine'],
      ['248', 248, 248, 'exact', 'captured', 'russia'],
    ],
  },
  {
    rule: 'releaseParticle',
    text: 'Nach langen Verhandlungen kamen 140 Ukrainer und 60 Russen am Sonntag frei.',
    figures: [
      ['140', 140, 140, 'exact', 'captured', 'ukraine'],
      ['60', 60, 60, 'exact', 'captured', 'russia'],
    ],
  },
  {
    rule: 'releaseParticle',
    text: 'Russland ließ 120 Ukrainer frei.',
    figures: [['120', 120, 120, 'exact', 'captured', 'ukraine']],
  },
  {
    rule: 'releaseParticle',
    text: '75 Ukrainer und 75 Russen kamen im Austausch frei.',
    figures: [
      ['75', 75, 75, 'exact', 'captured', 'ukraine'],
      ['75', 75, 75, 'exact', 'captured', 'russia'],
    ],
  },
  { rule: 'releaseParticle', text: 'Der Zugang für 200 Journalisten ist frei.', figures: [] },
  { rule: 'releaseParticle', text: 'Im Stadion blieben 300 Plätze frei.', figures: [] },
  {
    rule: 'placeBelowCountry',
    text: 'Bei einem Angriff auf ein Wohnhaus in Charkiw sind mindestens 6 Menschen getötet worden.',
    party: 'civilians-ukraine',
  },
  { rule: 'placeBelowCountry', text: 'In Darfur wurden 40 Menschen getötet.', party: 'civilians-sudan' },
  {
    rule: 'soldiersAbroad',
    text: 'Die Verluste nordkoreanischer Soldaten in Kursk stiegen auf 4000 Tote und Verletzte.',
    party: 'north-korea',
  },
  { rule: 'groupNoun', text: 'Bei dem Angriff wurden 30 Rebellen getötet.', party: 'rebels' },
  {
    rule: 'datelineScene',
    text: 'KABUL (dpa) - Bei einem Anschlag wurden 7 Menschen getötet.',
    party: 'afghanistan',
  },
];
