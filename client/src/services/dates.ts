import { chinaDate } from '@shared/time/dates';
import { formatChinaTime } from '@shared/time/instants';

/** Today in Baotou (UTC+8), 'YYYY-MM-DD': the date a self-check is evaluated on and the latest date a form accepts. */
export function today(): string {
  return chinaDate(new Date());
}

/** '2027-07-15' → '2027 年 7 月 15 日' (anything else unchanged). */
export function formatDate(iso: string | undefined): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso ?? '');
  return m ? `${m[1]} 年 ${Number(m[2])} 月 ${Number(m[3])} 日` : (iso ?? '');
}

/**
 * `2025-03-01T08:00:00.000Z` → `2025-03-01 16:00`: Baotou's time (UTC+8), whatever the phone's zone — a defense
 * or a briefing at 09:00 takes place at 09:00 in Baotou. '' for none; anything not an instant unchanged.
 */
export function formatTime(iso: string | null | undefined): string {
  if (!iso) return '';
  return Number.isNaN(Date.parse(iso)) ? iso : formatChinaTime(iso);
}

/** An instant's day in Baotou, '2026-12-10' ('' for none). */
export function formatDay(iso: string | null | undefined): string {
  return formatTime(iso).slice(0, 10);
}
