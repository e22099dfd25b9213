import type { DateWordsSpec } from './types';

export const DE_DATES: DateWordsSpec = {
  lang: 'de',
  speech:
    'sag(te|ten|t|en)|gesagt|erklär(te|ten|t|en)|teil(te|ten|t)|mitgeteilt|mitteil(te|ten)|bericht(ete|eten|et)|' +
    'meld(ete|eten|et)|gemeldet|schätz(te|ten|t)|geschätzt|bestätig(te|ten|t)|gab|gaben|angaben|äußer(te|ten)|' +
    'geäußert|schrieb(|en)|geschrieben|beton(te|ten|t)|hieß|verkünde(te|t)|bekanntgab|sprach|zufolge|laut|' +
    'bericht(|s|en)|erklärung|mitteilung|pressekonferenz|briefing|unterrichtung|einschätzung|schätzung|' +
    'interview|rede|stellungnahme|lagebericht|lagebild|angabe(|n)',
  events:
    'getötet|töte*|starb*|gestorben|sterben|tot|tote*|gefallen*|verletz*|verwund*|angegriffen|angriff*|anschlag*|' +
    'beschossen|beschuss|bombardier*|kämpf*|gekämpft|schlacht|gefecht*|gefangen*|eingesetzt|entsandt|stationiert|' +
    'geschickt|abgezogen|begann|begonnen|eingetroffen|explosion|verloren|verlor*|zerstör*',
  period: 'seit|ab|bis|von|zwischen|nach|stand|spätestens|frühestens',
  when: 'als|wo',
  clauseStart: 'dass|daß|welche(|r|s|n|m)|weil|obwohl|ob|nachdem|wenn',
  last: 'letzte*|vergangen*|vorig*|zurückliegend*',
  current: 'diese*|laufend*|früher',
  next: 'nächste*|kommende*|folgende*|übernächste*',
  week: 'woche|wochenende',
  month: 'monat|monats',
  months: [
    'januar|jänner|jan',
    'februar|feber|feb',
    'märz|maerz|mär',
    'april|apr',
    'mai',
    'juni|jun',
    'juli|jul',
    'august|aug',
    'september|sep|sept',
    'oktober|okt',
    'november|nov',
    'dezember|dez',
  ],
  monthPreps: 'im|in|anfang|ende|mitte',
  numericDates: true,
};
