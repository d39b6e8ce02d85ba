/**
 * Calendar dates as 'YYYY-MM-DD' strings, with arithmetic on whole days in UTC so that no time zone or
 * daylight-saving rule can move a boundary. Strings of this shape also compare correctly with < and >.
 */
export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function parseIsoDate(value: string): { year: number; month: number; day: number } | null {
  if (!ISO_DATE.test(value)) return null;
  const year = digits(value, 0, 4);
  const month = digits(value, 5, 7);
  const day = digits(value, 8, 10);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

/** The number written by the ASCII digits of `s` from `from` to `to` (exclusive); the caller checked they are digits. */
function digits(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) n = n * 10 + (s.charCodeAt(i) - 48);
  return n;
}

export function isIsoDate(value: unknown): value is IsoDate {
  return typeof value === 'string' && parseIsoDate(value) !== null;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : MONTH_DAYS[month - 1];
}

/**
 * Days since 1970-01-01 of a proleptic Gregorian date, by arithmetic (H. Hinnant's days_from_civil) — the
 * engine counts days in loops, and this is what Date.UTC gives, without building a Date each time.
 */
export function civilDayNumber(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

/** Days since 1970-01-01. */
export function dayNumber(date: IsoDate): number {
  if (ISO_DATE.test(date)) {
    const year = digits(date, 0, 4);
    const month = digits(date, 5, 7);
    const day = digits(date, 8, 10);
    if (month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)) return civilDayNumber(year, month, day);
  }
  throw new Error(`不是有效日期：${date}`);
}

/** The date of a day number (H. Hinnant's civil_from_days), the inverse of dayNumber. */
export function fromDayNumber(n: number): IsoDate {
  const z = n + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return `${pad(year, 4)}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
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
