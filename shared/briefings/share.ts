import type { Roster } from './roster';
import { seatsTaken } from './roster';
import type { Session } from './session';
import { sessionPhase } from './session-text';

/**
 * Sharing a briefing as WeChat's updatable message (动态消息, WECHAT.md), “报名中 23/30”:
 * - The function creates an `activity_id` through the open API `updatableMessage.createActivityId`
 *   (GET /cgi-bin/message/wxopen/activityid/create; answer `activity_id`, `expiration_time` in Unix seconds,
 *   24 h by default) and returns it; the page calls `wx.updateShareMenu({ withShareTicket: true,
 *   isUpdatableMessage: true, activityId, templateInfo: { parameterList: [{ name: 'member_count', value },
 *   { name: 'room_limit', value }] } })`. Every card shared with one activity id changes together, so one id per
 *   session is reused while it has more than `renewBeforeMs` left; a new one is created after that.
 * - When the roster changes (sign-up, cancellation, promotion, capacity), or the session is moved or cancelled,
 *   the server changes the cards with `updatableMessage.setUpdatableMsg` (POST
 *   /cgi-bin/message/wxopen/updatablemsg/send: `activity_id`, `target_state`, `template_info.parameter_list`).
 *   WeChat's two states: 0 “成员正在加入，当前 {member_count}/{room_limit} 人” (may go to 0 or 1) and 1 “已开始”
 *   (final; `path` and `version_type` apply). Our reading: 0 until the session starts; 1 once it has started
 *   or ended, or when it is cancelled (nothing else can be shown: state 1 is WeChat's only other state).
 * - Sends go through the outbox, bounded and idempotent: per live activity id at most two rows, `live` (the
 *   state now, sent at once; set again on every change, so a burst of sign-ups is one pending row) and
 *   `start` (state 1, due when the session starts). The sender computes the state from the session and the
 *   roster when it sends, so a late row never shows an old count, and skips an expired activity id.
 */
export const SHARE_RULES = {
  /** WeChat's default life of an activity_id. */
  activityTtlMs: 24 * 3_600_000,
  /** Create a new id rather than hand out one this close to its expiry (cards shared now should stay updatable for a while). */
  renewBeforeMs: 6 * 3_600_000,
  /** Activity ids kept per session (live ones only); more than this is impossible with the renewal above. */
  maxActivities: 5,
} as const;

export const CREATE_ACTIVITY_API = '/cgi-bin/message/wxopen/activityid/create';
export const SET_UPDATABLE_MSG_API = '/cgi-bin/message/wxopen/updatablemsg/send';

export interface ShareActivity {
  id: string;
  createdAt: string;
  expiresAt: string;
}

/** `briefing_shares/<sessionId>`: the session's activity ids. */
export interface ShareRecord {
  sessionId: string;
  activities: ShareActivity[];
  updatedAt: string;
}

export type TargetState = 0 | 1;

export interface CardState {
  targetState: TargetState;
  /** Seats taken / capacity, as the roster's label “23/30”. */
  memberCount: number;
  roomLimit: number;
}

/** What the cards of this session should show now. */
export function cardState(
  s: Pick<Session, 'status' | 'startsAt' | 'endsAt' | 'signUp'>,
  r: Pick<Roster, 'confirmed' | 'capacity'>,
  now: Date,
): CardState {
  const phase = sessionPhase(s, now);
  const started = phase === 'ongoing' || phase === 'ended' || phase === 'cancelled';
  return { targetState: started ? 1 : 0, memberCount: Math.min(seatsTaken(r), r.capacity), roomLimit: r.capacity };
}

export const liveActivities = (rec: Pick<ShareRecord, 'activities'> | null, now: Date): ShareActivity[] =>
  (rec?.activities ?? []).filter((a) => a.expiresAt > now.toISOString());

/** The activity id to hand out now, or null when a new one must be created. */
export function reusableActivity(rec: Pick<ShareRecord, 'activities'> | null, now: Date, rules = SHARE_RULES): ShareActivity | null {
  const fresh = liveActivities(rec, new Date(now.getTime() + rules.renewBeforeMs));
  return fresh.length ? fresh.reduce((a, b) => (a.expiresAt > b.expiresAt ? a : b)) : null;
}

/** The record after a new activity id: expired ones dropped, the newest `maxActivities` kept. */
export function withActivity(rec: ShareRecord | null, sessionId: string, a: ShareActivity, now: Date, rules = SHARE_RULES): ShareRecord {
  const kept = liveActivities(rec, now).filter((x) => x.id !== a.id);
  const activities = [...kept, a].sort((x, y) => (x.expiresAt < y.expiresAt ? -1 : 1)).slice(-rules.maxActivities);
  return { sessionId, activities, updatedAt: now.toISOString() };
}

/** An activity from WeChat's answer (`expiration_time` in Unix seconds; absent → the default life). */
export function activityFrom(
  answer: { activity_id?: unknown; expiration_time?: unknown },
  now: Date,
  rules = SHARE_RULES,
): ShareActivity | null {
  if (typeof answer.activity_id !== 'string' || !answer.activity_id || answer.activity_id.length > 128) return null;
  const exp =
    typeof answer.expiration_time === 'number' && answer.expiration_time > 0
      ? answer.expiration_time * 1000
      : now.getTime() + rules.activityTtlMs;
  return { id: answer.activity_id, createdAt: now.toISOString(), expiresAt: new Date(exp).toISOString() };
}

/** The page's `templateInfo` for wx.updateShareMenu (state 0's parameters). */
export function shareTemplateInfo(c: Pick<CardState, 'memberCount' | 'roomLimit'>): {
  parameterList: { name: 'member_count' | 'room_limit'; value: string }[];
} {
  return {
    parameterList: [
      { name: 'member_count', value: String(c.memberCount) },
      { name: 'room_limit', value: String(c.roomLimit) },
    ],
  };
}

/** The request of setUpdatableMsg for a card state; state 1 opens `path` with `versionType`. */
export function setUpdatableMsgRequest(
  activityId: string,
  c: CardState,
  path: string,
  versionType: 'develop' | 'trial' | 'release' = 'release',
) {
  const parameter_list =
    c.targetState === 0
      ? [
          { name: 'member_count', value: String(c.memberCount) },
          { name: 'room_limit', value: String(c.roomLimit) },
        ]
      : [
          { name: 'path', value: path },
          { name: 'version_type', value: versionType },
        ];
  return { activity_id: activityId, target_state: c.targetState, template_info: { parameter_list } };
}

export type ShareRowRole = 'live' | 'start';
/** The outbox row of one activity id's update: at most one per role (idempotent: the same id is set again). */
export const updatableRowId = (activityId: string, role: ShareRowRole) => `upd:${role}:${activityId}`;

/** When a row is due: `live` now; `start` at the session's start, only if that is before the id expires. */
export function rowDue(role: ShareRowRole, s: Pick<Session, 'startsAt'>, a: Pick<ShareActivity, 'expiresAt'>, now: Date): string | null {
  if (role === 'live') return now.toISOString();
  return s.startsAt < a.expiresAt ? s.startsAt : null;
}
