import type { IsoDate } from './dates';
import { addDays, addYears, daysBetween, maxDate, minDate } from './dates';
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

/** Sorted, overlapping or touching spans joined; days before `notBefore` dropped. */
export function mergeSpans(spans: readonly Span[], notBefore?: IsoDate): Span[] {
  const clipped = spans
    .map((s) => ({ from: notBefore ? maxDate(s.from, notBefore) : s.from, to: s.to }))
    .filter((s) => s.to === null || s.to >= s.from)
    .sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
  const merged: Span[] = [];
  for (const s of clipped) {
    const last = merged[merged.length - 1];
    if (last && (last.to === null || addDays(last.to, 1) >= s.from)) {
      last.to = last.to === null || s.to === null ? null : maxDate(last.to, s.to);
    } else {
      merged.push({ ...s });
    }
  }
  return merged;
}

/** Days covered by merged spans up to and including `cutoff`. */
export function daysCovered(merged: readonly Span[], cutoff: IsoDate): number {
  let days = 0;
  for (const s of merged) {
    if (s.from > cutoff) break;
    const end = s.to === null ? cutoff : minDate(s.to, cutoff);
    days += daysBetween(s.from, end) + 1;
  }
  return days;
}

/** Days in the N years that start on `firstDay`. */
export function daysInYears(firstDay: IsoDate, years: number): number {
  return daysBetween(firstDay, addYears(firstDay, years));
}

export interface YearCount {
  days: number;
  fullYears: number;
  /** Days beyond the full years. */
  remainderDays: number;
  firstDay: IsoDate | null;
}

export function countFullYears(merged: readonly Span[], cutoff: IsoDate): YearCount {
  const days = daysCovered(merged, cutoff);
  const firstDay = merged.length > 0 && merged[0].from <= cutoff ? merged[0].from : null;
  if (firstDay === null) return { days: 0, fullYears: 0, remainderDays: 0, firstDay: null };
  let fullYears = 0;
  while (daysInYears(firstDay, fullYears + 1) <= days) fullYears++;
  return { days, fullYears, remainderDays: days - daysInYears(firstDay, fullYears), firstDay };
}

/** The first cut-off date on which the spans make N full years, ongoing spans continuing; null if never. */
export function dateReachingYears(merged: readonly Span[], years: number): IsoDate | null {
  if (merged.length === 0) return null;
  const target = daysInYears(merged[0].from, years);
  let before = 0;
  for (const s of merged) {
    const length = s.to === null ? Infinity : daysBetween(s.from, s.to) + 1;
    if (before + length >= target) return addDays(s.from, target - before - 1);
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
  const spans = periods.filter((p) => p.kind === options.kind).map((p) => ({ from: p.from, to: p.to ?? null }));
  const merged = mergeSpans(spans, options.since);
  const count = countFullYears(merged, options.countedTo);
  return {
    kind: options.kind,
    requiredYears: options.years,
    countedTo: options.countedTo,
    ...(options.since ? { since: options.since } : {}),
    count,
    met: count.fullYears >= options.years,
    reachedOn: dateReachingYears(merged, options.years),
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
