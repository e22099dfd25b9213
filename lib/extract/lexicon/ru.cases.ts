import type { Case } from './cases';
import { RU_CHANGES } from './ru-changes.cases';
import { RU_REPORTS } from './ru-reports.cases';

/** Russian: sentences of ours, what is found in them, and the rule each pins (see cases.ts). */
export const RU_CASES: Case[] = [
  ...RU_CHANGES,
  ...RU_REPORTS,
  // "сотни" alone is hundreds; after a qualifier, a hundred
  {
    rule: 'aboutOne',
    text: 'Более сотни российских военных были убиты.',
    figures: [['Более сотни', 100, null, 'moreThan', 'killed', 'russia']],
  },
  {
    rule: 'vagueAmount',
    text: 'Сотни военных погибли.',
    figures: [['Сотни', 200, 999, 'vague', 'killed', null]],
  },
  // times and spans of time are no counts: "в 5 утра", "за 3 дня"
  {
    rule: 'unitAfter',
    text: '24 февраля в 5 утра погибли 7 военных.',
    figures: [['7', 7, 7, 'exact', 'killed', null]],
  },
  // "об уничтожении до 400": the destruction of soldiers is their death
  {
    rule: 'clauseCue',
    text: 'Минобороны России сообщило об уничтожении до 400 украинских военнослужащих.',
    figures: [['до 400', null, 400, 'atMost', 'killed', 'ukraine']],
  },
  {
    rule: 'aboutOne',
    text: 'В результате удара погибли около десятка военных.',
    figures: [['около десятка', 10, 10, 'approx', 'killed', null]],
  },
  {
    rule: 'thingsNotPeople',
    text: 'Уничтожено 5 танков и до 300 военнослужащих.',
    figures: [['до 300', null, 300, 'atMost', 'killed', null]],
  },
  {
    rule: 'scaleWords',
    text: 'По данным штаба, около 12 тысяч российских военных были убиты.',
    figures: [['около 12 тысяч', 12000, 12000, 'approx', 'killed', 'russia']],
  },
  {
    rule: 'scaleWords',
    text: 'Армия потеряла почти 3,4 тыс. военных убитыми и около 9 тыс. — ранеными.',
    figures: [
      ['почти 3,4 тыс.', null, 3400, 'nearly', 'killed', null],
      ['около 9 тыс.', 9000, 9000, 'approx', 'wounded', null],
    ],
  },
  {
    rule: 'scaleWords',
    text: 'В районе находится до 25 тыс. военнослужащих.',
    figures: [['до 25 тыс.', null, 25000, 'atMost', 'deployed', null]],
  },
  {
    rule: 'cueAfter',
    text: 'В результате обстрела погибли 5 мирных жителей, еще 14 человек ранены.',
    figures: [
      ['5', 5, 5, 'exact', 'killed', null],
      ['14', 14, 14, 'exact', 'wounded', null],
    ],
  },
  {
    rule: 'numberWords',
    text: 'Более двух тысяч солдат попали в плен.',
    figures: [['Более двух тысяч', 2000, null, 'moreThan', 'captured', null]],
  },
  {
    rule: 'linkBefore',
    text: 'Число погибших достигло 1.250 человек.',
    figures: [['1.250', 1250, 1250, 'exact', 'killed', null]],
  },
  { rule: 'thingsNotPeople', text: 'В 2023 году в городе построили 40 домов за 3 млн рублей.', figures: [] },
  {
    rule: 'linkBefore',
    text: 'Число жертв возросло до 52 человек.',
    figures: [['52', 52, 52, 'exact', 'killed', null]],
  },
  { rule: 'population', text: 'Погибли не менее 300 военных.', populations: [['не менее 300', 'military']] },
  { rule: 'population', text: 'Погибли 40 мирных жителей.', populations: [['40', 'civilian']] },
  { rule: 'population', text: 'Ранены 12 военных и мирных жителей.', populations: [['12', 'mixed']] },
  { rule: 'population', text: 'Погибли 30 детей.', populations: [['30', 'civilian']] },
  { rule: 'population', text: 'Уничтожены 20 боевиков.', populations: [['20', 'military']] },
  { rule: 'population', text: 'Погибли 25 человек.', populations: [['25', null]] },
  {
    rule: 'partyInNounPhrase',
    givenOnly: true,
    text: 'Установлены личности 40 погибших российских военных.',
    party: 'russia',
  },
  {
    rule: 'partyInNounPhrase',
    givenOnly: true,
    text: 'Около 3000 турецких военных пересекли границу.',
    party: 'turkey',
  },
  { rule: 'antiCue', givenOnly: true, text: '12 военных были награждены орденами.', figures: [] },
  { rule: 'antiCue', givenOnly: true, text: '12 военных были осуждены за убийство.', figures: [] },
  {
    rule: 'speakerNameCase',
    givenOnly: true,
    text: 'По данным Генштаба, погибли 20 военных.',
    claimedBy: 'Генштаб',
  },
  {
    rule: 'saidVerb',
    givenOnly: true,
    text: 'Минобороны России сообщило об уничтожении до 400 военных.',
    claimedBy: 'Минобороны России',
  },
  {
    rule: 'joinedAcrossAside',
    text: 'Погибли 300 военных (по другим оценкам — до 500).',
    figures: [
      ['300', 300, 300, 'exact', 'killed', null],
      ['до 500', null, 500, 'atMost', 'killed', null],
    ],
  },
  { rule: 'countryParty', givenOnly: true, text: 'Колумбия потеряла 12 военных.', party: 'colombia' },
  { rule: 'countryParty', givenOnly: true, text: 'Армия Судана потеряла 40 военных.', party: 'sudan' },
  {
    rule: 'numberWords',
    givenOnly: true,
    text: 'В перестрелке погибли трое военных.',
    figures: [['трое', 3, 3, 'exact', 'killed', null]],
  },
  {
    rule: 'range',
    givenOnly: true,
    text: 'Ранены 12−13 тысяч военных.',
    figures: [['12−13 тысяч', 12000, 13000, 'range', 'wounded', null]],
  },
  {
    rule: 'placeOfEvents',
    givenOnly: true,
    text: 'В Судане продолжаются бои. По словам врачей, погибли 40 человек.',
    party: 'sudan',
  },
  {
    rule: 'negatedBound',
    givenOnly: true,
    text: 'Контингент не превысит 650 военных.',
    figures: [['превысит 650', null, 650, 'atMost', 'deployed', null]],
  },
  {
    rule: 'hostagesHeld',
    givenOnly: true,
    text: 'Группа освободила 24 заложника.',
    figures: [['24', 24, 24, 'exact', 'captured', null]],
  },
  {
    rule: 'mixedNumber',
    givenOnly: true,
    text: 'Потери составили 4 млн. 59 тыс. человек.',
    figures: [['4 млн. 59 тыс.', 4059000, 4059000, 'exact', 'casualties', null]],
  },
  {
    rule: 'soldiersFrom',
    givenOnly: true,
    text: 'В миссии участвуют 300 военных из Непала.',
    party: 'nepal',
  },
  {
    rule: 'changedCount',
    text: 'За сутки число раненых увеличилось с 23 до 58.',
    figures: [
      ['23', 23, 23, 'exact', 'wounded', null],
      ['58', 58, 58, 'exact', 'wounded', null],
    ],
  },
  {
    rule: 'newLevel',
    text: 'К утру число погибших возросло до 211.',
    figures: [['211', 211, 211, 'exact', 'killed', null]],
  },
  {
    rule: 'newLevel',
    text: 'При обстреле погибли до 70 человек.',
    figures: [['до 70', null, 70, 'atMost', 'killed', null]],
  },
  {
    rule: 'halfOfScale',
    text: 'За годы войны погибли почти полмиллиона военных.',
    figures: [['почти полмиллиона', null, 500000, 'nearly', 'killed', null]],
  },
  {
    rule: 'oneAndHalf',
    text: 'В ходе штурма были ранены более полутора тысяч бойцов.',
    figures: [['более полутора тысяч', 1500, null, 'moreThan', 'wounded', null]],
  },
  {
    rule: 'oneAndHalf',
    text: 'Ночью погибли полтора десятка мирных жителей.',
    figures: [['полтора десятка', 15, 15, 'approx', 'killed', null]],
  },
  { rule: 'thingsNotPeople', text: 'На побережье погибли более 100 дельфинов.', figures: [] },
  { rule: 'naturalDeath', text: 'В лагере от холеры умерли 50 человек.', figures: [] },
  {
    rule: 'fractionOfScale',
    text: 'Всего были ранены около четверти миллиона военных.',
    figures: [['около четверти миллиона', 250000, 250000, 'approx', 'wounded', null]],
  },
  {
    rule: 'freedCaptives',
    text: 'После обмена из плена домой вернулись 64 украинских военных.',
    figures: [['64', 64, 64, 'exact', 'captured', 'ukraine']],
  },
  { rule: 'titleOfWork', text: 'В 1985 году вышел фильм «Двести погибших».', figures: [] },
  {
    rule: 'titleOfWork',
    text: 'Командир сказал: «Погибли 30 военных».',
    figures: [['30', 30, 30, 'exact', 'killed', null]],
  },
  {
    rule: 'listAfterColon',
    text: 'Раненые по областям: север — 140, юг — 35.',
    figures: [
      ['140', 140, 140, 'exact', 'wounded', null],
      ['35', 35, 35, 'exact', 'wounded', null],
    ],
  },
  {
    rule: 'attackTarget',
    text: 'После ракетных ударов по Украине погибли 11 человек.',
    figures: [['11', 11, 11, 'exact', 'killed', 'ukraine']],
  },
  {
    rule: 'attackerNotVictim',
    text: 'В результате израильских авиаударов ранены 45 человек.',
    figures: [['45', 45, 45, 'exact', 'wounded', null]],
  },
  {
    rule: 'releasedCaptives',
    text: 'Накануне 84 украинских военных были освобождены.',
    figures: [['84', 84, 84, 'exact', 'captured', 'ukraine']],
  },
  {
    rule: 'passageScene',
    text: 'Землетрясение произошло на севере Турции. Погибли не менее 27 человек.',
    figures: [['не менее 27', 27, null, 'atLeast', 'killed', 'turkey']],
  },
  {
    rule: 'amongTotal',
    text: 'Россия и Украина сообщили о новых боях. Погибли 30 украинцев, сообщили власти. Среди погибших 12 женщин.',
    figures: [
      ['30', 30, 30, 'exact', 'killed', 'ukraine'],
      ['12', 12, 12, 'exact', 'killed', 'ukraine'],
    ],
  },
  {
    rule: 'healthAuthority',
    text: 'В результате ударов погибли 14 человек, сообщил Минздрав Ливана.',
    figures: [['14', 14, 14, 'exact', 'killed', 'lebanon']],
  },
  { rule: 'countryPeacekeepers', text: 'В Карабах прибыли 400 российских миротворцев.', party: 'russia' },
  {
    rule: 'countryPeacekeepers',
    text: 'В миссии ООН в Ливане служат 400 индийских миротворцев.',
    party: 'un-peacekeepers',
  },
  {
    rule: 'ownArmy',
    text: 'Израильская армия сообщила, что число погибших военных в Газе достигло 101.',
    party: 'israel',
  },
  {
    rule: 'ownArmy',
    text: 'Британская армия сообщила, что число раненых военных в Ираке выросло до 40.',
    party: 'uk',
  },
  {
    rule: 'hypotheticalNumber',
    text: 'Если переговоры сорвутся, к границе будут отправлены 5000 военных.',
    figures: [],
  },
  {
    rule: 'rejectedNumber',
    text: 'Погибли 3100 военных, а не 30 тысяч, как утверждает противник.',
    figures: [['3100', 3100, 3100, 'exact', 'killed', null]],
  },
  {
    rule: 'rejectedNumber',
    text: 'Погибли не менее 300 военных.',
    figures: [['не менее 300', 300, null, 'atLeast', 'killed', null]],
  },
  { rule: 'naturalDeath', text: 'Во время эпидемии умерли 300 человек.', figures: [] },
  {
    rule: 'naturalDeath',
    text: 'От боев и холеры погибли 300 человек.',
    figures: [['300', 300, 300, 'exact', 'killed', null]],
  },
  { rule: 'comparedAge', text: 'Большинство погибших военных были моложе 25.', figures: [] },
  { rule: 'proportionBase', text: 'Семь из десяти погибших военных были призывниками.', figures: [] },
  {
    rule: 'proportionBase',
    text: 'Погибли 30 из 100 военных.',
    figures: [['30', 30, 30, 'exact', 'killed', null]],
  },
  // a contingent is soldiers: its new level after a verb of change, its strength after a verb of number
  {
    rule: 'troopLevel',
    text: 'Германия сократила контингент в Мали до 900 человек.',
    figures: [['900', 900, 900, 'exact', 'deployed', 'germany']],
  },
  {
    rule: 'troopLevel',
    text: 'Франция сократит свой контингент в Нигере до 1500.',
    figures: [['1500', 1500, 1500, 'exact', 'deployed', 'france']],
  },
  {
    rule: 'troopsNumbering',
    text: 'Российский контингент в Сирии насчитывает около 4000 человек.',
    figures: [['около 4000', 4000, 4000, 'approx', 'deployed', 'russia']],
  },
  {
    rule: 'troopsNumbering',
    text: 'Франция выведет контингент численностью 2400 человек.',
    figures: [['2400', 2400, 2400, 'exact', 'withdrawn', 'france']],
  },
  { rule: 'troopsNumbering', text: 'Население города насчитывает около 4000 человек.', figures: [] },
  {
    rule: 'placeBelowCountry',
    text: 'В Херсонской области в результате обстрела погибли 4 человека.',
    party: 'civilians-ukraine',
  },
  {
    rule: 'placeBelowCountry',
    text: 'После атаки беспилотников в Белгороде погибли 3 человека.',
    party: 'civilians-russia',
  },
  {
    rule: 'soldiersAbroad',
    text: 'Потери северокорейских военных в Курской области достигли 4000 убитыми и ранеными.',
    party: 'north-korea',
  },
  { rule: 'groupNoun', text: 'В ходе боя уничтожены 40 боевиков.', party: 'militants' },
  {
    rule: 'subjectParty',
    text: 'Генштаб ВСУ сообщил, что оккупанты потеряли за сутки 1200 человек.',
    party: 'russia',
  },
  { rule: 'partyInNounPhrase', text: 'Потери рашистов за сутки составили 900 человек.', party: 'russia' },
  {
    rule: 'speakerVictims',
    text: 'Украина заявляет, что Россия убила 14 мирных жителей.',
    party: 'civilians-ukraine',
  },
];
