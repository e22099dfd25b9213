import type { DateWordsSpec } from './types';

export const ES_DATES: DateWordsSpec = {
  lang: 'es',
  speech:
    'dijo|dijeron|dice|dicen|afirm(ó|aron|a|an)|declar(ó|aron|a|an)|inform(ó|aron|a|an)|anunci(ó|aron|a|an)|' +
    'asegur(ó|aron|a|an)|señal(ó|aron|a|an)|indic(ó|aron|a|an)|estim(ó|aron|a|an)|report(ó|aron)|' +
    'confirm(ó|aron)|explic(ó|aron)|añadió|agregó|precisó|comunicó|sostuvo|reconoció|según|informe(|s)|' +
    'comunicado|declaraci(ón|ones)|rueda de prensa|conferencia de prensa|entrevista|balance|estimación|' +
    'evaluación|discurso|sesión informativa|parte',
  events:
    'mur*|muert*|matad*|mató|mataron|asesinad*|herid*|atac*|ataque*|bombarde*|combat*|lucha*|batalla*|' +
    'enfrentamiento*|captur*|despleg*|desplieg*|enviad*|envió|enviaron|retir*|lleg*|comenz*|empez*|inici*|' +
    'perdi*|caíd*|cayeron|explosi*|ofensiva|invasión|destrui*',
  period: 'desde|hasta|entre|partir|tras|antes|después',
  when: 'cuando',
  clauseStart: 'que|quien|quienes|cual|donde|porque|aunque|si|mientras',
  last: 'pasad(o|a)|anterior',
  current: 'este|esta|en curso',
  next: 'próxim(o|a)|siguiente|entrante|que viene',
  week: 'semana',
  month: 'mes',
  months: [
    'enero|ene',
    'febrero|feb',
    'marzo|mar',
    'abril|abr',
    'mayo',
    'junio|jun',
    'julio|jul',
    'agosto|ago',
    'septiembre|setiembre|sep|sept',
    'octubre|oct',
    'noviembre|nov',
    'diciembre|dic',
  ],
  monthPreps: 'en|principios|finales|mediados|comienzos',
  monthLinks: 'de',
  numericDates: true,
};
