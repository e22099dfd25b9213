import type { Case } from './cases';
import { UK_CHANGES } from './uk-changes.cases';

/** Ukrainian: sentences of ours, what is found in them, and the rule each pins (see cases.ts). */
export const UK_CASES: Case[] = [
  ...UK_CHANGES,
  {
    rule: 'aboutOne',
    text: 'Понад сотню російських військових було знищено.',
    figures: [['Понад сотню', 100, null, 'moreThan', 'killed', 'russia']],
  },
  {
    rule: 'aboutOne',
    text: 'Загинули близько десятка цивільних.',
    figures: [['близько десятка', 10, 10, 'approx', 'killed', null]],
  },
  {
    rule: 'qualifierBefore',
    text: 'Від початку року загинули понад 900 російських військових.',
    figures: [['понад 900', 900, null, 'moreThan', 'killed', 'russia']],
  },
  {
    rule: 'cueAfter',
    text: 'Щонайменше 12 людей загинули, ще 30 дістали поранення.',
    figures: [
      ['Щонайменше 12', 12, null, 'atLeast', 'killed', null],
      ['30', 30, 30, 'exact', 'wounded', null],
    ],
  },
  {
    rule: 'scaleWords',
    text: 'На фронті перебуває близько 4,7 тисячі бійців.',
    figures: [['близько 4,7 тисячі', 4700, 4700, 'approx', 'deployed', null]],
  },
  {
    rule: 'numberWords',
    text: "П'ять військовослужбовців зникли безвісти.",
    figures: [["П'ять", 5, 5, 'exact', 'missing', null]],
  },
  {
    rule: 'thingsNotPeople',
    text: 'Внаслідок удару пошкоджено 7 приватних будинків і 3 автомобілі.',
    figures: [],
  },
  {
    rule: 'linkBefore',
    text: 'Кількість загиблих зросла до 9 осіб, ще 21 поранені.',
    figures: [
      ['9', 9, 9, 'exact', 'killed', null],
      ['21', 21, 21, 'exact', 'wounded', null],
    ],
  },
  {
    rule: 'cueBeforeBeingVerb',
    text: 'У полоні перебувають понад 3 тисячі росіян.',
    figures: [['понад 3 тисячі', 3000, null, 'moreThan', 'captured', 'russia']],
  },
  {
    rule: 'population',
    text: 'Загинули щонайменше 300 військових.',
    populations: [['щонайменше 300', 'military']],
  },
  { rule: 'population', text: 'Загинули 40 мирних жителів.', populations: [['40', 'civilian']] },
  { rule: 'population', text: 'Поранено 12 військових і цивільних.', populations: [['12', 'mixed']] },
  { rule: 'population', text: 'Загинули 30 дітей.', populations: [['30', 'civilian']] },
  { rule: 'population', text: 'Знищено 20 бойовиків.', populations: [['20', 'military']] },
  { rule: 'population', text: 'Загинули 25 людей.', populations: [['25', null]] },
  {
    rule: 'partyInNounPhrase',
    givenOnly: true,
    text: 'Серед 90 загиблих українських цивільних є діти.',
    party: 'civilians-ukraine',
  },
  {
    rule: 'partyInNounPhrase',
    givenOnly: true,
    text: 'Близько 3000 турецьких військових перетнули кордон.',
    party: 'turkey',
  },
  { rule: 'antiCue', givenOnly: true, text: '12 військових були засуджені за вбивство.', figures: [] },
  { rule: 'countryParty', givenOnly: true, text: 'Колумбія втратила 12 військових.', party: 'colombia' },
  { rule: 'countryParty', givenOnly: true, text: 'Армія Судану втратила 40 військових.', party: 'sudan' },
  {
    rule: 'numberWords',
    givenOnly: true,
    text: 'Унаслідок обстрілу загинули троє військових.',
    figures: [['троє', 3, 3, 'exact', 'killed', null]],
  },
  {
    rule: 'placeOfEvents',
    givenOnly: true,
    text: 'У Судані тривають бої. За словами лікарів, загинули 40 людей.',
    party: 'sudan',
  },
  {
    rule: 'negatedBound',
    givenOnly: true,
    text: 'Контингент не перевищить 650 військових.',
    figures: [['перевищить 650', null, 650, 'atMost', 'deployed', null]],
  },
  {
    rule: 'hostagesHeld',
    givenOnly: true,
    text: 'Угруповання звільнило 24 заручників.',
    figures: [['24', 24, 24, 'exact', 'captured', null]],
  },
  {
    rule: 'mixedNumber',
    givenOnly: true,
    text: 'Загинули 3 тисячі 354 військових.',
    figures: [['3 тисячі 354', 3354, 3354, 'exact', 'killed', null]],
  },
  {
    rule: 'soldiersFrom',
    givenOnly: true,
    text: 'У місіях ООН задіяні 44 миротворці з України.',
    party: 'ukraine',
  },
  {
    rule: 'changedCount',
    text: 'Кількість поранених за ніч зросла з 17 до 44.',
    figures: [
      ['17', 17, 17, 'exact', 'wounded', null],
      ['44', 44, 44, 'exact', 'wounded', null],
    ],
  },
  {
    rule: 'newLevel',
    text: 'Кількість загиблих унаслідок удару збільшилася до 63.',
    figures: [['63', 63, 63, 'exact', 'killed', null]],
  },
  {
    rule: 'newLevel',
    text: 'Під час атаки загинули до 90 окупантів.',
    figures: [['до 90', null, 90, 'atMost', 'killed', 'russia']],
  },
  {
    rule: 'halfOfScale',
    text: 'За рік війни загинули майже пів мільйона окупантів.',
    figures: [['майже пів мільйона', null, 500000, 'nearly', 'killed', 'russia']],
  },
  {
    rule: 'oneAndHalf',
    text: 'Під час наступу були поранені півтори тисячі бійців.',
    figures: [['півтори тисячі', 1500, 1500, 'exact', 'wounded', null]],
  },
  {
    rule: 'oneAndHalf',
    text: 'Унаслідок удару загинули півтора десятка цивільних.',
    figures: [['півтора десятка', 15, 15, 'approx', 'killed', null]],
  },
  { rule: 'thingsNotPeople', text: 'На узбережжі загинули понад 100 дельфінів.', figures: [] },
  { rule: 'naturalDeath', text: 'У таборі від холери померли 50 людей.', figures: [] },
  {
    rule: 'fractionOfScale',
    text: 'Загалом були поранені близько чверті мільйона військових.',
    figures: [['близько чверті мільйона', 250000, 250000, 'approx', 'wounded', null]],
  },
  {
    rule: 'freedCaptives',
    text: 'Після обміну з полону додому повернулися 64 українських військових.',
    figures: [['64', 64, 64, 'exact', 'captured', 'ukraine']],
  },
  { rule: 'titleOfWork', text: 'Режисер зняв фільм «Тисяча загиблих» у 2001 році.', figures: [] },
  {
    rule: 'listAfterColon',
    text: 'Поранені за областями: північ — 140, південь — 35.',
    figures: [
      ['140', 140, 140, 'exact', 'wounded', null],
      ['35', 35, 35, 'exact', 'wounded', null],
    ],
  },
  {
    rule: 'linkBefore',
    text: 'Армія повідомила про загибель чотирьох військових',
    figures: [['чотирьох', 4, 4, 'exact', 'killed', null]],
  },
  {
    rule: 'subsetOfFigure',
    text: 'Загинули 30 людей, серед них девʼятеро дітей і чотири жінки.',
    figures: [
      ['30', 30, 30, 'exact', 'killed', null],
      ['девʼятеро', 9, 9, 'exact', 'killed', null],
      ['чотири', 4, 4, 'exact', 'killed', null],
    ],
  },
  {
    rule: 'subsetOfFigure',
    text: 'Загинули 20 людей, серед них 12 нацгвардійців.',
    figures: [
      ['20', 20, 20, 'exact', 'killed', null],
      ['12', 12, 12, 'exact', 'killed', null],
    ],
  },
  {
    rule: 'unitAfter',
    text: '47-ма бригада відбила атаку, загинули троє.',
    figures: [['троє', 3, 3, 'exact', 'killed', null]],
  },
  {
    rule: 'thingsNotPeople',
    text: 'Росія випустила шість крилатих ракет, поранено трьох жителів.',
    figures: [['трьох', 3, 3, 'exact', 'wounded', null]],
  },
  {
    rule: 'scaleWords',
    text: 'Росія розгорнула 1,3 млн військовослужбовців.',
    figures: [['1,3 млн', 1300000, 1300000, 'exact', 'deployed', 'russia']],
  },
  {
    rule: 'attackTarget',
    text: 'Унаслідок удару по Україні загинули 7 людей.',
    figures: [['7', 7, 7, 'exact', 'killed', 'ukraine']],
  },
  {
    rule: 'attackerNotVictim',
    text: 'Через російський обстріл поранено 19 людей.',
    figures: [['19', 19, 19, 'exact', 'wounded', null]],
  },
  {
    rule: 'releasedCaptives',
    text: 'У неділю 95 українських військових звільнені з полону.',
    figures: [['95', 95, 95, 'exact', 'captured', 'ukraine']],
  },
  {
    rule: 'passageScene',
    text: 'Землетрус стався на півночі Туреччини. Загинули щонайменше 27 людей.',
    figures: [['щонайменше 27', 27, null, 'atLeast', 'killed', 'turkey']],
  },
  {
    rule: 'amongTotal',
    text: 'Росія та Україна повідомили про нові бої. Загинули 30 українців, повідомила влада. Серед загиблих 12 жінок.',
    figures: [
      ['30', 30, 30, 'exact', 'killed', 'ukraine'],
      ['12', 12, 12, 'exact', 'killed', 'ukraine'],
    ],
  },
  {
    rule: 'healthAuthority',
    text: 'Унаслідок ударів загинули 14 людей, повідомило МОЗ Лівану.',
    figures: [['14', 14, 14, 'exact', 'killed', 'lebanon']],
  },
  { rule: 'countryPeacekeepers', text: 'У Косові служать 120 українських миротворців.', party: 'ukraine' },
  {
    rule: 'countryPeacekeepers',
    text: 'У місії ООН у Конго служать 120 українських миротворців.',
    party: 'un-peacekeepers',
  },
  {
    rule: 'ownArmy',
    text: 'Ізраїльська армія повідомила, що кількість загиблих військових у Газі зросла до 101.',
    party: 'israel',
  },
  {
    rule: 'ownArmy',
    text: 'Британська армія повідомила, що кількість поранених військових в Іраку зросла до 40.',
    party: 'uk',
  },
  {
    rule: 'hypotheticalNumber',
    text: 'Якщо переговори зірвуться, до кордону будуть відправлені 5000 військових.',
    figures: [],
  },
  {
    rule: 'rejectedNumber',
    text: 'Загинули 3100 військових, а не 30 тисяч, як бреше ворог.',
    figures: [['3100', 3100, 3100, 'exact', 'killed', null]],
  },
  {
    rule: 'rejectedNumber',
    text: 'Загинули не менше 300 військових.',
    figures: [['не менше 300', 300, null, 'atLeast', 'killed', null]],
  },
  { rule: 'naturalDeath', text: 'Під час епідемії померли 300 людей.', figures: [] },
  {
    rule: 'naturalDeath',
    text: 'Від боїв і холери загинули 300 людей.',
    figures: [['300', 300, 300, 'exact', 'killed', null]],
  },
  { rule: 'comparedAge', text: 'Більшість загиблих військових були молодші 25.', figures: [] },
  { rule: 'proportionBase', text: 'Семеро з десяти загиблих військових були призовниками.', figures: [] },
  // a contingent is soldiers: its new level after a verb of change, its strength after a verb of number
  {
    rule: 'troopLevel',
    text: 'Німеччина скоротила контингент у Малі до 900 осіб.',
    figures: [['900', 900, 900, 'exact', 'deployed', 'germany']],
  },
  {
    rule: 'troopsNumbering',
    text: 'Франція виведе контингент чисельністю 2400 осіб.',
    figures: [['2400', 2400, 2400, 'exact', 'withdrawn', 'france']],
  },
  {
    rule: 'troopsNumbering',
    text: 'Український контингент у Косові налічує близько 250 осіб.',
    figures: [['близько 250', 250, 250, 'approx', 'deployed', 'ukraine']],
  },
  { rule: 'troopsNumbering', text: 'Місто налічує 4000 мешканців.', figures: [] },
  {
    rule: 'placeBelowCountry',
    text: 'Унаслідок удару по Дніпру загинули 5 людей.',
    party: 'civilians-ukraine',
  },
  {
    rule: 'placeBelowCountry',
    text: 'Унаслідок обстрілу на Харківщині загинули 2 людини.',
    party: 'civilians-ukraine',
  },
  {
    rule: 'soldiersAbroad',
    text: 'Втрати північнокорейських військ у Курській області сягнули 3000 убитими та пораненими.',
    party: 'north-korea',
  },
  { rule: 'groupNoun', text: 'Під час бою ліквідовано 25 бойовиків.', party: 'militants' },
  { rule: 'subjectParty', text: 'За минулу добу ворог втратив 1100 солдатів.', party: 'russia' },
  { rule: 'partyInNounPhrase', text: 'Втрати противника за добу склали 980 осіб.', party: 'russia' },
  { rule: 'subjectParty', text: 'Загарбники втратили близько 40 тисяч військових.', party: 'russia' },
  {
    rule: 'speakerVictims',
    text: 'Україна заявляє, що Росія вбила 14 цивільних.',
    party: 'civilians-ukraine',
  },
  {
    rule: 'speakerVictims',
    text: 'Україна заявляє, що за тиждень росіяни втратили 900 військових.',
    party: 'russia',
  },
];
