import { describe } from 'vitest';
import { dateTable } from './claim-date.fixture';

// Article date of every table: Wednesday 30 April 2025.

describe('German', () => {
  dateTable('de', [
    ['Der Minister sagte am Montag, 300 Soldaten seien getötet worden.', '300', '2025-04-28'],
    ['Am Dienstag teilte das Ministerium mit, 300 Soldaten seien gefallen.', '300', '2025-04-29'],
    ['Das Ministerium teilte am 9. Januar mit, dass 300 Soldaten getötet wurden.', '300', '2025-01-09'],
    ['Im Januar hatte der Geheimdienst gesagt, 300 Soldaten seien gefallen.', '300', '2025-01-31'],
    ['Anfang März erklärte die Armee, rund 80 Soldaten seien verwundet.', '80', '2025-03-31'],
    ['Laut einem Bericht vom Dienstag wurden 300 Soldaten getötet.', '300', '2025-04-29'],
    ['Der Sprecher sagte gestern, 40 Soldaten seien vermisst.', '40', '2025-04-29'],
    ['Vergangene Woche meldete die Armee 40 Verletzte.', '40', '2025-04-27'],
    ['Die Armee meldete in der vergangenen Woche 40 Verletzte.', '40', '2025-04-27'],
    ['Die Behörde erklärte am 3. März 2024, 200 Soldaten seien gefallen.', '200', '2024-03-03', '2024-03-03'],
    // the day of the deaths, a period, the future
    ['Das Ministerium sagte, am Montag seien 300 Soldaten getötet worden.', '300', null],
    ['Am Montag wurden 300 Soldaten getötet, sagte das Ministerium.', '300', null],
    ['Seit Oktober 2024 sind 300 Soldaten gefallen, sagte der Minister.', '300', null],
    ['Die Armee will nächste Woche sagen, ob 300 Soldaten gefallen sind.', '300', null],
    ['Die Armee sagte am 3. Mai 2025, 300 Soldaten seien gefallen.', '300', null, '2025-05-03'],
  ]);
});

describe('Spanish', () => {
  dateTable('es', [
    ['El ministro dijo el martes que 300 soldados murieron.', '300', '2025-04-29'],
    ['El ministerio informó el 9 de enero que 300 soldados murieron.', '300', '2025-01-09'],
    ['El lunes, el ministerio afirmó que 300 soldados murieron.', '300', '2025-04-28'],
    ['La semana pasada, el ministerio dijo que 300 soldados murieron.', '300', '2025-04-27'],
    ['El ministerio dijo el mes pasado que 300 soldados murieron.', '300', '2025-03-31'],
    ['En enero, el gobierno estimó que unos 300 soldados habían muerto.', '300', '2025-01-31'],
    ['A principios de marzo el ejército señaló que 80 soldados resultaron heridos.', '80', '2025-03-31'],
    ['El portavoz dijo ayer que 40 soldados están desaparecidos.', '40', '2025-04-29'],
    ['El pasado jueves, el ejército informó de 40 soldados heridos.', '40', '2025-04-24'],
    ['El ejército dijo el 3 de marzo de 2024 que 200 soldados murieron.', '200', '2024-03-03', '2024-03-03'],
    ['El ministerio dijo que el lunes murieron 300 soldados.', '300', null],
    ['Desde octubre de 2024 han muerto 300 soldados, según el ministerio.', '300', null],
    ['El ministerio dirá la próxima semana si murieron 300 soldados.', '300', null],
  ]);
});

describe('French', () => {
  dateTable('fr', [
    ['Le ministre a déclaré lundi que 300 soldats ont été tués.', '300', '2025-04-28'],
    ['Le ministère a indiqué le 9 janvier que 300 soldats ont été tués.', '300', '2025-01-09'],
    ['En janvier, le ministère avait estimé que 300 soldats avaient été tués.', '300', '2025-01-31'],
    ['Mardi, le porte-parole a affirmé que 40 soldats avaient été tués.', '40', '2025-04-29'],
    ["L'armée a annoncé la semaine dernière que 40 soldats avaient été blessés.", '40', '2025-04-27'],
    ["L'armée a annoncé hier que 40 soldats avaient été blessés.", '40', '2025-04-29'],
    ['Selon un bilan publié mercredi, 40 soldats ont été tués.', '40', '2025-04-30'],
    ["Lors d'un point presse jeudi dernier, l'armée a fait état de 40 blessés.", '40', '2025-04-24'],
    ["L'armée a déclaré le 3 mars 2024 que 200 soldats avaient été tués.", '200', '2024-03-03', '2024-03-03'],
    ['Le ministère a précisé que lundi 300 soldats ont été tués.', '300', null],
    ['Depuis octobre 2024, 300 soldats ont été tués, selon le ministère.', '300', null],
    ["L'armée dira la semaine prochaine si 300 soldats ont été tués.", '300', null],
  ]);
});

describe('Russian', () => {
  dateTable('ru', [
    ['Министр заявил в понедельник, что погибли 300 военных.', '300', '2025-04-28'],
    ['Минобороны 9 января сообщило, что погибли 300 военных.', '300', '2025-01-09'],
    ['Во вторник ведомство сообщило о гибели 300 военных.', '300', '2025-04-29'],
    ['На прошлой неделе министерство сообщило о гибели 300 военных.', '300', '2025-04-27'],
    ['В январе разведка оценила потери в 300 военных.', '300', '2025-01-31'],
    ['Накануне штаб сообщил о 40 раненых военных.', '40', '2025-04-29'],
    ['Вчера представитель армии заявил, что 40 военных пропали без вести.', '40', '2025-04-29'],
    ['Ведомство заявило 3 марта 2024 года, что погибли 200 военных.', '200', '2024-03-03', '2024-03-03'],
    ['Министр заявил, что в понедельник погибли 300 военных.', '300', null],
    ['С октября 2024 года погибли 300 военных, заявил министр.', '300', null],
    ['В понедельник погибли 300 военных, сообщило ведомство.', '300', null],
  ]);
});

describe('Ukrainian', () => {
  dateTable('uk', [
    ['Міністр заявив у вівторок, що загинули 300 військових.', '300', '2025-04-29'],
    ['Міністерство 9 січня повідомило, що загинули 300 військових.', '300', '2025-01-09'],
    ['У понеділок відомство повідомило про загибель 300 військових.', '300', '2025-04-28'],
    ['Минулого тижня відомство повідомило про загибель 300 військових.', '300', '2025-04-27'],
    ['У січні розвідка оцінила втрати у 300 військових.', '300', '2025-01-31'],
    ['Напередодні штаб повідомив про 40 поранених військових.', '40', '2025-04-29'],
    ["У п'ятницю речник заявив, що 40 військових зникли безвісти.", '40', '2025-04-25'],
    ['Відомство заявило 3 березня 2024 року, що загинули 200 військових.', '200', '2024-03-03', '2024-03-03'],
    ['Міністр заявив, що у понеділок загинули 300 військових.', '300', null],
    ['З жовтня 2024 року загинули 300 військових, заявив міністр.', '300', null],
    ['У понеділок загинули 300 військових, повідомило відомство.', '300', null],
  ]);
});
