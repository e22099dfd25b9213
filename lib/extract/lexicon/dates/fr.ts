import type { DateWordsSpec } from './types';

export const FR_DATES: DateWordsSpec = {
  lang: 'fr',
  speech:
    'déclar(é|e|ait|ent)|dit|affirm(é|e|ent)|indiqu(é|e|ent)|annonc(é|e|ent)|assur(é|e|ent)|estim(é|e|ent)|' +
    'rapport(é|e|ent)|précis(é|e)|confirm(é|e)|expliqu(é|e)|ajout(é|e)|soulign(é|e)|communiqu(é|e)|reconnu|' +
    'selon|rapport|déclaration(|s)|conférence de presse|point presse|point de presse|entretien|interview|bilan|' +
    'estimation|évaluation|discours|allocution',
  events:
    'tué*|tuant|tuer|mort*|décéd*|bless*|attaqu*|frapp*|bombard*|combat*|bataille|affrontement*|captur*|' +
    'déploy*|envoy*|retir*|arriv*|commenc*|débuté|lancé*|perdu*|perdre|tombé*|explosion*|offensive|invasion|détrui*',
  period: "depuis|jusqu'*|entre|à|au|dès|après|avant|partir",
  when: "lorsque|lorsqu'*|quand",
  clauseStart: "que|qu'*|qui|dont|où|parce|si|tandis",
  last: 'dernier|dernière|passé|passée|précédent(|e)',
  current: 'ce|cette|cet|en cours',
  next: 'prochain(|e)|suivant(|e)|à venir',
  week: 'semaine|week - end|weekend',
  month: 'mois',
  months: [
    'janvier|janv',
    'février|fevrier|févr|fév',
    'mars',
    'avril|avr',
    'mai',
    'juin',
    'juillet|juil',
    'août|aout',
    'septembre|sept',
    'octobre|oct',
    'novembre|nov',
    'décembre|decembre|déc',
  ],
  monthPreps: 'en|début|fin|mi|courant',
  monthLinks: '-',
  numericDates: true,
};
