import { describe, expect, it } from 'vitest';
import '../all-languages';
import { extractFigures } from '../index';

const lows = (text: string, lang: string) => extractFigures(text, { lang }).map((f) => f.low);

describe('counts outside the scope of war figures', () => {
  it('leaves out deaths from disease, unless violence is joined to it', () => {
    expect(lows('Cholera has killed 30 people in the camps.', 'en')).toEqual([]);
    expect(lows('At least 45 people died of malaria last month.', 'en')).toEqual([]);
    expect(lows('In der Region sind 70 Menschen an Cholera gestorben.', 'de')).toEqual([]);
    expect(lows('От холеры погибли 25 человек.', 'ru')).toEqual([]);
    expect(lows('Fighting and cholera killed 300 people in the camps.', 'en')).toEqual([300]);
    expect(lows('Shelling killed 30 people in the camps.', 'en')).toEqual([30]);
  });

  it('leaves out a number in a condition whose clause speaks of the future', () => {
    expect(lows('If the talks fail, 1,600 soldiers will be killed.', 'en')).toEqual([]);
    expect(lows('Unless a truce holds, 500 civilians could die, the agency warned.', 'en')).toEqual([]);
    expect(lows('Wenn die Gespräche scheitern, werden 5.000 Soldaten entsandt.', 'de')).toEqual([]);
    expect(lows('Если переговоры сорвутся, погибнут 200 военных.', 'ru')).toEqual([]);
  });

  it('keeps a number whose sentence has a condition but no future, or a future but no condition', () => {
    expect(lows('If the reports are right, 1,600 soldiers were killed.', 'en')).toEqual([1600]);
    expect(lows('The army said 1,600 soldiers will be deployed.', 'en')).toEqual([1600]);
    // the modal is in the clause of the condition, not in the number's
    expect(lows('They said 300 soldiers were killed, if the ministry will confirm it.', 'en')).toEqual([300]);
  });
});
