/**
 * Calendar dates as 'YYYY-MM-DD' strings, with arithmetic on whole days in UTC so that no time zone or
 * daylight-saving rule can move a boundary. Strings of this shape also compare correctly with < and >.
 */
export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

export function parseIsoDate(value: string): { year: number; month: number; day: number } | null {
  const m = ISO_DATE.exec(value);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

export function isIsoDate(value: unknown): value is IsoDate {
  return typeof value === 'string' && parseIsoDate(value) !== null;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Days since 1970-01-01. */
export function dayNumber(date: IsoDate): number {
  const p = parseIsoDate(date);
  if (!p) throw new Error(`不是有效日期：${date}`);
  return Math.round(Date.UTC(p.year, p.month - 1, p.day) / MS_PER_DAY);
}

export function fromDayNumber(n: number): IsoDate {
  return new Date(n * MS_PER_DAY).toISOString().slice(0, 10);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromDayNumber(dayNumber(date) + days);
}

/** The same day N years later; 29 February falls back to 28 February in a common year. */
export function addYears(date: IsoDate, years: number): IsoDate {
  const p = parseIsoDate(date);
  if (!p) throw new Error(`不是有效日期：${date}`);
  const year = p.year + years;
  const day = Math.min(p.day, daysInMonth(year, p.month));
  return `${pad(year, 4)}-${pad(p.month, 2)}-${pad(day, 2)}`;
}

export function daysBetween(from: IsoDate, to: IsoDate): number {
  return dayNumber(to) - dayNumber(from);
}

export function minDate(a: IsoDate, b: IsoDate): IsoDate {
  return a < b ? a : b;
}

export function maxDate(a: IsoDate, b: IsoDate): IsoDate {
  return a > b ? a : b;
}

export function monthOf(date: IsoDate): { year: number; month: number } {
  const p = parseIsoDate(date);
  if (!p) throw new Error(`不是有效日期：${date}`);
  return { year: p.year, month: p.month };
}

export function isoMonth(year: number, month: number): string {
  return `${pad(year, 4)}-${pad(month, 2)}`;
}

export function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/** The calendar date in Baotou (UTC+8, no daylight saving) at an instant: "today" for a person there. */
export function chinaDate(instant: Date): IsoDate {
  return new Date(instant.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}
