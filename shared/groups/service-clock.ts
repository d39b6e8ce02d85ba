import type { IsoDate } from '../time/dates';
import { addDays, chinaDate } from '../time/dates';
import { addWorkdays, countWorkdays, dayInfo, weekdayName } from '../time/workdays';
import { chinaDateOf, chinaInstant } from '../time/instants';
import { DEFAULT_SERVICE_DAYS } from './model';

/**
 * 第六条's liaison groups promise an answer within a number of working days (default 2, the city's setting).
 *
 * The definition, once: a question asked at instant T is due at the END OF THE WORKING DAY (17:30 China time) of
 * the N-th working day AFTER T's China date (N = serviceDays). The asking day itself never counts, whatever the
 * hour; a question asked on a weekend or holiday therefore counts from the next working day as day 1, exactly like
 * one asked on the Friday evening before. Working days are China's (holidays off, make-up Saturdays and Sundays
 * on) from shared/time/workdays.ts; a year without official data is counted Monday to Friday and the clock
 * says `estimated`.
 *
 * States: answered → on time when the answer came at or before dueAt, late otherwise; open → overdue after
 * dueAt; due_soon within `reminderHoursBefore` hours of dueAt or on the due day itself; on_time otherwise.
 */

export const END_OF_DAY = '17:30';
export const DEFAULT_REMINDER_HOURS = 4;
const HOUR = 3_600_000;

export type ClockState = 'on_time' | 'due_soon' | 'overdue' | 'answered_on_time' | 'answered_late';

export interface ServiceClock {
  dueAt: string;
  dueText: string;
  state: ClockState;
  label: string;
  estimated: boolean;
}

export interface Due {
  dueAt: string;
  dueDate: IsoDate;
  estimated: boolean;
}

/** When a question asked at `askedAt` must be answered (see the definition above). */
export function dueOf(askedAt: string, serviceDays: number = DEFAULT_SERVICE_DAYS): Due {
  if (!Number.isInteger(serviceDays) || serviceDays < 1) throw new Error(`答复时限应为正整数：${serviceDays}`);
  const asked = chinaDateOf(askedAt);
  const r = addWorkdays(asked, serviceDays);
  return { dueAt: chinaInstant(r.date, END_OF_DAY), dueDate: r.date, estimated: r.estimated || !dayInfo(asked).official };
}

const chinaHm = (instant: string) => new Date(Date.parse(instant) + 8 * HOUR).toISOString().slice(11, 16);

/** '2月24日（周二）17:30 前' */
export function dueText(dueAt: string): string {
  const d = chinaDateOf(dueAt);
  return `${Number(d.slice(5, 7))}月${Number(d.slice(8, 10))}日（${weekdayName(d)}）${chinaHm(dueAt)} 前`;
}

/** '12月2日 09:15' in China time. */
export function shortTime(instant: string): string {
  const s = new Date(Date.parse(instant) + 8 * HOUR).toISOString();
  return `${Number(s.slice(5, 7))}月${Number(s.slice(8, 10))}日 ${s.slice(11, 16)}`;
}

/** When the reminder before the deadline is due. */
export function reminderAt(dueAt: string, reminderHoursBefore: number = DEFAULT_REMINDER_HOURS): string {
  return new Date(Date.parse(dueAt) - reminderHoursBefore * HOUR).toISOString();
}

export interface ClockInput {
  dueAt: string;
  /** When the answer came; null while open. */
  answeredAt: string | null;
  estimated?: boolean;
}

/** Working days strictly after `from` up to and including `to`. */
function workdaysBetween(from: IsoDate, to: IsoDate): number {
  return to > from ? countWorkdays(addDays(from, 1), to).count : 0;
}

/** The clock as a person sees it at `now`. */
export function serviceClock(q: ClockInput, now: Date, reminderHoursBefore: number = DEFAULT_REMINDER_HOURS): ServiceClock {
  const base = { dueAt: q.dueAt, dueText: dueText(q.dueAt), estimated: q.estimated ?? !dayInfo(chinaDateOf(q.dueAt)).official };
  if (q.answeredAt) {
    const onTime = q.answeredAt <= q.dueAt;
    return { ...base, state: onTime ? 'answered_on_time' : 'answered_late', label: onTime ? '按时答复' : '超时答复' };
  }
  const at = now.toISOString();
  const today = chinaDate(now);
  const dueDate = chinaDateOf(q.dueAt);
  const hm = chinaHm(q.dueAt);
  if (at > q.dueAt) {
    const late = workdaysBetween(dueDate, today);
    return { ...base, state: 'overdue', label: late ? `已超时 ${late} 个工作日` : '已超时' };
  }
  const soon = at >= reminderAt(q.dueAt, reminderHoursBefore) || today === dueDate;
  const label =
    today === dueDate ? `今天 ${hm} 前` : addDays(today, 1) === dueDate ? `明天 ${hm} 前` : `剩余 ${Math.max(1, workdaysBetween(today, dueDate))} 个工作日`;
  return { ...base, state: soon ? 'due_soon' : 'on_time', label };
}
