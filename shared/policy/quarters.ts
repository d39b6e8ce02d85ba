/**
 * 附件1 第二项's year: four quarters of three months, each green-channel round taking one month of its quarter to
 * apply, one to review, one to certify. Light (no schemas): the mini-program's main package reads it.
 */
import type { IsoDate } from '../time/dates';
import type { ClauseBook } from './clauses';
import { CLAUSES } from './clauses';
import { parametersAt } from './parameters';

export const QUARTERS = [1, 2, 3, 4] as const;
export type Quarter = (typeof QUARTERS)[number];

export const quarterOfMonth = (month: number): Quarter => Math.ceil(month / 3) as Quarter;

/** The month of the year (1–12) that is the n-th month of a quarter. */
export const monthOfYear = (quarter: Quarter, monthOfQuarter: number): number => (quarter - 1) * 3 + monthOfQuarter;

/** Which month of its quarter a month of the year (1–12) is. */
export const monthInItsQuarter = (month: number): 1 | 2 | 3 => (((month - 1) % 3) + 1) as 1 | 2 | 3;

export const MONTH_OF_QUARTER_LABELS = ['', '第一个月', '第二个月', '第三个月'] as const;

export type GreenChannelMonth = 'application' | 'review' | 'certificate';

/** Which month of its quarter a green-channel round does this in (附件1 第二项's parameters in force on `asOf`). */
export function greenChannelMonthOfQuarter(
  what: GreenChannelMonth,
  asOf: IsoDate,
  clauses: Pick<ClauseBook, '附件1 第二项'> = CLAUSES,
): 1 | 2 | 3 {
  const p = parametersAt({ clauses }, '附件1 第二项', asOf);
  const m = what === 'application' ? p.applicationMonthOfQuarter : what === 'review' ? p.reviewMonthOfQuarter : p.certificateMonthOfQuarter;
  return m as 1 | 2 | 3;
}

/** The months of the year a green-channel round does this in: application → [1, 4, 7, 10]. */
export function greenChannelMonths(what: GreenChannelMonth, asOf: IsoDate, clauses: Pick<ClauseBook, '附件1 第二项'> = CLAUSES): number[] {
  const m = greenChannelMonthOfQuarter(what, asOf, clauses);
  return QUARTERS.map((q) => monthOfYear(q, m));
}
