import calendarData from 'chinese-days/dist/chinese-days.json';
import type { IsoDate } from './dates';
import { addDays, dayNumber, parseIsoDate } from './dates';

/**
 * Working days in mainland China: weekends off, official holidays off, make-up workdays (调休上班) on, from
 * the State Council's announcements as the maintained chinese-days library publishes them.
 *
 * We read the library's published data file rather than call its functions: those parse and format dates
 * in the runtime's local time zone, so west of UTC every answer is shifted by a day (2026-02-14, a make-up
 * Saturday, comes out as a holiday in New York). The data file is keyed by plain dates and has no such issue.
 *
 * The data stops at the last announced year. A date in a year without data is counted Monday to Friday and
 * the result says so (`estimated`), so the UI can warn instead of silently treating 1 January as a workday.
 */

type Entries = Record<string, string>;
const HOLIDAYS: Entries = (calendarData as { holidays: Entries }).holidays;
const MAKEUP_WORKDAYS: Entries = (calendarData as { workdays: Entries }).workdays;

const YEARS_WITH_DATA: ReadonlySet<number> = new Set(Object.keys(HOLIDAYS).map((d) => Number(d.slice(0, 4))));

export const ESTIMATE_NOTE = '该年度节假日安排尚未公布，按周一至周五计算';

export function estimateNote(years: readonly number[]): string {
  return years.length ? `${years.join('、')}年节假日安排尚未公布，按周一至周五计算` : '';
}

/** Whether the library has the official holiday arrangement for this year. */
export function hasOfficialCalendar(year: number): boolean {
  return YEARS_WITH_DATA.has(year);
}

/** The years the library covers (2004–2026 in chinese-days 1.5.7). */
export function officialCalendarYears(): { from: number; to: number } {
  const years = [...YEARS_WITH_DATA];
  return { from: Math.min(...years), to: Math.max(...years) };
}

export type DayKind = 'workday' | 'weekend' | 'holiday' | 'makeup_workday';

export interface DayInfo {
  date: IsoDate;
  workday: boolean;
  kind: DayKind;
  /** Chinese name of the holiday a holiday or make-up workday belongs to, e.g. 春节. */
  holiday?: string;
  /** False when the year has no official data and Monday–Friday was assumed. */
  official: boolean;
}

const WEEKDAY_NAMES = ['周日', '周一', '周二', '周三', '周四', '周五', '周六'];

/** 0 = Sunday … 6 = Saturday. 1970-01-01 was a Thursday. */
export function weekday(date: IsoDate): number {
  return (((dayNumber(date) + 4) % 7) + 7) % 7;
}

export function weekdayName(date: IsoDate): string {
  return WEEKDAY_NAMES[weekday(date)];
}

/** Entries look like "Spring Festival,春节,4": English name, Chinese name, days. */
function chineseName(entry: string): string {
  return entry.split(',')[1] ?? entry;
}

export function dayInfo(date: IsoDate): DayInfo {
  const p = parseIsoDate(date);
  if (!p) throw new Error(`不是有效日期：${date}`);
  const official = hasOfficialCalendar(p.year);
  const weekend = weekday(date) === 0 || weekday(date) === 6;
  if (official && MAKEUP_WORKDAYS[date])
    return { date, workday: true, kind: 'makeup_workday', holiday: chineseName(MAKEUP_WORKDAYS[date]), official };
  if (official && HOLIDAYS[date]) return { date, workday: false, kind: 'holiday', holiday: chineseName(HOLIDAYS[date]), official };
  return { date, workday: !weekend, kind: weekend ? 'weekend' : 'workday', official };
}

export function isWorkday(date: IsoDate): boolean {
  return dayInfo(date).workday;
}

export interface WorkdayResult {
  date: IsoDate;
  /** Some day counted lies in a year without official data (Monday–Friday assumed). */
  estimated: boolean;
  estimatedYears: number[];
  note?: string;
}

function result(date: IsoDate, years: Set<number>): WorkdayResult {
  const estimatedYears = [...years].sort((a, b) => a - b);
  return {
    date,
    estimated: estimatedYears.length > 0,
    estimatedYears,
    ...(estimatedYears.length ? { note: estimateNote(estimatedYears) } : {}),
  };
}

/**
 * The n-th working day after `date` (before it when n is negative), like chinese-days' findWorkday;
 * n = 0 returns `date` itself whatever it is.
 */
export function addWorkdays(date: IsoDate, n: number): WorkdayResult {
  if (!Number.isInteger(n)) throw new Error(`工作日数应为整数：${n}`);
  const step = n < 0 ? -1 : 1;
  const unofficial = new Set<number>();
  let cursor = date;
  for (let left = Math.abs(n); left > 0;) {
    cursor = addDays(cursor, step);
    const info = dayInfo(cursor);
    if (!info.official) unofficial.add(Number(cursor.slice(0, 4)));
    if (info.workday) left -= 1;
  }
  return result(cursor, unofficial);
}

/** Working days from `from` to `to`, both included (0 when `to` is before `from`). */
export function countWorkdays(from: IsoDate, to: IsoDate): { count: number; estimated: boolean; estimatedYears: number[]; note?: string } {
  const unofficial = new Set<number>();
  let count = 0;
  for (let d = from; d <= to; d = addDays(d, 1)) {
    const info = dayInfo(d);
    if (!info.official) unofficial.add(Number(d.slice(0, 4)));
    if (info.workday) count += 1;
  }
  const r = result(to, unofficial);
  return { count, estimated: r.estimated, estimatedYears: r.estimatedYears, ...(r.note ? { note: r.note } : {}) };
}

export interface NoticePeriod {
  startsOn: IsoDate;
  endsOn: IsoDate;
  workingDays: number;
  /** The working days the notice runs on, in order. */
  days: IsoDate[];
  estimated: boolean;
  estimatedYears: number[];
  note?: string;
}

/**
 * A public notice of N working days posted on `startsOn`: the start day counts when it is a working day,
 * and the notice ends at the end of its N-th working day.
 */
export function noticePeriod(startsOn: IsoDate, workingDays: number): NoticePeriod {
  if (!Number.isInteger(workingDays) || workingDays < 1) throw new Error(`公示工作日数应为正整数：${workingDays}`);
  const unofficial = new Set<number>();
  const days: IsoDate[] = [];
  for (let d = startsOn; days.length < workingDays; d = addDays(d, 1)) {
    const info = dayInfo(d);
    if (!info.official) unofficial.add(Number(d.slice(0, 4)));
    if (info.workday) days.push(d);
  }
  const r = result(days[days.length - 1], unofficial);
  return {
    startsOn,
    endsOn: r.date,
    workingDays,
    days,
    estimated: r.estimated,
    estimatedYears: r.estimatedYears,
    ...(r.note ? { note: r.note } : {}),
  };
}
