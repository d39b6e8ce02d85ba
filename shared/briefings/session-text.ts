/**
 * A session in words and its phase: what messages, lists and shares of a briefing need without the session's
 * form schemas (session.ts), so the outbox and the group cards load no zod for them.
 */
import { formatChinaTime } from '../time/instants';
import type { Session, Venue } from './session';

export function venueText(v: Venue): string {
  if (v.kind === 'place') return v.room ? `${v.address}${v.room}` : v.address;
  return `线上（${v.platform ?? '网络会议'}${v.meetingCode ? ` 会议号 ${v.meetingCode}` : ''}）`;
}

/** The fields our briefing messages carry. */
export function sessionData(s: Pick<Session, 'topic' | 'startsAt' | 'venue'>): Record<string, string> {
  return { topic: s.topic, time: formatChinaTime(s.startsAt), place: venueText(s.venue) };
}

export type SessionPhase = 'cancelled' | 'not_open' | 'open' | 'closed' | 'ongoing' | 'ended';
export const SESSION_PHASE_LABELS: Record<SessionPhase, string> = {
  cancelled: '已取消',
  not_open: '未开始报名',
  open: '报名中',
  closed: '报名已截止',
  ongoing: '进行中',
  ended: '已结束',
};

export function sessionPhase(s: Pick<Session, 'status' | 'startsAt' | 'endsAt' | 'signUp'>, now: Date): SessionPhase {
  const at = now.toISOString();
  if (s.status === 'cancelled') return 'cancelled';
  if (at >= s.endsAt) return 'ended';
  if (at >= s.startsAt) return 'ongoing';
  if (at < s.signUp.opensAt) return 'not_open';
  return at < s.signUp.closesAt ? 'open' : 'closed';
}
