import { addDays } from '../time/dates';
import { chinaDateOf, chinaInstant } from '../time/instants';
import type { BriefingMessageId } from '../announcements/subscriptions';
import type { BriefingRemindEffect, CancelRemindersEffect } from './effects';
import type { Session } from './session';
import { sessionData } from './session-text';
import { BRIEFING_RULES } from './rules';

/**
 * Reminders (rule `briefing-reminders`): the day before at 09:00 China time, and an hour before the start.
 * China is UTC+8 all year (no daylight saving), so a China wall-clock time is one fixed instant; the day
 * before is the China calendar day before the session's China date, whatever the UTC date is.
 */
export type ReminderKind = 'day_before' | 'hour_before';
const MESSAGE: Record<ReminderKind, BriefingMessageId> = { day_before: 'briefing_reminder_day', hour_before: 'briefing_reminder_hour' };

/** The reminder instants for a session starting at `startsAt`, as seen at `now`: those already past are skipped. */
export function reminderPlan(startsAt: string, now: Date, p = BRIEFING_RULES.reminders.parameters): { kind: ReminderKind; at: string }[] {
  const day = chinaInstant(addDays(chinaDateOf(startsAt), -1), p.dayBeforeAt);
  const hour = new Date(Date.parse(startsAt) - p.hourBeforeMinutes * 60_000).toISOString();
  const at = now.toISOString();
  const plan: { kind: ReminderKind; at: string }[] = [];
  // The day-before reminder only if it still comes before the hour-before one (always, for 09:00 and 60 minutes).
  if (day > at && day < hour) plan.push({ kind: 'day_before', at: day });
  if (hour > at) plan.push({ kind: 'hour_before', at: hour });
  return plan;
}

export function reminderKey(sessionId: string, openid: string, kind: ReminderKind): string {
  return `briefing:${sessionId}:${openid}:${kind}`;
}

/** The reminders of one confirmed person. */
export function reminderEffects(
  s: Pick<Session, 'id' | 'topic' | 'startsAt' | 'venue'>,
  openid: string,
  now: Date,
): BriefingRemindEffect[] {
  return reminderPlan(s.startsAt, now).map(({ kind, at }) => ({
    kind: 'remind',
    at,
    key: reminderKey(s.id, openid, kind),
    onlyIf: { sessionId: s.id, openid, startsAt: s.startsAt },
    notify: { kind: 'notify', to: { openid }, template: MESSAGE[kind], data: sessionData(s), sessionId: s.id },
  }));
}

export function cancelReminders(sessionId: string, openid: string): CancelRemindersEffect {
  return { kind: 'cancel_reminders', keys: (['day_before', 'hour_before'] as const).map((k) => reminderKey(sessionId, openid, k)) };
}

/**
 * Whether a due reminder is still to be sent (the outbox sender asks before sending): the session was not
 * cancelled and still starts when the reminder was planned for, and the person is still confirmed.
 */
export function reminderStillDue(
  r: Pick<BriefingRemindEffect, 'onlyIf'>,
  s: Pick<Session, 'status' | 'startsAt'>,
  confirmed: readonly string[],
): boolean {
  return s.status === 'scheduled' && s.startsAt === r.onlyIf.startsAt && confirmed.includes(r.onlyIf.openid);
}
