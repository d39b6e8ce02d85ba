import type { IsoDate } from '../time/dates';
import { civilDayNumber, dayNumber, daysInMonth, fromDayNumber, parseIsoDate } from '../time/dates';
import type { WorkKind } from './vocabulary';

/**
 * "满 N 年" (interpretation full-years-by-days): each period covers its days from `from` to `to` inclusive
 * (an ongoing period up to the cut-off, inclusive); overlapping days count once; the total number of days is
 * laid end to end from the first day worked, and N full years are reached when it covers N years from that
 * day — continuous work from 2016-07-01 reaches 5 years on 2021-06-30.
 */

/** Inclusive; `to: null` = still going on. */
export interface Span {
  from: IsoDate;
  to: IsoDate | null;
}

/** A span as day numbers (dates.ts dayNumber): the engine's loops add and compare numbers, not strings. */
interface DaySpan {
  from: number;
  to: number | null;
}

const toDays = (s: Span): DaySpan => ({ from: dayNumber(s.from), to: s.to === null ? null : dayNumber(s.to) });
const toDates = (s: DaySpan): Span => ({ from: fromDayNumber(s.from), to: s.to === null ? null : fromDayNumber(s.to) });

/** Sorted, overlapping or touching spans joined; days before `notBefore` dropped. */
export function mergeSpans(spans: readonly Span[], notBefore?: IsoDate): Span[] {
  return mergeDaySpans(spans.map(toDays), notBefore ? dayNumber(notBefore) : undefined).map(toDates);
}

function mergeDaySpans(spans: readonly DaySpan[], notBefore?: number): DaySpan[] {
  const clipped: DaySpan[] = [];
  for (const s of spans) {
    const from = notBefore !== undefined && notBefore > s.from ? notBefore : s.from;
    if (s.to === null || s.to >= from) clipped.push({ from, to: s.to });
  }
  clipped.sort((a, b) => a.from - b.from);
  const merged: DaySpan[] = [];
  for (const s of clipped) {
    const last = merged[merged.length - 1];
    if (last && (last.to === null || last.to + 1 >= s.from)) {
      last.to = last.to === null || s.to === null ? null : Math.max(last.to, s.to);
    } else {
      merged.push(s);
    }
  }
  return merged;
}

/** Days covered by merged spans up to and including `cutoff`. */
export function daysCovered(merged: readonly Span[], cutoff: IsoDate): number {
  return coveredDays(merged.map(toDays), dayNumber(cutoff));
}

function coveredDays(merged: readonly DaySpan[], cutoff: number): number {
  let days = 0;
  for (const s of merged) {
    if (s.from > cutoff) break;
    const end = s.to === null || s.to > cutoff ? cutoff : s.to;
    days += end - s.from + 1;
  }
  return days;
}

/** Days in the N years that start on `firstDay`. */
export function daysInYears(firstDay: IsoDate, years: number): number {
  return anniversaries(firstDay)(years);
}

/** For a first day, the days in its first N years (the same day N years later, 29 February → 28 February). */
function anniversaries(firstDay: IsoDate): (years: number) => number {
  const p = parseIsoDate(firstDay);
  if (!p) throw new Error(`不是有效日期：${firstDay}`);
  const start = civilDayNumber(p.year, p.month, p.day);
  return (years) => {
    const year = p.year + years;
    return civilDayNumber(year, p.month, Math.min(p.day, daysInMonth(year, p.month))) - start;
  };
}

export interface YearCount {
  days: number;
  fullYears: number;
  /** Days beyond the full years. */
  remainderDays: number;
  firstDay: IsoDate | null;
}

export function countFullYears(merged: readonly Span[], cutoff: IsoDate): YearCount {
  return countYears(merged.map(toDays), dayNumber(cutoff));
}

function countYears(merged: readonly DaySpan[], cutoff: number): YearCount {
  if (merged.length === 0 || merged[0].from > cutoff) return { days: 0, fullYears: 0, remainderDays: 0, firstDay: null };
  const days = coveredDays(merged, cutoff);
  const firstDay = fromDayNumber(merged[0].from);
  const inYears = anniversaries(firstDay);
  // N years never exceed 366·N days, so ⌊days / 366⌋ full years are certainly reached; count on from there.
  let fullYears = Math.floor(days / 366);
  while (inYears(fullYears + 1) <= days) fullYears++;
  return { days, fullYears, remainderDays: days - inYears(fullYears), firstDay };
}

/** The first cut-off date on which the spans make N full years, ongoing spans continuing; null if never. */
export function dateReachingYears(merged: readonly Span[], years: number): IsoDate | null {
  const day = dayReachingYears(merged.map(toDays), years);
  return day === null ? null : fromDayNumber(day);
}

function dayReachingYears(merged: readonly DaySpan[], years: number): number | null {
  if (merged.length === 0) return null;
  const target = anniversaries(fromDayNumber(merged[0].from))(years);
  let before = 0;
  for (const s of merged) {
    const length = s.to === null ? Infinity : s.to - s.from + 1;
    if (before + length >= target) return s.from + target - before - 1;
    before += length;
  }
  return null;
}

export interface SeniorityCheck {
  kind: WorkKind;
  requiredYears: number;
  countedTo: IsoDate;
  /** Only work on or after this date counted (graduation, qualification). */
  since?: IsoDate;
  count: YearCount;
  met: boolean;
  /** When N full years are (or were) reached, assuming ongoing work continues; null if never without new work. */
  reachedOn: IsoDate | null;
  ongoing: boolean;
}

export interface KindedPeriod {
  from: IsoDate;
  to?: IsoDate | null;
  kind: WorkKind;
}

export function checkSeniority(
  periods: readonly KindedPeriod[],
  options: { kind: WorkKind; years: number; countedTo: IsoDate; since?: IsoDate },
): SeniorityCheck {
  const spans: DaySpan[] = [];
  for (const p of periods) if (p.kind === options.kind) spans.push(toDays({ from: p.from, to: p.to ?? null }));
  const merged = mergeDaySpans(spans, options.since ? dayNumber(options.since) : undefined);
  const count = countYears(merged, dayNumber(options.countedTo));
  const reached = dayReachingYears(merged, options.years);
  return {
    kind: options.kind,
    requiredYears: options.years,
    countedTo: options.countedTo,
    ...(options.since ? { since: options.since } : {}),
    count,
    met: count.fullYears >= options.years,
    reachedOn: reached === null ? null : fromDayNumber(reached),
    ongoing: merged.some((s) => s.to === null),
  };
}

export function formatDuration(count: YearCount): string {
  if (count.days === 0) return '0 天';
  const parts = [];
  if (count.fullYears > 0) parts.push(`${count.fullYears} 年`);
  if (count.remainderDays > 0 || count.fullYears === 0) parts.push(`${count.remainderDays} 天`);
  return parts.join(' 又 ');
}
