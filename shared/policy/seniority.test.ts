import fc from 'fast-check';
import { addDays, addYears, dayNumber, fromDayNumber, parseIsoDate } from '../time/dates';
import { checkSeniority, countFullYears, dateReachingYears, daysCovered, formatDuration, mergeSpans } from './seniority';

const pt = (from: string, to: string | null = null) => ({ from, to, kind: 'professional_technical' as const });
const skill = (from: string, to: string | null = null) => ({ from, to, kind: 'technical_skill' as const });

describe('dates', () => {
  it('rejects impossible dates and round-trips day numbers', () => {
    expect(parseIsoDate('2021-02-29')).toBeNull();
    expect(parseIsoDate('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
    expect(parseIsoDate('2024-13-01')).toBeNull();
    expect(fromDayNumber(dayNumber('2021-05-08'))).toBe('2021-05-08');
  });

  it('counts days by arithmetic exactly as the calendar does (Date.UTC), 1950 to 2200', () => {
    const first = Date.UTC(1950, 0, 1) / 86_400_000;
    const last = Date.UTC(2200, 11, 31) / 86_400_000;
    fc.assert(
      fc.property(fc.integer({ min: first, max: last }), (n) => {
        const iso = new Date(n * 86_400_000).toISOString().slice(0, 10);
        expect(fromDayNumber(n)).toBe(iso);
        expect(dayNumber(iso)).toBe(n);
      }),
      { numRuns: 2000 },
    );
    expect(dayNumber('2000-02-29') - dayNumber('1999-02-28')).toBe(366);
    expect(() => dayNumber('2021-02-29')).toThrow('不是有效日期');
  });

  it('adds years, 29 February falling back to 28 February', () => {
    expect(addYears('2020-02-29', 1)).toBe('2021-02-28');
    expect(addYears('2020-02-29', 4)).toBe('2024-02-29');
    expect(addDays('2020-12-31', 1)).toBe('2021-01-01');
  });
});

describe('满 N 年: full years over merged work periods (interpretation full-years-by-days)', () => {
  // One continuous period from 2016-07-01: the 5th year completes on 2021-06-30 (both ends counted).
  it.each`
    periods                                                             | cutoff          | years | met      | why
    ${[pt('2016-07-01')]}                                               | ${'2021-06-30'} | ${5}  | ${true}  | ${'exactly 5 years'}
    ${[pt('2016-07-01')]}                                               | ${'2021-06-29'} | ${5}  | ${false} | ${'one day short'}
    ${[pt('2016-07-01', '2021-06-30')]}                                 | ${'2026-01-01'} | ${5}  | ${true}  | ${'closed period of exactly 5 years'}
    ${[pt('2016-07-01', '2021-06-29')]}                                 | ${'2026-01-01'} | ${5}  | ${false} | ${'closed period one day short'}
    ${[pt('2014-01-01', '2014-12-31'), pt('2016-01-01')]}               | ${'2019-12-31'} | ${5}  | ${true}  | ${'gap of a year: 1 + 4 years'}
    ${[pt('2014-01-01', '2014-12-31'), pt('2016-01-01')]}               | ${'2019-12-30'} | ${5}  | ${false} | ${'gap of a year, one day short'}
    ${[pt('2009-03-01', '2011-02-28'), pt('2013-03-01', '2016-02-29')]} | ${'2030-01-01'} | ${5}  | ${true}  | ${'two closed periods: 2 + 3 years'}
    ${[pt('2009-03-01', '2011-02-28'), pt('2013-03-01', '2016-02-28')]} | ${'2030-01-01'} | ${5}  | ${false} | ${'two closed periods, one day short'}
    ${[pt('2016-07-01'), pt('2017-01-01', '2018-12-31')]}               | ${'2021-06-30'} | ${5}  | ${true}  | ${'overlap counted once'}
    ${[pt('2016-07-01'), pt('2017-01-01', '2018-12-31')]}               | ${'2021-06-29'} | ${5}  | ${false} | ${'overlap counted once, one day short'}
    ${[pt('2016-07-01', '2018-06-30'), pt('2018-07-01')]}               | ${'2021-06-30'} | ${5}  | ${true}  | ${'touching periods join'}
    ${[pt('2020-02-29')]}                                               | ${'2021-02-27'} | ${1}  | ${true}  | ${'from 29 February: a year is 365 days'}
    ${[pt('2020-02-29')]}                                               | ${'2021-02-26'} | ${1}  | ${false} | ${'from 29 February, one day short'}
    ${[pt('2014-07-01')]}                                               | ${'2026-06-30'} | ${12} | ${true}  | ${'exactly 12 years'}
    ${[pt('2014-07-01')]}                                               | ${'2026-06-29'} | ${12} | ${false} | ${'12 years, one day short'}
    ${[skill('2010-01-01')]}                                            | ${'2026-06-29'} | ${1}  | ${false} | ${'other kind of work does not count'}
    ${[pt('2030-01-01')]}                                               | ${'2026-06-29'} | ${1}  | ${false} | ${'work after the cut-off does not count'}
  `('$why', ({ periods, cutoff, years, met }) => {
    const check = checkSeniority(periods, { kind: 'professional_technical', years, countedTo: cutoff });
    expect(check.met).toBe(met);
    if (check.reachedOn) expect(check.reachedOn <= cutoff).toBe(met);
  });

  it('gives the date N years are reached, assuming ongoing work continues', () => {
    expect(dateReachingYears(mergeSpans([{ from: '2016-07-01', to: null }]), 5)).toBe('2021-06-30');
    // 365 days in 2014 + 2016-01-01 … needs 1461 more days (2015-2019 has one leap day).
    expect(
      dateReachingYears(
        mergeSpans([
          { from: '2014-01-01', to: '2014-12-31' },
          { from: '2016-01-01', to: null },
        ]),
        5,
      ),
    ).toBe('2019-12-31');
    expect(dateReachingYears(mergeSpans([{ from: '2014-01-01', to: '2014-12-31' }]), 5)).toBeNull();
  });

  it('only counts work on or after `since` (graduation, qualification)', () => {
    const check = checkSeniority([pt('2010-01-01')], {
      kind: 'professional_technical',
      years: 5,
      countedTo: '2020-06-29',
      since: '2015-07-01',
    });
    expect(check).toMatchObject({ met: false, reachedOn: '2020-06-30', since: '2015-07-01', ongoing: true });
    expect(check.count.fullYears).toBe(4);
    expect(checkSeniority([pt('2010-01-01')], { kind: 'professional_technical', years: 5, countedTo: '2020-06-29' }).met).toBe(true);
  });

  it('counts days, full years and the remainder', () => {
    const merged = mergeSpans([{ from: '2020-01-01', to: null }]);
    expect(daysCovered(merged, '2020-01-01')).toBe(1);
    expect(countFullYears(merged, '2021-03-01')).toEqual({ days: 426, fullYears: 1, remainderDays: 60, firstDay: '2020-01-01' });
    expect(formatDuration(countFullYears(merged, '2021-03-01'))).toBe('1 年 又 60 天');
    expect(formatDuration(countFullYears([], '2021-03-01'))).toBe('0 天');
  });

  it('merges overlapping, nested and touching spans and drops those before `since`', () => {
    expect(
      mergeSpans([
        { from: '2018-01-01', to: '2018-12-31' },
        { from: '2015-01-01', to: '2016-12-31' },
        { from: '2016-06-01', to: '2016-08-01' },
        { from: '2017-01-01', to: '2017-03-01' },
        { from: '2019-06-01', to: null },
        { from: '2020-01-01', to: '2020-02-01' },
      ]),
    ).toEqual([
      { from: '2015-01-01', to: '2017-03-01' },
      { from: '2018-01-01', to: '2018-12-31' },
      { from: '2019-06-01', to: null },
    ]);
    expect(
      mergeSpans(
        [
          { from: '2010-01-01', to: '2011-01-01' },
          { from: '2012-01-01', to: null },
        ],
        '2011-06-01',
      ),
    ).toEqual([{ from: '2012-01-01', to: null }]);
  });
});

describe('seniority properties', () => {
  const day = fc.integer({ min: dayNumber('1990-01-01'), max: dayNumber('2026-01-01') });
  const period = fc
    .tuple(day, fc.option(fc.integer({ min: 0, max: 4000 }), { nil: null }))
    .map(([start, length]) => ({ from: fromDayNumber(start), to: length === null ? null : fromDayNumber(start + length) }));
  const periods = fc.array(period, { minLength: 0, maxLength: 5 });
  const years = fc.integer({ min: 1, max: 15 });
  const cutoff = day.map(fromDayNumber);

  it('met exactly when the cut-off is on or after the date N years are reached', () => {
    fc.assert(
      fc.property(periods, years, cutoff, (ps, n, c) => {
        const merged = mergeSpans(ps);
        const reached = dateReachingYears(merged, n);
        const met = countFullYears(merged, c).fullYears >= n;
        expect(met).toBe(reached !== null && c >= reached);
      }),
    );
  });

  it('on the date reached the count turns from N−1 to N', () => {
    fc.assert(
      fc.property(periods, years, (ps, n) => {
        const merged = mergeSpans(ps);
        const reached = dateReachingYears(merged, n);
        fc.pre(reached !== null);
        expect(countFullYears(merged, reached!).fullYears).toBeGreaterThanOrEqual(n);
        expect(countFullYears(merged, addDays(reached!, -1)).fullYears).toBeLessThan(n);
      }),
    );
  });

  it('adding a period never lowers the count, and merging never double counts', () => {
    fc.assert(
      fc.property(periods, period, cutoff, (ps, extra, c) => {
        const before = daysCovered(mergeSpans(ps), c);
        const after = daysCovered(mergeSpans([...ps, extra]), c);
        expect(after).toBeGreaterThanOrEqual(before);
        expect(daysCovered(mergeSpans([...ps, ...ps]), c)).toBe(before);
      }),
    );
  });
});
