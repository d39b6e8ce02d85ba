import type { ContentCheckEffect } from '../announcements/effects';
import type { BriefingMessageId } from '../announcements/subscriptions';
import type { ActorRef } from '../workflow/application';
import type { Recipient as Addressee } from '../workflow/effects';

/**
 * What a briefing decision asks the function to do, as data. `content_check` comes first and gates the
 * write (as for announcements). `notify_roster` is enumerated by the function from the roster as it stands
 * when it carries the effect out, so a sign-up that raced a move is told too.
 */
export const BRIEFING_TEMPLATES: Record<BriefingMessageId, { title: string; fields: readonly string[] }> = {
  briefing_confirmed: { title: '宣讲报名成功', fields: ['topic', 'time', 'place'] },
  briefing_waiting: { title: '宣讲名额已满，您在候补名单中', fields: ['topic', 'time', 'position'] },
  briefing_promoted: { title: '候补成功，您已确认参加宣讲', fields: ['topic', 'time', 'place'] },
  briefing_moved: { title: '宣讲时间或地点有调整', fields: ['topic', 'time', 'place', 'note'] },
  briefing_cancelled: { title: '宣讲已取消', fields: ['topic', 'time', 'note'] },
  briefing_reminder_day: { title: '明天有您报名的政策宣讲', fields: ['topic', 'time', 'place'] },
  briefing_reminder_hour: { title: '您报名的政策宣讲 1 小时后开始', fields: ['topic', 'time', 'place'] },
};

export type BriefingActionId = 'create' | 'update' | 'move' | 'cancel' | 'attach' | 'sign_up' | 'cancel_sign_up' | 'check_in' | 'rate';

export interface BriefingAuditEffect {
  kind: 'audit';
  at: string;
  actor: ActorRef;
  action: `briefing.${BriefingActionId}`;
  /** 'briefings/<id>'. */
  target: string;
  from: { status: string; version: number } | null;
  to: { status: string; version: number };
  detail?: Record<string, unknown>;
}

export interface BriefingNotifyEffect {
  kind: 'notify';
  to: Addressee;
  template: BriefingMessageId;
  data: Record<string, string>;
  sessionId: string;
}

/** Tell everyone on the roster with one of these statuses (read when the effect is carried out). */
export interface NotifyRosterEffect {
  kind: 'notify_roster';
  sessionId: string;
  statuses: readonly ('confirmed' | 'waiting')[];
  template: BriefingMessageId;
  data: Record<string, string>;
}

/**
 * A reminder for later. It replaces one with the same key, and when due is sent only if the person is still
 * confirmed and the session still starts at `onlyIf.startsAt` (a moved or cancelled session drops it).
 */
export interface BriefingRemindEffect {
  kind: 'remind';
  at: string;
  key: string;
  onlyIf: { sessionId: string; openid: string; startsAt: string };
  notify: BriefingNotifyEffect;
}

export interface CancelRemindersEffect {
  kind: 'cancel_reminders';
  /** The keys to cancel; with `sessionId` and no keys: every reminder of the session. */
  keys?: string[];
  sessionId?: string;
}

/** Recompute every confirmed person's reminders from the roster (after a move). */
export interface RescheduleRemindersEffect {
  kind: 'reschedule_reminders';
  sessionId: string;
}

export type BriefingEffect =
  | ContentCheckEffect
  | BriefingAuditEffect
  | BriefingNotifyEffect
  | NotifyRosterEffect
  | BriefingRemindEffect
  | CancelRemindersEffect
  | RescheduleRemindersEffect;
