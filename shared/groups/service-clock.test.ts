import { addDays } from '../time/dates';
import { countWorkdays, dayInfo } from '../time/workdays';
import { chinaDateOf } from '../time/instants';
import { dueOf, dueText, reminderAt, serviceClock } from './service-clock';

/** A China wall-clock time as an instant. */
const cn = (date: string, time: string) => new Date(`${date}T${time}:00+08:00`).toISOString();
const due = (date: string, time: string, n?: number) => {
  const d = dueOf(cn(date, time), n);
  return { date: chinaDateOf(d.dueAt), text: dueText(d.dueAt), estimated: d.estimated };
};

describe('the calendar the tests rely on (chinese-days data)', () => {
  it('2026 Spring Festival: 2月15日–23日 off, Saturdays 2月14日 and 2月28日 worked; 2025 National Day: 10月1日–8日 off, 9月28日 and 10月11日 worked', () => {
    expect(dayInfo('2026-02-14')).toMatchObject({ kind: 'makeup_workday', workday: true, holiday: '春节' });
    for (let d = '2026-02-15'; d <= '2026-02-23'; d = addDays(d, 1)) expect(dayInfo(d)).toMatchObject({ kind: 'holiday', workday: false });
    expect(dayInfo('2026-02-28')).toMatchObject({ kind: 'makeup_workday', workday: true });
    expect(dayInfo('2025-09-28')).toMatchObject({ kind: 'makeup_workday', workday: true });
    for (let d = '2025-10-01'; d <= '2025-10-08'; d = addDays(d, 1)) expect(dayInfo(d).workday).toBe(false);
    expect(dayInfo('2025-10-11')).toMatchObject({ kind: 'makeup_workday', workday: true });
  });
});

describe('when an answer is due (2 working days by default)', () => {
  it('asked on the Friday evening before the Spring Festival: the make-up Saturday is day 1, the first Tuesday after the holiday day 2', () => {
    expect(due('2026-02-13', '20:00')).toEqual({ date: '2026-02-24', text: '2月24日（周二）17:30 前', estimated: false });
    // The hour does not matter: the asking day never counts.
    expect(due('2026-02-13', '08:05').date).toBe('2026-02-24');
  });

  it('asked on a make-up Saturday: that day does not count, the holiday is skipped', () => {
    expect(due('2026-02-14', '10:00').date).toBe('2026-02-25');
  });

  it('asked during the holiday: counting starts with the first working day after it', () => {
    expect(due('2026-02-18', '11:00').date).toBe('2026-02-25');
    expect(due('2026-02-23', '23:59').date).toBe('2026-02-25');
    expect(due('2026-02-18', '11:00', 1).date).toBe('2026-02-24');
  });

  it('a make-up Saturday can be the due day', () => {
    expect(due('2026-02-12', '09:00')).toMatchObject({ date: '2026-02-14', text: '2月14日（周六）17:30 前' });
    expect(due('2026-02-27', '09:00').date).toBe('2026-03-02');
  });

  it('2025 National Day: the make-up Sunday 9月28日 and Saturday 10月11日 count, the eight days off do not', () => {
    expect(due('2025-09-26', '19:00')).toMatchObject({ date: '2025-09-29', text: '9月29日（周一）17:30 前' });
    expect(due('2025-09-30', '10:00').date).toBe('2025-10-10');
    expect(due('2025-10-03', '10:00').date).toBe('2025-10-10');
    expect(due('2025-10-10', '16:00')).toMatchObject({ date: '2025-10-13', text: '10月13日（周一）17:30 前' });
  });

  it('an instant late in the UTC day is taken by its China date', () => {
    // 2026-02-13T16:30Z is 2026-02-14 00:30 in China: asked on the make-up Saturday.
    expect(chinaDateOf(dueOf('2026-02-13T16:30:00.000Z').dueAt)).toBe('2026-02-25');
  });

  it('a year without official data is counted Monday to Friday and says so', () => {
    expect(due('2027-03-05', '10:00')).toMatchObject({ date: '2027-03-09', estimated: true });
    expect(due('2026-12-30', '10:00').estimated).toBe(true);
    expect(due('2026-11-30', '10:00').estimated).toBe(false);
  });

  it('refuses a service period that is not a positive whole number', () => {
    expect(() => dueOf(cn('2026-03-02', '09:00'), 0)).toThrow();
    expect(() => dueOf(cn('2026-03-02', '09:00'), 1.5)).toThrow();
  });

  it('property: across both holidays, for every hour and 1–5 days, the due day is a working day strictly after the asking day, with exactly N-1 working days between', () => {
    const ranges: [string, string][] = [
      ['2025-09-20', '2025-10-20'],
      ['2026-02-01', '2026-03-10'],
    ];
    let checked = 0;
    for (const [from, to] of ranges) {
      for (let d = from; d <= to; d = addDays(d, 1)) {
        for (let h = 0; h < 24; h += 5) {
          const asked = cn(d, `${String(h).padStart(2, '0')}:17`);
          for (let n = 1; n <= 5; n++) {
            const r = dueOf(asked, n);
            const dueDate = chinaDateOf(r.dueAt);
            expect(dayInfo(dueDate).workday).toBe(true);
            expect(dueDate > d).toBe(true);
            expect(r.dueAt > asked).toBe(true);
            expect(countWorkdays(addDays(d, 1), addDays(dueDate, -1)).count).toBe(n - 1);
            checked++;
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(1000);
  });
});

describe('the clock as a person sees it', () => {
  const asked = cn('2026-02-13', '20:00');
  const { dueAt } = dueOf(asked);
  const at = (date: string, time: string) => new Date(cn(date, time));
  const open = { dueAt, answeredAt: null };

  it('on time with the working days left, the holiday not counted', () => {
    expect(serviceClock(open, at('2026-02-13', '20:01'))).toMatchObject({ state: 'on_time', label: '剩余 2 个工作日', dueText: '2月24日（周二）17:30 前', estimated: false });
    expect(serviceClock(open, at('2026-02-20', '10:00'))).toMatchObject({ state: 'on_time', label: '剩余 1 个工作日' });
    expect(serviceClock({ dueAt: dueOf(cn('2026-03-02', '09:00'), 3).dueAt, answeredAt: null }, at('2026-03-02', '09:00')).label).toBe('剩余 3 个工作日');
  });

  it('the day before says 明天; the due day says 今天 and is due soon; so are the last hours', () => {
    expect(serviceClock(open, at('2026-02-23', '12:00'))).toMatchObject({ state: 'on_time', label: '明天 17:30 前' });
    expect(serviceClock(open, at('2026-02-24', '08:00'))).toMatchObject({ state: 'due_soon', label: '今天 17:30 前' });
    expect(serviceClock(open, at('2026-02-23', '20:00'), 24)).toMatchObject({ state: 'due_soon', label: '明天 17:30 前' });
  });

  it('overdue after 17:30 of the due day, then by working days', () => {
    expect(serviceClock(open, at('2026-02-24', '17:31'))).toMatchObject({ state: 'overdue', label: '已超时' });
    expect(serviceClock(open, at('2026-02-25', '09:00'))).toMatchObject({ state: 'overdue', label: '已超时 1 个工作日' });
    // 2月28日 is a make-up Saturday: it counts.
    expect(serviceClock(open, at('2026-03-01', '09:00'))).toMatchObject({ state: 'overdue', label: '已超时 4 个工作日' });
  });

  it('answered on time or late, whatever the hour now', () => {
    expect(serviceClock({ dueAt, answeredAt: cn('2026-02-24', '17:30') }, at('2026-05-01', '09:00'))).toMatchObject({ state: 'answered_on_time', label: '按时答复' });
    expect(serviceClock({ dueAt, answeredAt: cn('2026-02-24', '17:31') }, at('2026-02-24', '17:32'))).toMatchObject({ state: 'answered_late', label: '超时答复' });
  });

  it('the reminder is due the set hours before the deadline', () => {
    expect(reminderAt(dueAt)).toBe(cn('2026-02-24', '13:30'));
    expect(reminderAt(dueAt, 24)).toBe(cn('2026-02-23', '17:30'));
  });
});
