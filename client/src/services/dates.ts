import { chinaDate } from '@shared/time/dates';

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
 * or a briefing at 09:00 takes place at 09:00 in Baotou.
 */
export function formatTime(iso: string): string {
  const t = new Date(iso).getTime();
  if (Number.isNaN(t)) return iso;
  const d = new Date(t + 8 * 3600_000);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getUTCFullYear()}-${p(d.getUTCMonth() + 1)}-${p(d.getUTCDate())} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}`;
}
