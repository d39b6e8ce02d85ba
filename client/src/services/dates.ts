import { chinaDate } from '@shared/policy/dates';

/** Today in Baotou (UTC+8), 'YYYY-MM-DD': the date a self-check is evaluated on and the latest date a form accepts. */
export function today(): string {
  return chinaDate(new Date());
}

/** '2027-07-15' → '2027 年 7 月 15 日' (anything else unchanged). */
export function formatDate(iso: string | undefined): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso ?? '');
  return m ? `${m[1]} 年 ${Number(m[2])} 月 ${Number(m[3])} 日` : (iso ?? '');
}

/** `2025-03-01T08:00:00.000Z` → `2025-03-01 16:00` (the phone's local time). */
export function formatTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`;
}
