import type { Case } from './cases';
import { ES_CHANGES } from './es-changes.cases';
import { ES_REPORTS } from './es-reports.cases';

/** Spanish: sentences of ours, what is found in them, and the rule each pins (see cases.ts). */
export const ES_CASES: Case[] = [
  ...ES_CHANGES,
  ...ES_REPORTS,
  {
    rule: 'partyNextToCue',
    text: 'Al menos 45 soldados rusos murieron en el ataque.',
    figures: [['Al menos 45', 45, null, 'atLeast', 'killed', 'russia']],
  },
  {
    rule: 'cueAfter',
    text: 'El ministerio informó de 1.200 muertos y más de 3.000 heridos.',
    figures: [
      ['1.200', 1200, 1200, 'exact', 'killed', null],
      ['más de 3.000', 3000, null, 'moreThan', 'wounded', null],
    ],
  },
  {
    rule: 'numberWords',
    text: 'Unos dos mil soldados fueron desplegados en la frontera.',
    figures: [['Unos dos mil', 2000, 2000, 'approx', 'deployed', null]],
  },
  {
    rule: 'vagueAmount',
    text: 'Decenas de civiles resultaron heridos.',
    figures: [['Decenas', 24, 99, 'vague', 'wounded', null]],
  },
  {
    rule: 'aboutOne',
    text: 'Una treintena de soldados murieron en el ataque.',
    figures: [['Una treintena', 30, 30, 'approx', 'killed', null]],
  },
  {
    rule: 'groupAfterOf',
    text: 'Israel afirma haber matado a unos 17.000 combatientes de Hamás.',
    figures: [['unos 17.000', 17000, 17000, 'approx', 'killed', 'hamas']],
  },
  {
    rule: 'aboutOne',
    text: 'Más de un centenar de civiles resultaron heridos.',
    figures: [['Más de un centenar', 100, null, 'moreThan', 'wounded', null]],
  },
  {
    rule: 'verbBefore',
    text: 'España retirará sus 600 soldados de Irak.',
    figures: [['600', 600, 600, 'exact', 'withdrawn', 'spain']],
  },
  {
    rule: 'yearOrDate',
    text: 'El 5 de mayo de 2022 llegaron 30 camiones con 200 toneladas de ayuda.',
    figures: [],
  },
  { rule: 'articleAlone', text: 'Un soldado murió en el accidente.', figures: [] },
  {
    rule: 'population',
    text: 'Al menos 300 soldados murieron.',
    populations: [['Al menos 300', 'military']],
  },
  {
    rule: 'population',
    text: 'Unos 40 civiles murieron en el ataque.',
    populations: [['Unos 40', 'civilian']],
  },
  {
    rule: 'population',
    text: 'Al menos 30 habitantes resultaron heridos.',
    populations: [['Al menos 30', 'civilian']],
  },
  {
    rule: 'population',
    text: 'Al menos 12 soldados y civiles resultaron heridos.',
    populations: [['Al menos 12', 'mixed']],
  },
  { rule: 'population', text: 'Unos 20 combatientes murieron.', populations: [['Unos 20', 'military']] },
  { rule: 'population', text: 'Al menos 25 personas murieron.', populations: [['Al menos 25', null]] },
  {
    rule: 'partyInPredicate',
    givenOnly: true,
    text: 'La coalición tuvo 300 bajas, de las cuales 250 fueron estadounidenses.',
    party: 'us',
  },
  {
    rule: 'groupAfterOf',
    givenOnly: true,
    text: 'Israel afirma haber matado a unos 17.000 combatientes de Hamás.',
    party: 'hamas',
  },
  {
    rule: 'demonymAfterNoun',
    givenOnly: true,
    text: 'Unos 3.000 soldados turcos cruzaron la frontera.',
    party: 'turkey',
  },
  {
    rule: 'nounOfPeople',
    givenOnly: true,
    text: 'Más de 200 voluntarios ayudaron a limpiar la playa.',
    figures: [],
  },
  { rule: 'thingsLost', givenOnly: true, text: 'El equipo ganó 3 partidos y perdió 2.', figures: [] },
  { rule: 'antiCue', givenOnly: true, text: 'Unos 12 soldados fueron acusados de asesinato.', figures: [] },
  {
    rule: 'according',
    givenOnly: true,
    text: 'Según el ejército, 50 soldados fueron capturados.',
    claimedBy: 'el ejército',
  },
  {
    rule: 'according',
    givenOnly: true,
    text: 'Según el Ministerio de Sanidad de Gaza, 40 personas murieron.',
    claimedBy: 'el Ministerio de Sanidad de Gaza',
  },
  {
    rule: 'demonymAfterNoun',
    text: 'Al menos 45 soldados rusos que combatían en la región murieron.',
    figures: [['Al menos 45', 45, null, 'atLeast', 'killed', 'russia']],
  },
  {
    rule: 'nameEndsAtFunctionWord',
    givenOnly: true,
    text: 'Según el Ejército y la Policía 300 soldados murieron.',
    claimedBy: 'el Ejército',
  },
  {
    rule: 'participleThenVerb',
    text: 'Unos 300 soldados enviados a Kursk han muerto.',
    figures: [['Unos 300', 300, 300, 'approx', 'killed', null]],
  },
  {
    rule: 'countryParty',
    givenOnly: true,
    text: 'Al menos 14 soldados peruanos murieron en la emboscada.',
    party: 'peru',
  },
  {
    rule: 'countryParty',
    givenOnly: true,
    text: 'Marruecos envió 300 soldados a la frontera.',
    party: 'morocco',
  },
  {
    rule: 'range',
    givenOnly: true,
    text: 'Siete u ocho policías murieron en el ataque.',
    figures: [['Siete u ocho', 7, 8, 'range', 'killed', null]],
  },
  {
    rule: 'aboutOne',
    givenOnly: true,
    text: 'Medio millar de civiles resultaron heridos.',
    figures: [['Medio millar', 500, 500, 'approx', 'wounded', null]],
  },
  {
    rule: 'placeOfEvents',
    givenOnly: true,
    text: 'Los combates siguen en Sudán. Según los médicos, murieron 40 personas.',
    party: 'sudan',
  },
  {
    rule: 'negatedBound',
    givenOnly: true,
    text: 'El contingente no será de más de 650 soldados.',
    figures: [['más de 650', null, 650, 'atMost', 'deployed', null]],
  },
  {
    rule: 'hostagesHeld',
    givenOnly: true,
    text: 'El grupo liberó a 24 rehenes.',
    figures: [['24', 24, 24, 'exact', 'captured', null]],
  },
  {
    rule: 'mixedNumber',
    givenOnly: true,
    text: 'La guerra dejó 371 mil 222 muertos.',
    figures: [['371 mil 222', 371222, 371222, 'exact', 'killed', null]],
  },
  {
    rule: 'mixedNumber',
    givenOnly: true,
    text: 'Fueron enviados mil 300 soldados.',
    figures: [['mil 300', 1300, 1300, 'exact', 'deployed', null]],
  },
  {
    rule: 'elidedNoun',
    givenOnly: true,
    text: 'Unos 40.000 surcoreanos y 5.000 soldados estadounidenses están desplegados.',
    figures: [
      ['Unos 40.000', 40000, 40000, 'approx', 'deployed', 'south-korea'],
      ['5.000', 5000, 5000, 'approx', 'deployed', 'us'],
    ],
  },
  {
    rule: 'changedCount',
    text: 'El ejército redujo su contingente de 2.400 a 1.100 soldados.',
    figures: [
      ['2.400', 2400, 2400, 'exact', 'deployed', null],
      ['1.100', 1100, 1100, 'exact', 'deployed', null],
    ],
  },
  {
    rule: 'halfOfScale',
    text: 'Cerca de medio millón de civiles murieron durante la guerra.',
    figures: [['Cerca de medio millón', null, 500000, 'nearly', 'killed', null]],
  },
  { rule: 'thingsNotPeople', text: 'Más de 300 ovejas murieron por el frío.', figures: [] },
  { rule: 'naturalDeath', text: 'Al menos 80 personas murieron de dengue este año.', figures: [] },
  {
    rule: 'fractionOfScale',
    text: 'Un cuarto de millón de soldados fueron heridos en la guerra.',
    figures: [['Un cuarto de millón', 250000, 250000, 'exact', 'wounded', null]],
  },
  {
    rule: 'freedCaptives',
    text: 'Con el canje regresaron a casa 48 soldados ucranianos.',
    figures: [['48', 48, 48, 'exact', 'captured', 'ukraine']],
  },
  { rule: 'titleOfWork', text: 'Rodó la película «Mil muertos en la frontera» en 1970.', figures: [] },
  {
    rule: 'listAfterColon',
    text: 'Heridos por provincia: norte, 140; sur, 35.',
    figures: [
      ['140', 140, 140, 'exact', 'wounded', null],
      ['35', 35, 35, 'exact', 'wounded', null],
    ],
  },
  {
    rule: 'negatedBound',
    text: 'Según el ejército, el número de soldados muertos no supera los 25.',
    figures: [['supera los 25', null, 25, 'atMost', 'killed', null]],
  },
  {
    rule: 'negatedBound',
    text: 'No menos de 90 soldados resultaron heridos.',
    figures: [['No menos de 90', 90, null, 'atLeast', 'wounded', null]],
  },
  {
    rule: 'newLevel',
    text: 'El número de muertos aumentó hasta 87 durante la noche.',
    figures: [['87', 87, 87, 'exact', 'killed', null]],
  },
  {
    rule: 'attackerNotVictim',
    text: 'Los ataques rusos dejaron 40 heridos en la noche del lunes.',
    figures: [['40', 40, 40, 'exact', 'wounded', null]],
  },
  {
    rule: 'attackTarget',
    text: 'Los bombardeos israelíes sobre el Líbano causaron 52 muertos.',
    figures: [['52', 52, 52, 'exact', 'killed', 'lebanon']],
  },
  {
    rule: 'releasedCaptives',
    text: 'Kiev confirmó que 88 ucranianos fueron liberados tras el canje.',
    figures: [['88', 88, 88, 'exact', 'captured', 'ukraine']],
  },
  {
    rule: 'releasedCaptives',
    text: 'Unos 40 soldados rusos fueron repatriados el martes.',
    figures: [['Unos 40', 40, 40, 'approx', 'captured', 'russia']],
  },
  {
    rule: 'passageScene',
    text: 'Una bomba estalló en la capital afgana. Murieron al menos 15 personas.',
    figures: [['al menos 15', 15, null, 'atLeast', 'killed', 'afghanistan']],
  },
  {
    rule: 'amongTotal',
    text: 'Israel y el Líbano intercambiaron fuego. Murieron 30 libaneses. Entre los fallecidos hay 12 mujeres.',
    figures: [
      ['30', 30, 30, 'exact', 'killed', 'lebanon'],
      ['12', 12, 12, 'exact', 'killed', 'lebanon'],
    ],
  },
  {
    rule: 'healthAuthority',
    text: 'Los bombardeos mataron a 14 personas, según el Ministerio de Sanidad libanés.',
    figures: [['14', 14, 14, 'exact', 'killed', 'lebanon']],
  },
  {
    rule: 'hypotheticalNumber',
    text: 'Si fracasan las negociaciones, serán enviados 5.000 soldados a la frontera.',
    figures: [],
  },
  {
    rule: 'rejectedNumber',
    text: 'Murieron 3.100 soldados, no 30.000 como dice el enemigo.',
    figures: [['3.100', 3100, 3100, 'exact', 'killed', null]],
  },
  { rule: 'naturalDeath', text: 'Durante la epidemia murieron 300 personas.', figures: [] },
  {
    rule: 'naturalDeath',
    text: 'Los combates y el cólera mataron a 300 personas.',
    figures: [['300', 300, 300, 'exact', 'killed', null]],
  },
  { rule: 'comparedAge', text: 'La mayoría de los soldados muertos eran más jóvenes que 25.', figures: [] },
  // the noun first, then its party: the next number with a party only shares the bound
  {
    rule: 'sharedQualifierNounFirst',
    text: 'Murieron más de 900 soldados rusos y 300 ucranianos en la ofensiva.',
    figures: [
      ['más de 900', 900, null, 'moreThan', 'killed', 'russia'],
      ['300', 300, null, 'moreThan', 'killed', 'ukraine'],
    ],
  },
  {
    rule: 'sharedQualifierNounFirst',
    text: 'Unos 40 civiles palestinos y 12 israelíes resultaron heridos.',
    figures: [
      ['Unos 40', 40, 40, 'approx', 'wounded', 'palestinians'],
      ['12', 12, 12, 'approx', 'wounded', 'israel'],
    ],
  },
  {
    rule: 'placeBelowCountry',
    text: 'En Jersón murieron 5 personas tras un bombardeo.',
    party: 'civilians-ukraine',
  },
  {
    rule: 'placeBelowCountry',
    text: 'BOGOTÁ.– Un ataque con explosivos dejó tres soldados muertos en una zona rural.',
    party: 'colombia',
  },
  {
    rule: 'towardPlace',
    text: 'GUERRA EN SUDÁN: Un convoy huía rumbo a Yibuti. Murieron 12 personas en el camino.',
    party: 'sudan',
  },
  { rule: 'groupNoun', text: 'Murieron 15 rebeldes en los combates.', party: 'rebels' },
  {
    rule: 'eitherOutcome',
    text: 'Al menos 17 soldados murieron o resultaron heridos en la emboscada.',
    figures: [['Al menos 17', 17, null, 'atLeast', 'casualties', null]],
  },
  {
    rule: 'eitherOutcome',
    text: 'Unos 300 civiles fallecieron o resultaron heridos durante los bombardeos.',
    figures: [['Unos 300', 300, 300, 'approx', 'casualties', null]],
  },
];
