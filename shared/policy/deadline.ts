import type { IsoDate } from '../time/dates';
import { daysBetween } from '../time/dates';

/**
 * 首页's line about the open round: the published round open for applications on `today` (China date) that
 * closes first, its deadline and the days left — "2026年第四季度绿色通道 申报截止 12 月 31 日，还有 30 天".
 * Only what rounds.list answers (public, 附件2 第二项); no rule of its own.
 */
export interface RoundDeadline {
  roundId: string;
  name: string;
  applyTo: IsoDate;
  daysLeft: number;
  text: string;
}

export function openRoundDeadline(rounds: readonly { id: string; name: string; applyFrom: IsoDate; applyTo: IsoDate }[], today: IsoDate): RoundDeadline | null {
  const open = rounds.filter((r) => r.applyFrom <= today && today <= r.applyTo).sort((a, b) => (a.applyTo < b.applyTo ? -1 : a.applyTo > b.applyTo ? 1 : 0));
  const r = open[0];
  if (!r) return null;
  const daysLeft = daysBetween(today, r.applyTo);
  const date = `${Number(r.applyTo.slice(5, 7))} 月 ${Number(r.applyTo.slice(8, 10))} 日`;
  return { roundId: r.id, name: r.name, applyTo: r.applyTo, daysLeft, text: `${r.name} 申报截止 ${date}，${daysLeft === 0 ? '今天截止' : `还有 ${daysLeft} 天`}` };
}
