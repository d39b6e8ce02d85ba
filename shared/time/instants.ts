import type { IsoDate } from './dates';
import { chinaDate } from './dates';

/** Instants are ISO strings; "days" are China (UTC+8, no daylight saving) calendar dates. */

const CHINA_OFFSET_MS = 8 * 3_600_000;

/** ISO instant with an explicit offset or Z, e.g. 2026-11-10T09:00:00+08:00. */
export const INSTANT_WITH_OFFSET = /^(\d{4}-\d{2}-\d{2})T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

export function isInstant(value: string): boolean {
  return INSTANT_WITH_OFFSET.test(value) && !Number.isNaN(Date.parse(value));
}

export function chinaDateOf(instant: string): IsoDate {
  return chinaDate(new Date(instant));
}

/** The instant of a China wall-clock time on a date, as an ISO string. */
export function chinaInstant(date: IsoDate, time: string): string {
  return new Date(`${date}T${time}:00+08:00`).toISOString();
}

/** '2026-11-10 09:00' in China time, for messages. */
export function formatChinaTime(instant: string): string {
  const shifted = new Date(Date.parse(instant) + CHINA_OFFSET_MS).toISOString();
  return `${shifted.slice(0, 10)} ${shifted.slice(11, 16)}`;
}

/** The last day of a 'YYYY-MM' month. */
export function endOfMonth(month: string): IsoDate {
  const [y, m] = month.split('-').map(Number);
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
}
