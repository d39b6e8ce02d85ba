import calendarData from 'chinese-days/dist/chinese-days.json';
import { addDays } from './dates';
import {
  addWorkdays,
  countWorkdays,
  dayInfo,
  hasOfficialCalendar,
  isWorkday,
  noticePeriod,
  officialCalendarYears,
  weekdayName,
} from './workdays';

/** The library's own arrangement for 2026, read from its data file (not typed in from memory). */
const data = calendarData as { holidays: Record<string, string>; workdays: Record<string, string> };
const holidays2026 = (name: string) =>
  Object.keys(data.holidays)
    .filter((d) => d.startsWith('2026') && data.holidays[d].includes(name))
    .sort();
const makeupDays2026 = (name: string) =>
  Object.keys(data.workdays)
    .filter((d) => d.startsWith('2026') && data.workdays[d].includes(name))
    .sort();

describe('chinese-days coverage', () => {
  it('covers 2004 through 2026 and nothing later', () => {
    expect(officialCalendarYears()).toEqual({ from: 2004, to: 2026 });
    expect(hasOfficialCalendar(2026)).toBe(true);
    expect(hasOfficialCalendar(2027)).toBe(false);
  });

  it('falls back to Monday–Friday for a year without data, and says so', () => {
    // 1 January 2027 will be a holiday, but its arrangement is not published yet: counted as a Friday workday.
    expect(dayInfo('2027-01-01')).toEqual({ date: '2027-01-01', workday: true, kind: 'workday', official: false });
    expect(dayInfo('2027-01-02')).toMatchObject({ workday: false, kind: 'weekend', official: false });
  });
});

describe('the 2026 arrangement as the library has it', () => {
  it('Spring Festival: 15–23 February off, Saturdays 14 and 28 February worked', () => {
    expect(holidays2026('春节')).toEqual([
      '2026-02-15',
      '2026-02-16',
      '2026-02-17',
      '2026-02-18',
      '2026-02-19',
      '2026-02-20',
      '2026-02-21',
      '2026-02-22',
      '2026-02-23',
    ]);
    expect(makeupDays2026('春节')).toEqual(['2026-02-14', '2026-02-28']);
    expect(weekdayName('2026-02-14')).toBe('周六');
    expect(weekdayName('2026-02-28')).toBe('周六');
    expect(dayInfo('2026-02-14')).toEqual({ date: '2026-02-14', workday: true, kind: 'makeup_workday', holiday: '春节', official: true });
    expect(dayInfo('2026-02-16')).toEqual({ date: '2026-02-16', workday: false, kind: 'holiday', holiday: '春节', official: true });
  });

  it('National Day: 1–7 October off, Sunday 20 September and Saturday 10 October worked', () => {
    expect(holidays2026('国庆')).toEqual([
      '2026-10-01',
      '2026-10-02',
      '2026-10-03',
      '2026-10-04',
      '2026-10-05',
      '2026-10-06',
      '2026-10-07',
    ]);
    expect(makeupDays2026('国庆')).toEqual(['2026-09-20', '2026-10-10']);
    expect([weekdayName('2026-09-20'), weekdayName('2026-10-10')]).toEqual(['周日', '周六']);
    expect(holidays2026('中秋')).toEqual(['2026-09-25', '2026-09-26', '2026-09-27']);
  });

  it('agrees with the library’s own getDayDetail for every day of 2026 (in China time, where the library is right)', () => {
    const saved = process.env.TZ;
    process.env.TZ = 'Asia/Shanghai';
    jest.isolateModules(() => {
      const { getDayDetail } = require('chinese-days') as typeof import('chinese-days');
      for (let d = '2026-01-01'; d <= '2026-12-31'; d = addDays(d, 1)) {
        expect([d, isWorkday(d)]).toEqual([d, getDayDetail(d).work]);
      }
    });
    process.env.TZ = saved;
  });

  it('does not depend on the runtime’s time zone (the library’s functions are a day off west of UTC)', () => {
    const saved = process.env.TZ;
    process.env.TZ = 'America/New_York';
    try {
      expect(dayInfo('2026-02-14').kind).toBe('makeup_workday');
      expect(noticePeriod('2026-02-13', 5).endsOn).toBe('2026-02-26');
    } finally {
      process.env.TZ = saved;
    }
  });
});

describe('public notice of N working days', () => {
  it.each`
    startsOn        | days | endsOn          | why
    ${'2026-02-09'} | ${5} | ${'2026-02-13'} | ${'an ordinary week'}
    ${'2026-02-13'} | ${5} | ${'2026-02-26'} | ${'Fri 13 + make-up Sat 14, then 24–26 after the Spring Festival'}
    ${'2026-02-12'} | ${5} | ${'2026-02-25'} | ${'12, 13, make-up Sat 14, then 24 and 25 (23 is still a holiday)'}
    ${'2026-02-15'} | ${5} | ${'2026-02-28'} | ${'posted on a holiday: 24, 25, 26, 27 and make-up Sat 28'}
    ${'2026-02-25'} | ${5} | ${'2026-03-02'} | ${'25, 26, 27, Sat 28 (make-up), Mon 2 March'}
    ${'2026-09-18'} | ${5} | ${'2026-09-23'} | ${'Fri 18, make-up Sun 20, 21–23'}
    ${'2026-09-24'} | ${5} | ${'2026-10-08'} | ${'24, Mid-autumn 25–27 off, 28–30, National Day 1–7 off, 8'}
    ${'2026-09-28'} | ${5} | ${'2026-10-09'} | ${'28, 29, 30, then 8 and 9 October'}
    ${'2026-09-29'} | ${5} | ${'2026-10-10'} | ${'29, 30, 8, 9, and make-up Saturday 10 October'}
    ${'2026-10-01'} | ${5} | ${'2026-10-13'} | ${'posted on National Day: 8, 9, make-up Sat 10, 12, 13'}
  `('from $startsOn: $why', ({ startsOn, days, endsOn }) => {
    const p = noticePeriod(startsOn, days);
    expect(p.days).toHaveLength(days);
    expect(p.days.every(isWorkday)).toBe(true);
    expect(p.estimated).toBe(false);
    expect(p.endsOn).toBe(endsOn);
  });

  it('counts only working days between start and end', () => {
    const p = noticePeriod('2026-09-24', 5);
    expect(p.days).toEqual(['2026-09-24', '2026-09-28', '2026-09-29', '2026-09-30', '2026-10-08']);
    expect(countWorkdays(p.startsOn, p.endsOn).count).toBe(5);
  });

  it('flags a notice running into a year whose holidays are not announced', () => {
    const p = noticePeriod('2026-12-28', 5);
    expect(p.days).toEqual(['2026-12-28', '2026-12-29', '2026-12-30', '2026-12-31', '2027-01-01']);
    expect(p).toMatchObject({
      endsOn: '2027-01-01',
      estimated: true,
      estimatedYears: [2027],
      note: '2027年节假日安排尚未公布，按周一至周五计算',
    });
  });
});

describe('addWorkdays', () => {
  it('skips holidays and counts make-up days, both ways', () => {
    expect(addWorkdays('2026-02-13', 1).date).toBe('2026-02-14');
    expect(addWorkdays('2026-02-14', 1).date).toBe('2026-02-24');
    expect(addWorkdays('2026-02-24', -1).date).toBe('2026-02-14');
    expect(addWorkdays('2026-09-30', 1).date).toBe('2026-10-08');
    expect(addWorkdays('2026-10-09', 1).date).toBe('2026-10-10');
    expect(addWorkdays('2026-10-01', 0).date).toBe('2026-10-01');
  });

  it('matches a day-by-day count over a whole year', () => {
    let expected = '2026-01-05';
    for (let n = 1; n <= 240; n++) {
      expected = addDays(expected, 1);
      while (!isWorkday(expected)) expected = addDays(expected, 1);
      expect(addWorkdays('2026-01-05', n).date).toBe(expected);
    }
  });

  it('is flagged once it reaches 2027', () => {
    expect(addWorkdays('2026-12-30', 1)).toMatchObject({ date: '2026-12-31', estimated: false });
    expect(addWorkdays('2026-12-31', 1)).toMatchObject({ date: '2027-01-01', estimated: true, estimatedYears: [2027] });
  });
});
