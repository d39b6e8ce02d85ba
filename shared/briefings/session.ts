import { z } from 'zod';
import { fileListSchema } from '../announcements/files';
import type { FileRef } from '../announcements/files';
import type { ContentCheckEffect } from '../announcements/effects';
import { chunkText } from '../announcements/effects';
import { instantSchema } from '../announcements/model';
import type { Publisher } from '../announcements/publishers';
import { holdsPublisher, reachProblem } from '../announcements/publishers';
import type { Target } from '../announcements/target';
import { audienceSchema, targetSummary } from '../announcements/target';
import { isCityWide } from '../auth/policy';
import type { Actor } from '../auth/roles';
import type { ClauseId } from '../policy/clauses';
import { CLAUSE_IDS } from '../policy/clauses';
import { fieldIssues } from '../policy/fields';
import type { ActorRef } from '../workflow/application';
import type { Refusal } from '../workflow/refusal';
import { refuse } from '../workflow/refusal';
import type { BriefingActionId, BriefingAuditEffect, BriefingEffect } from './effects';
import type { Roster } from './roster';
import { resizeRoster } from './roster';
import { BRIEFING_RULES } from './rules';
import { sessionData, venueText } from './session-text';

export { SESSION_PHASE_LABELS, sessionData, sessionPhase, venueText, type SessionPhase } from './session-text';

/**
 * A policy briefing session (宣讲, 第六条): topic, the clauses it covers, time (China time shown, instants
 * stored in UTC), a place or an https link, capacity, audience (the targeting predicate of announcements:
 * districts, industries, roles) and a sign-up window. Organized by city and district officers (rule
 * `briefing-organizers`); moved or cancelled with everyone on the roster told. Pure: no clock, no I/O.
 */

export type Venue =
  { kind: 'place'; address: string; room?: string } | { kind: 'online'; url: string; platform?: string; meetingCode?: string };

export interface SessionMove {
  at: string;
  by: ActorRef;
  from: { startsAt: string; endsAt: string; venue: Venue };
  reason: string;
}

export interface Session {
  id: string;
  organizer: Publisher;
  topic: string;
  summary: string;
  clauses: ClauseId[];
  startsAt: string;
  endsAt: string;
  venue: Venue;
  capacity: number;
  audience: Target;
  signUp: { opensAt: string; closesAt: string };
  status: 'scheduled' | 'cancelled';
  cancellation?: { at: string; by: ActorRef; reason: string };
  moves: SessionMove[];
  materials: FileRef[];
  qaSummary?: string;
  version: number;
  createdBy: ActorRef;
  createdAt: string;
  updatedAt: string;
}

// ---------------------------------------------------------------- schema

export const SESSION_LIMITS = {
  topicMin: 4,
  topicMax: 40,
  summaryMax: 500,
  qaMax: 3000,
  maxClauses: CLAUSE_IDS.length,
  maxHours: 8,
} as const;

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f]/;
/** https only, a host with a dot, no quotes, spaces or angle brackets. */
const HTTPS_URL = /^https:\/\/[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+(:\d{1,5})?([/?#][^\s<>"'`\\]*)?$/;

const line = (label: string, min: number, max: number) =>
  z
    .string({ error: `请填写${label}` })
    .trim()
    .min(min, `${label}至少 ${min} 个字`)
    .max(max, `${label}不超过 ${max} 个字`)
    .refine((v) => !CONTROL.test(v) && !v.includes('\n'), `${label}不能包含换行符等控制字符`);
const prose = (label: string, max: number) =>
  z
    .string({ error: `${label}应为文字` })
    .trim()
    .max(max, `${label}不超过 ${max} 个字`)
    .refine((v) => !CONTROL.test(v), `${label}不能包含控制字符`);

export const venueSchema = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({ kind: z.literal('place'), address: line('宣讲地点', 4, 100), room: line('会议室', 1, 40).optional() }),
    z.strictObject({
      kind: z.literal('online'),
      url: z
        .string({ error: '请填写线上链接' })
        .trim()
        .max(500, '线上链接过长')
        .regex(HTTPS_URL, '线上链接须以 https:// 开头，且是完整的网址'),
      platform: line('会议平台', 1, 20).optional(),
      meetingCode: line('会议号', 1, 30).optional(),
    }),
  ],
  { error: '请选择线下地点或线上链接' },
);

const clauseList = z
  .array(z.enum(CLAUSE_IDS, { error: '请从条款列表中选择宣讲涉及的条款' }), { error: '请选择宣讲涉及的条款' })
  .min(1, '请至少选择一条宣讲涉及的条款')
  .max(SESSION_LIMITS.maxClauses, '条款不要重复选择')
  .refine((xs) => new Set(xs).size === xs.length, '条款不要重复选择');

const capacity = z
  .number({ error: '名额应为数字' })
  .int('名额应为整数')
  .min(1, '名额至少 1 人')
  .max(BRIEFING_RULES.signUp.parameters.maxCapacity, `名额最多 ${BRIEFING_RULES.signUp.parameters.maxCapacity} 人`);

const HOUR = 3_600_000;
export const sessionFieldsSchema = z
  .strictObject(
    {
      topic: line('宣讲主题', SESSION_LIMITS.topicMin, SESSION_LIMITS.topicMax),
      summary: prose('宣讲简介', SESSION_LIMITS.summaryMax).default(''),
      clauses: clauseList,
      startsAt: instantSchema('开始时间'),
      endsAt: instantSchema('结束时间'),
      venue: venueSchema,
      capacity,
      audience: audienceSchema.default({}),
      signUpOpensAt: instantSchema('报名开始时间').nullable().default(null),
      signUpClosesAt: instantSchema('报名截止时间').nullable().default(null),
    },
    { error: '宣讲信息格式不正确' },
  )
  .superRefine((v, ctx) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
    if (v.endsAt <= v.startsAt) issue('endsAt', '结束时间须晚于开始时间');
    else if (Date.parse(v.endsAt) - Date.parse(v.startsAt) > SESSION_LIMITS.maxHours * HOUR)
      issue('endsAt', `一场宣讲不超过 ${SESSION_LIMITS.maxHours} 小时`);
    if (v.signUpClosesAt && v.signUpClosesAt > v.startsAt) issue('signUpClosesAt', '报名截止时间不能晚于宣讲开始时间');
    if (v.signUpOpensAt && v.signUpClosesAt && v.signUpOpensAt >= v.signUpClosesAt)
      issue('signUpOpensAt', '报名开始时间须早于报名截止时间');
  });
export type SessionFields = z.output<typeof sessionFieldsSchema>;
export type SessionFieldsInput = z.input<typeof sessionFieldsSchema>;

const reason = (label: string) => line(label, 2, 200);
export const moveSchema = z
  .strictObject({
    startsAt: instantSchema('开始时间'),
    endsAt: instantSchema('结束时间'),
    venue: venueSchema.optional(),
    reason: reason('调整原因'),
  })
  .superRefine((v, ctx) => {
    if (v.endsAt <= v.startsAt) ctx.addIssue({ code: 'custom', path: ['endsAt'], message: '结束时间须晚于开始时间' });
    else if (Date.parse(v.endsAt) - Date.parse(v.startsAt) > SESSION_LIMITS.maxHours * HOUR)
      ctx.addIssue({ code: 'custom', path: ['endsAt'], message: `一场宣讲不超过 ${SESSION_LIMITS.maxHours} 小时` });
  });
export const cancelSchema = z.strictObject({ reason: reason('取消原因') });
export const attachSchema = z.strictObject({
  materials: fileListSchema.optional(),
  qaSummary: prose('问答纪要', SESSION_LIMITS.qaMax).optional(),
});
/** What an update may change: everything but the time and place (those are a move). */
export const updateSchema = z.strictObject({
  topic: line('宣讲主题', SESSION_LIMITS.topicMin, SESSION_LIMITS.topicMax).optional(),
  summary: prose('宣讲简介', SESSION_LIMITS.summaryMax).optional(),
  clauses: clauseList.optional(),
  capacity: capacity.optional(),
  audience: audienceSchema.optional(),
  signUpOpensAt: instantSchema('报名开始时间').optional(),
  signUpClosesAt: instantSchema('报名截止时间').optional(),
});

// ---------------------------------------------------------------- words

export function audienceText(s: Pick<Session, 'audience'>): string {
  return targetSummary(s.audience);
}

// ---------------------------------------------------------------- lifecycle

export type SessionResult = { ok: true; next: Session; effects: BriefingEffect[] } | Refusal;

function parse<T extends z.ZodType>(schema: T, input: unknown): { ok: true; value: z.output<T> } | Refusal {
  const r = schema.safeParse(input ?? {});
  if (r.success) return { ok: true, value: r.data };
  const issues = fieldIssues(r.error as z.ZodError);
  return refuse('VALIDATION', issues[0]?.message ?? '输入有误，请检查标红的项目', issues);
}
const invalid = (path: string, message: string) => refuse('VALIDATION', message, [{ path, message }]);

function audit(
  s: Session | null,
  next: Session,
  action: BriefingActionId,
  by: ActorRef,
  at: string,
  detail?: Record<string, unknown>,
): BriefingAuditEffect {
  return {
    kind: 'audit',
    at,
    actor: by,
    action: `briefing.${action}`,
    target: `briefings/${next.id}`,
    from: s ? { status: s.status, version: s.version } : null,
    to: { status: next.status, version: next.version },
    ...(detail ? { detail } : {}),
  };
}

function contentCheck(actor: Actor, texts: string[]): ContentCheckEffect {
  return { kind: 'content_check', openid: actor.openid, path: 'topic', chunks: chunkText(texts.filter(Boolean).join('\n')) };
}

function isOrganizer(p: Publisher): boolean {
  return (BRIEFING_RULES.organizers.parameters.roles as readonly string[]).includes(p.role);
}

/** Who acts on a session: its organizer's staff; for cancellation also the city over a district (rule `briefing-organizers`). */
function capacityOn(s: Session, actor: Actor, action: 'edit' | 'cancel'): 'organizer' | 'overseer' | null {
  if (holdsPublisher(actor, s.organizer)) return 'organizer';
  if (
    action === 'cancel' &&
    BRIEFING_RULES.organizers.parameters.cityCancelsDistrict &&
    isCityWide(actor) &&
    s.organizer.role === 'district_officer'
  )
    return 'overseer';
  return null;
}

/** What the actor may do on the session (the buttons): edit/move/attach as organizer, cancel also as overseer. */
export function sessionPermissions(s: Session, actor: Actor): { edit: boolean; cancel: boolean } {
  return { edit: capacityOn(s, actor, 'edit') !== null, cancel: capacityOn(s, actor, 'cancel') !== null };
}

function byRef(actor: Actor, s: Session, as: 'organizer' | 'overseer'): ActorRef {
  return { openid: actor.openid, role: as === 'organizer' ? s.organizer.role : 'city_officer' };
}

/** Permission (FORBIDDEN), version (CONFLICT), then the session's state (NOT_ALLOWED_NOW). */
function gate(
  s: Session,
  actor: Actor,
  g: { action: 'edit' | 'cancel'; label: string; beforeStart: boolean },
  now: Date,
  expectedVersion?: number,
): { ok: true; as: 'organizer' | 'overseer' } | Refusal {
  const as = capacityOn(s, actor, g.action);
  if (!as) return refuse('FORBIDDEN', `您没有权限${g.label}这场宣讲`);
  if (expectedVersion !== undefined && expectedVersion !== s.version) return refuse('CONFLICT', '这场宣讲已被他人修改，请刷新后重试');
  if (s.status === 'cancelled') return refuse('NOT_ALLOWED_NOW', `这场宣讲已取消，不能${g.label}`);
  if (g.beforeStart && now.toISOString() >= s.startsAt) return refuse('NOT_ALLOWED_NOW', `宣讲已经开始，不能${g.label}`);
  return { ok: true, as };
}

/** A new session by an officer of the organizer's scope, with an audience inside its reach, starting later. */
export function createSession(input: { id: string; organizer: Publisher; fields: unknown }, actor: Actor, now: Date): SessionResult {
  if (!isOrganizer(input.organizer)) return refuse('FORBIDDEN', '宣讲由市人社局或旗县区人社部门组织');
  if (!holdsPublisher(actor, input.organizer)) return refuse('FORBIDDEN', '您不能以这个身份安排宣讲');
  const parsed = parse(sessionFieldsSchema, input.fields);
  if (!parsed.ok) return parsed;
  const f = parsed.value;
  const at = now.toISOString();
  if (f.startsAt <= at) return invalid('startsAt', '开始时间须晚于现在');
  const outside = reachProblem(input.organizer, f.audience);
  if (outside) return invalid('audience', outside.replace('发布范围', '宣讲对象'));
  const opensAt = f.signUpOpensAt ?? at;
  const closesAt = f.signUpClosesAt ?? f.startsAt;
  if (opensAt >= closesAt) return invalid('signUpOpensAt', '报名开始时间须早于报名截止时间');
  const by: ActorRef = { openid: actor.openid, role: input.organizer.role };
  const next: Session = {
    id: input.id,
    organizer: input.organizer,
    topic: f.topic,
    summary: f.summary,
    clauses: f.clauses,
    startsAt: f.startsAt,
    endsAt: f.endsAt,
    venue: f.venue,
    capacity: f.capacity,
    audience: f.audience,
    signUp: { opensAt, closesAt },
    status: 'scheduled',
    moves: [],
    materials: [],
    version: 1,
    createdBy: by,
    createdAt: at,
    updatedAt: at,
  };
  return { ok: true, next, effects: [contentCheck(actor, [f.topic, f.summary, venueText(f.venue)]), audit(null, next, 'create', by, at)] };
}

/**
 * Change what a session says, its audience, window or capacity, before it starts. A capacity change is the
 * roster's too: the function writes both documents in one transaction (each by id, as CloudBase allows);
 * more places move people up from the waiting list, fewer than are confirmed are refused.
 */
export function updateSession(
  s: Session,
  roster: Roster,
  actor: Actor,
  now: Date,
  input: unknown,
  options: { expectedVersion?: number } = {},
): { ok: true; next: Session; roster: Roster; effects: BriefingEffect[] } | Refusal {
  const g = gate(s, actor, { action: 'edit', label: '修改', beforeStart: true }, now, options.expectedVersion);
  if (!g.ok) return g;
  const parsed = parse(updateSchema, input);
  if (!parsed.ok) return parsed;
  const u = parsed.value;
  if (u.audience) {
    const outside = reachProblem(s.organizer, u.audience);
    if (outside) return invalid('audience', outside.replace('发布范围', '宣讲对象'));
  }
  const signUp = { opensAt: u.signUpOpensAt ?? s.signUp.opensAt, closesAt: u.signUpClosesAt ?? s.signUp.closesAt };
  if (signUp.closesAt > s.startsAt) return invalid('signUpClosesAt', '报名截止时间不能晚于宣讲开始时间');
  if (signUp.opensAt >= signUp.closesAt) return invalid('signUpOpensAt', '报名开始时间须早于报名截止时间');
  const at = now.toISOString();
  const { signUpOpensAt: _o, signUpClosesAt: _c, ...rest } = u;
  const next: Session = { ...s, ...rest, signUp, version: s.version + 1, updatedAt: at };
  let nextRoster = roster;
  const promoted: BriefingEffect[] = [];
  if (u.capacity !== undefined && u.capacity !== roster.capacity) {
    const resized = resizeRoster(next, roster, u.capacity, now);
    if (!resized.ok) return resized;
    nextRoster = resized.roster;
    promoted.push(...resized.effects);
  }
  const texts = u.topic !== undefined || u.summary !== undefined ? [contentCheck(actor, [next.topic, next.summary])] : [];
  const by = byRef(actor, s, g.as);
  return {
    ok: true,
    next,
    roster: nextRoster,
    effects: [...texts, audit(s, next, 'update', by, at, { changed: Object.keys(u) }), ...promoted],
  };
}

/** Move a session (time, and optionally place): everyone on the roster is told; reminders follow the new time. */
export function moveSession(
  s: Session,
  actor: Actor,
  now: Date,
  input: unknown,
  options: { expectedVersion?: number } = {},
): SessionResult {
  const g = gate(s, actor, { action: 'edit', label: '调整', beforeStart: true }, now, options.expectedVersion);
  if (!g.ok) return g;
  const parsed = parse(moveSchema, input);
  if (!parsed.ok) return parsed;
  const m = parsed.value;
  const at = now.toISOString();
  if (m.startsAt <= at) return invalid('startsAt', '开始时间须晚于现在');
  const venue = m.venue ?? s.venue;
  if (m.startsAt === s.startsAt && m.endsAt === s.endsAt && JSON.stringify(venue) === JSON.stringify(s.venue))
    return invalid('startsAt', '时间和地点都没有变化');
  const by = byRef(actor, s, g.as);
  const next: Session = {
    ...s,
    startsAt: m.startsAt,
    endsAt: m.endsAt,
    venue,
    // The window never runs past the new start.
    signUp: {
      opensAt: s.signUp.opensAt < m.startsAt ? s.signUp.opensAt : at,
      closesAt: s.signUp.closesAt > m.startsAt ? m.startsAt : s.signUp.closesAt,
    },
    moves: [...s.moves, { at, by, from: { startsAt: s.startsAt, endsAt: s.endsAt, venue: s.venue }, reason: m.reason }],
    version: s.version + 1,
    updatedAt: at,
  };
  const effects: BriefingEffect[] = [];
  if (m.venue) effects.push(contentCheck(actor, [venueText(m.venue), m.reason]));
  else effects.push(contentCheck(actor, [m.reason]));
  effects.push(
    audit(s, next, 'move', by, at, { from: s.startsAt, to: m.startsAt, reason: m.reason }),
    {
      kind: 'notify_roster',
      sessionId: s.id,
      statuses: ['confirmed', 'waiting'],
      template: 'briefing_moved',
      data: { ...sessionData(next), note: m.reason },
    },
    { kind: 'reschedule_reminders', sessionId: s.id },
  );
  return { ok: true, next, effects };
}

/** Cancel a session: everyone on the roster is told, no reminder is sent. */
export function cancelSession(
  s: Session,
  actor: Actor,
  now: Date,
  input: unknown,
  options: { expectedVersion?: number } = {},
): SessionResult {
  const g = gate(s, actor, { action: 'cancel', label: '取消', beforeStart: true }, now, options.expectedVersion);
  if (!g.ok) return g;
  const parsed = parse(cancelSchema, input);
  if (!parsed.ok) return parsed;
  const at = now.toISOString();
  const by = byRef(actor, s, g.as);
  const next: Session = {
    ...s,
    status: 'cancelled',
    cancellation: { at, by, reason: parsed.value.reason },
    version: s.version + 1,
    updatedAt: at,
  };
  return {
    ok: true,
    next,
    effects: [
      audit(s, next, 'cancel', by, at, { reason: parsed.value.reason, capacity: g.as }),
      {
        kind: 'notify_roster',
        sessionId: s.id,
        statuses: ['confirmed', 'waiting'],
        template: 'briefing_cancelled',
        data: { ...sessionData(s), note: parsed.value.reason },
      },
      { kind: 'cancel_reminders', sessionId: s.id },
    ],
  };
}

/** Materials (slides, PDF) and the Q&A summary, attached at any time by the organizer's staff. */
export function attachMaterials(
  s: Session,
  actor: Actor,
  now: Date,
  input: unknown,
  options: { expectedVersion?: number } = {},
): SessionResult {
  const g = gate(s, actor, { action: 'edit', label: '上传资料', beforeStart: false }, now, options.expectedVersion);
  if (!g.ok) return g;
  const parsed = parse(attachSchema, input);
  if (!parsed.ok) return parsed;
  const at = now.toISOString();
  const next: Session = {
    ...s,
    ...(parsed.value.materials ? { materials: parsed.value.materials } : {}),
    ...(parsed.value.qaSummary !== undefined ? { qaSummary: parsed.value.qaSummary } : {}),
    version: s.version + 1,
    updatedAt: at,
  };
  const by = byRef(actor, s, g.as);
  const texts = [parsed.value.qaSummary ?? '', ...(parsed.value.materials ?? []).map((m) => m.name)];
  return { ok: true, next, effects: [contentCheck(actor, texts), audit(s, next, 'attach', by, at, { materials: next.materials.length })] };
}
