import type { DateWordsSpec } from './types';

export const EN_DATES: DateWordsSpec = {
  lang: 'en',
  speech:
    'said|says|say|saying|told|tells|tell|stated|states|announced|announces|reported|reports|report|claimed|' +
    'claims|estimated|estimates|estimate|wrote|writes|added|adds|confirmed|confirms|noted|notes|revealed|' +
    'disclosed|tweeted|posted|briefed|briefing|briefings|statement|statements|press conference|news conference|' +
    'interview|remarks|speech|address|announcement|update|assessment|testimony|testified|according|acknowledged',
  events:
    'kill*|died|die|dies|dying|dead|death*|wound*|injur*|attack*|strike|strikes|struck|airstrike*|bomb*|shell*|' +
    'fight*|fought|battle*|clash*|ambush*|raid*|offensive|invasion|invaded|arrive*|deploy*|sent|withdr*|captur*|' +
    'began|begun|started|launched|happened|occurred|took place|fell|lost|execut*|massacre*|explosion*|blast*|' +
    'crash*|fire|fired|destroy*|hit',
  period:
    'since|from|until|till|between|through|throughout|by|before|after|starting|beginning|as of|up to|to|' +
    'as early as',
  when: 'when',
  clauseStart: 'that|which|who|whom|where|while|because|although|though|if|whether',
  last: 'last|past|previous|preceding',
  current: 'this|earlier|current',
  next: 'next|coming|following|upcoming',
  week: 'week|weekend',
  month: 'month',
  months: [
    'january|jan',
    'february|feb',
    'march|mar',
    'april|apr',
    'may',
    'june|jun',
    'july|jul',
    'august|aug',
    'september|sep|sept',
    'october|oct',
    'november|nov',
    'december|dec',
  ],
  monthPreps: 'in|early|late|mid|during',
  monthLinks: '-',
  numericDates: false,
};
