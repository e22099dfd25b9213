import { describe, expect, it } from 'vitest';
import { dateTable } from './claim-date.fixture';
import { readClaimDate, readClaimPeriod } from './index';

describe('English: the day of saying', () => {
  dateTable('en', [
    ['The president said on 9 January that 4,000 soldiers had been killed.', '4,000', '2025-01-09'],
    ['The spy agency told lawmakers on Wednesday that 600 soldiers had died.', '600', '2025-04-30'],
    ['On Monday the ministry said 12 soldiers were killed.', '12', '2025-04-28'],
    ['On Monday, the regional governor said 12 soldiers were killed.', '12', '2025-04-28'],
    ['Officials said on Thursday that 200 troops were wounded.', '200', '2025-04-24'],
    ['Officials said last week that 300 soldiers were killed.', '300', '2025-04-27'],
    ["At Tuesday's briefing, officials said 300 soldiers were killed.", '300', '2025-04-29'],
    ['The army said yesterday that 300 soldiers were killed.', '300', '2025-04-29'],
    ['The army said two days ago that 300 soldiers were killed.', '300', '2025-04-28'],
    [
      'It was far above the assessment in January, when it said at least 300 soldiers had died.',
      '300',
      '2025-01-31',
    ],
    ['In March, the monitors said 80 civilians had been killed.', '80', '2025-03-31'],
    ['In December, the monitors said 80 civilians had been killed.', '80', '2024-12-31'],
    ['The ministry said earlier this month that 45 soldiers were captured.', '45', '2025-04-30'],
    ['The ministry said last month that 45 soldiers were captured.', '45', '2025-03-31'],
    ['A spokesman said late on Monday that 45 soldiers were captured.', '45', '2025-04-28'],
    ['The agency said, on Monday, that 45 soldiers were captured.', '45', '2025-04-28'],
    ['Last Wednesday, a spokesman said 45 soldiers were captured.', '45', '2025-04-23'],
    // a date with its year is read without the article's date too
    ['The ministry said on 3 March 2024 that 200 soldiers were killed.', '200', '2024-03-03', '2024-03-03'],
    ['In a statement on January 9, 2025, the army said 70 soldiers died.', '70', '2025-01-09', '2025-01-09'],
    ['The army said in January 2025 that 70 soldiers died.', '70', '2025-01-31', '2025-01-31'],
    // 12 were killed, the ministry said on Tuesday: the date of the word of saying, not of the deaths
    ['Twelve soldiers were killed on Monday, the ministry said on Tuesday.', 'Twelve', '2025-04-29'],
    // two claims in one sentence: each figure takes the day of its own word of saying
    [
      'The ministry said on Monday that 300 soldiers were killed, up from 200 in its report on 3 March.',
      '300',
      '2025-04-28',
    ],
    [
      'The ministry said on Monday that 300 soldiers were killed, up from 200 in its report on 3 March.',
      '200',
      '2025-03-03',
    ],
  ]);
});

describe('English: dates that are not the day of saying', () => {
  dateTable('en', [
    // the day of the deaths, not of the claim
    ['The ministry said 12 soldiers were killed on Monday.', '12', null],
    ['On Monday, 12 soldiers were killed, the ministry said.', '12', null],
    ['The ministry said soldiers died on Monday, 12 of them.', '12', null],
    ['The ministry said that on Monday 12 soldiers were killed.', '12', null],
    ['The governor said the attack on Monday killed 12 people.', '12', null],
    // periods
    ['More than 500 soldiers have been killed since October 2024, officials said.', '500', null],
    ['Officials said 500 soldiers were killed between January and March.', '500', null],
    ['Officials said 500 soldiers were killed from 3 March to 5 April.', '500', null],
    ['Officials said 500 soldiers had been deployed by Monday.', '500', null],
    ['Since Monday, officials said, 500 soldiers have been killed.', '500', null],
    // the future and nothing said
    ['The ministry will say next Monday how many of the 500 soldiers died.', '500', null],
    ['Some 500 soldiers were killed on Monday.', '500', null],
    ['The 500 soldiers arrived on 9 January.', '500', null],
    // a day after the article's is never a day of saying
    ['The ministry said on 3 May 2025 that 200 soldiers were killed.', '200', null, '2025-05-03'],
    // dates in digits alone: English writes both orders
    ['The ministry said on 12/05/2024 that 200 soldiers were killed.', '200', null],
  ]);
});

describe('read against the article date', () => {
  it('takes the latest month and day not after the article date', () => {
    const text = 'In December the agency said 300 soldiers died, and on 9 January it said 400 had died.';
    const at = (figure: string) => {
      const start = text.indexOf(figure);
      return { start, end: start + figure.length };
    };
    expect(readClaimDate(text, at('300'), { lang: 'en', date: '2025-01-05' })).toBe('2024-12-31');
    expect(readClaimDate(text, at('400'), { lang: 'en', date: '2025-01-05' })).toBe('2024-01-09');
    expect(readClaimDate(text, at('400'), { lang: 'en', date: '2025-01-09' })).toBe('2025-01-09');
  });

  it('reads the article date from a timestamp and gives a month as its days', () => {
    const text = 'In January, the agency said 300 soldiers died.';
    const span = { start: text.indexOf('300'), end: text.indexOf('300') + 3 };
    expect(readClaimPeriod(text, span, { lang: 'en', date: '2025-04-30T16:00:00+09:00' })).toEqual({
      first: '2025-01-01',
      last: '2025-01-31',
    });
    // the article's own month ends on the article's day
    const april = 'In April, the agency said 300 soldiers died.';
    const inApril = { start: april.indexOf('300'), end: april.indexOf('300') + 3 };
    expect(readClaimPeriod(april, inApril, { lang: 'en', date: '2025-04-12' })).toEqual({
      first: '2025-04-01',
      last: '2025-04-12',
    });
  });

  it('reads a weekday as the latest such day on or before the article date', () => {
    const text = 'The ministry said on Friday that 300 soldiers died.';
    const span = { start: text.indexOf('300'), end: text.indexOf('300') + 3 };
    expect(readClaimDate(text, span, { lang: 'en', date: '2025-05-02' })).toBe('2025-05-02'); // a Friday
    expect(readClaimDate(text, span, { lang: 'en', date: '2025-05-01' })).toBe('2025-04-25');
  });

  it('answers null for empty or unrelated input, and English for a language it does not know', () => {
    expect(readClaimDate('', { start: 0, end: 0 }, { date: '2025-04-30' })).toBeNull();
    expect(readClaimDate('300 soldiers.', { start: 0, end: 3 }, { date: 'soon' })).toBeNull();
    const text = 'The ministry said on Monday that 300 soldiers died.';
    const span = { start: text.indexOf('300'), end: text.indexOf('300') + 3 };
    expect(readClaimDate(text, span, { lang: 'xx', date: '2025-04-30' })).toBe('2025-04-28');
  });
});
