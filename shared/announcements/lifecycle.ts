import { z } from 'zod';
import type { Actor } from '../auth/roles';
import { fieldIssues } from '../policy/fields';
import type { ActorRef } from '../workflow/application';
import type { Refusal } from '../workflow/refusal';
import { refuse } from '../workflow/refusal';
import { plainText, textLength } from './body';
import type { AnnouncementActionId, AnnouncementAuditEffect, AnnouncementEffect, ContentCheckEffect } from './effects';
import { chunkText } from './effects';
import type { Announcement, AnnouncementContent, AnnouncementStatus } from './model';
import { contentSchema, FOREVER } from './model';
import type { Publisher } from './publishers';
import { holdsPublisher, overseesPublisher, reachProblem } from './publishers';
import { ANNOUNCEMENT_RULES } from './rules';

/**
 * The announcement's lifecycle as a pure machine (xstate-style, like shared/workflow/machine.ts):
 * draft → published → withdrawn, with edits of a draft, and revisions of a published announcement that
 * become new versions kept in `history`. Expired is derived from the dates, never a state. Each call returns
 * the next document and the effects for the caller to carry out, or why not. No clock reads, no I/O.
 */

export type AnnouncementAction = Exclude<AnnouncementActionId, 'create'>;
export const ANNOUNCEMENT_ACTION_LABELS: Record<AnnouncementActionId, string> = {
  create: '保存草稿',
  edit: '保存草稿',
  publish: '发布',
  revise: '修改已发布的公告',
  withdraw: '撤回',
};

/** In which capacity someone acts: the publisher's own scope, or oversight (rule `announcement-oversight`). */
export type Capacity = 'publisher' | 'overseer';

export interface AnnouncementRule {
  from: readonly AnnouncementStatus[];
  to: AnnouncementStatus;
  who: readonly Capacity[];
}

/** The transition table. Only the publisher's own scope writes text; oversight only withdraws. */
export const ANNOUNCEMENT_TRANSITIONS: Record<AnnouncementAction, AnnouncementRule> = {
  edit: { from: ['draft'], to: 'draft', who: ['publisher'] },
  publish: { from: ['draft'], to: 'published', who: ['publisher'] },
  revise: { from: ['published'], to: 'published', who: ['publisher'] },
  withdraw: { from: ['published'], to: 'withdrawn', who: ['publisher', 'overseer'] },
};

export type AnnouncementResult = { ok: true; next: Announcement; effects: AnnouncementEffect[] } | Refusal;

export interface AnnouncementOptions {
  /** The version the caller last saw; a different current version is a CONFLICT. */
  expectedVersion?: number;
  /** How many people the target reaches now (the function counts before publishing; rule `announcement-empty-reach`). */
  reachCount?: number;
}

const withdrawInput = z.strictObject({
  reason: z
    .string({ error: '请填写撤回理由' })
    .trim()
    .min(ANNOUNCEMENT_RULES.withdrawal.parameters.minReasonLength, '请写明撤回理由（至少 2 个字）')
    .max(200, '撤回理由不超过 200 个字'),
});
const editInput = z.strictObject({ content: contentSchema });
const reviseInput = z.strictObject({
  content: contentSchema,
  notifyAgain: z.boolean({ error: '“重新通知”应为是或否' }).default(ANNOUNCEMENT_RULES.revisions.parameters.notifyAgainByDefault),
  note: z.string({ error: '修改说明应为文字' }).trim().max(100, '修改说明不超过 100 个字').optional(),
});

export const ANNOUNCEMENT_INPUTS = { edit: editInput, publish: z.strictObject({}), revise: reviseInput, withdraw: withdrawInput } as const;
export type ReviseInput = z.input<typeof reviseInput>;

function parse<T extends z.ZodType>(schema: T, input: unknown): { ok: true; value: z.output<T> } | Refusal {
  const r = schema.safeParse(input ?? {});
  if (r.success) return { ok: true, value: r.data };
  const issues = fieldIssues(r.error as z.ZodError);
  return refuse('VALIDATION', issues[0]?.message ?? '输入有误，请检查标红的项目', issues);
}

const ref = (actor: Actor, p: Publisher): ActorRef => ({ openid: actor.openid, role: p.role });
const invalid = (path: string, message: string) => refuse('VALIDATION', message, [{ path, message }]);

const DAY_MS = 86_400_000;

/**
 * The content as it will be published at `now` (rule `announcement-timing`): a publish time that is
 * absent or past becomes now; scheduling and validity are bounded; a body is required.
 */
export function resolveForPublication(
  content: AnnouncementContent,
  now: Date,
  /** A live announcement being revised keeps the time it was first published. */
  publishedAt?: string,
): { ok: true; content: AnnouncementContent & { publishAt: string } } | Refusal {
  const p = ANNOUNCEMENT_RULES.timing.parameters;
  const at = now.toISOString();
  if (!content.body.length || textLength(content.body) === 0) return invalid('content.body', '请填写正文');
  const publishAt = publishedAt ?? (content.publishAt && content.publishAt > at ? content.publishAt : at);
  if (Date.parse(publishAt) - now.getTime() > p.maxScheduleDays * DAY_MS) return invalid('content.publishAt', `定时发布最多提前 ${p.maxScheduleDays} 天`);
  if (content.expiresAt !== null) {
    if (content.expiresAt <= publishAt) return invalid('content.expiresAt', '有效期须晚于发布时间');
    if (content.expiresAt <= at) return invalid('content.expiresAt', '有效期须晚于现在');
    if (Date.parse(content.expiresAt) - Date.parse(publishAt) > p.maxValidityDays * DAY_MS)
      return invalid('content.expiresAt', `有效期最长 ${p.maxValidityDays} 天，不填则一直有效到撤回`);
  }
  return { ok: true, content: { ...content, publishAt } };
}

function contentCheck(actor: Actor, c: AnnouncementContent): ContentCheckEffect {
  const text = [c.title, plainText(c.body), ...c.attachments.map((a) => a.name)].join('\n');
  return { kind: 'content_check', openid: actor.openid, path: 'content', chunks: chunkText(text) };
}

function audit(
  a: Announcement | null,
  next: Announcement,
  action: AnnouncementActionId,
  by: ActorRef,
  at: string,
  detail?: Record<string, unknown>,
): AnnouncementAuditEffect {
  return {
    kind: 'audit',
    at,
    actor: by,
    action: `announcement.${action}`,
    target: `announcements/${next.id}`,
    from: a ? { status: a.status, version: a.version } : null,
    to: { status: next.status, version: next.version },
    ...(detail ? { detail } : {}),
  };
}

function reachRefusal(p: Publisher, content: AnnouncementContent): Refusal | null {
  const problem = reachProblem(p, content.target);
  return problem ? invalid('content.target', problem) : null;
}

/** A new draft, by someone holding the publisher's capacity, with a target inside its reach. */
export function createDraft(
  input: { id: string; publisher: Publisher; content: unknown; origin?: Announcement['origin'] },
  actor: Actor,
  now: Date,
): AnnouncementResult {
  if (!holdsPublisher(actor, input.publisher)) return refuse('FORBIDDEN', '您不能以这个身份发布公告');
  const parsed = parse(editInput, { content: input.content });
  if (!parsed.ok) return parsed;
  const outside = reachRefusal(input.publisher, parsed.value.content);
  if (outside) return outside;
  const at = now.toISOString();
  const by = ref(actor, input.publisher);
  const next: Announcement = {
    id: input.id,
    publisher: input.publisher,
    status: 'draft',
    content: parsed.value.content,
    version: 1,
    edition: 0,
    notifyVersion: 0,
    history: [],
    ...(input.origin ? { origin: input.origin } : {}),
    createdBy: by,
    createdAt: at,
    updatedAt: at,
  };
  return { ok: true, next, effects: [audit(null, next, 'create', by, at)] };
}

/** The capacity in which `actor` may take `action` on `a`, or null. */
export function capacityFor(a: Announcement, action: AnnouncementAction, actor: Actor): Capacity | null {
  const who = ANNOUNCEMENT_TRANSITIONS[action].who;
  if (who.includes('publisher') && holdsPublisher(actor, a.publisher)) return 'publisher';
  if (who.includes('overseer') && overseesPublisher(actor, a.publisher)) return 'overseer';
  return null;
}

const sameTarget = (x: AnnouncementContent, y: AnnouncementContent) => JSON.stringify(x.target) === JSON.stringify(y.target);

/**
 * Take `action` on `a` as `actor` at `now`. Checks in order: permission (FORBIDDEN), version (CONFLICT),
 * status (NOT_ALLOWED_NOW), input and reach (VALIDATION).
 */
export function transition(
  a: Announcement,
  action: AnnouncementAction,
  actor: Actor,
  now: Date,
  input?: unknown,
  options: AnnouncementOptions = {},
): AnnouncementResult {
  const rule = ANNOUNCEMENT_TRANSITIONS[action];
  if (!rule) return refuse('VALIDATION', '不支持的操作');
  const label = ANNOUNCEMENT_ACTION_LABELS[action];
  const capacity = capacityFor(a, action, actor);
  if (!capacity) return refuse('FORBIDDEN', `您没有权限${label}这条公告`);
  if (options.expectedVersion !== undefined && options.expectedVersion !== a.version) return refuse('CONFLICT', '这条公告已被他人修改，请刷新后重试');
  if (!rule.from.includes(a.status)) {
    const state = a.status === 'draft' ? '还是草稿' : a.status === 'published' ? '已经发布' : '已经撤回';
    return refuse('NOT_ALLOWED_NOW', `这条公告${state}，不能${label}`);
  }
  const at = now.toISOString();
  const by: ActorRef = { openid: actor.openid, role: capacity === 'publisher' ? a.publisher.role : overseerRole(actor) };
  const base = { ...a, version: a.version + 1, updatedAt: at };

  if (action === 'edit') {
    const parsed = parse(editInput, input);
    if (!parsed.ok) return parsed;
    const outside = reachRefusal(a.publisher, parsed.value.content);
    if (outside) return outside;
    const next: Announcement = { ...base, content: parsed.value.content };
    return { ok: true, next, effects: [audit(a, next, 'edit', by, at)] };
  }

  if (action === 'publish') {
    const parsed = parse(ANNOUNCEMENT_INPUTS.publish, input);
    if (!parsed.ok) return parsed;
    const outside = reachRefusal(a.publisher, a.content);
    if (outside) return outside;
    const resolved = resolveForPublication(a.content, now);
    if (!resolved.ok) return resolved;
    if (ANNOUNCEMENT_RULES.emptyReach.parameters.refuseEmpty && options.reachCount === 0)
      return invalid('content.target', '发布范围内目前没有人，请放宽发布范围后再发布');
    const edition = 1;
    const next: Announcement = {
      ...base,
      status: 'published',
      content: resolved.content,
      edition,
      notifyVersion: edition,
      history: [{ version: edition, content: resolved.content, publishedAt: at, by, notified: true }],
    };
    return {
      ok: true,
      next,
      effects: [
        contentCheck(actor, resolved.content),
        audit(a, next, 'publish', by, at, { edition, publishAt: resolved.content.publishAt, reach: options.reachCount }),
        { kind: 'fanout', announcementId: a.id, version: edition, notBefore: resolved.content.publishAt, reason: 'published' },
      ],
    };
  }

  if (action === 'revise') {
    const parsed = parse(reviseInput, input);
    if (!parsed.ok) return parsed;
    const { content, notifyAgain, note } = parsed.value;
    const outside = reachRefusal(a.publisher, content);
    if (outside) return outside;
    // A live announcement keeps its place in the feed; a scheduled one may be rescheduled (rule `announcement-timing`).
    const live = a.content.publishAt !== null && a.content.publishAt <= at;
    const resolved = resolveForPublication(content, now, live ? a.content.publishAt! : undefined);
    if (!resolved.ok) return resolved;
    if (!notifyAgain && JSON.stringify(resolved.content) === JSON.stringify(a.content)) return invalid('content', '没有修改任何内容');
    if (ANNOUNCEMENT_RULES.emptyReach.parameters.refuseEmpty && options.reachCount === 0)
      return invalid('content.target', '发布范围内目前没有人，请放宽发布范围后再发布');
    const edition = a.edition + 1;
    const notifyVersion = notifyAgain ? edition : a.notifyVersion;
    const next: Announcement = {
      ...base,
      content: resolved.content,
      edition,
      notifyVersion,
      history: [...a.history, { version: edition, content: resolved.content, publishedAt: at, by, notified: notifyAgain, ...(note ? { note } : {}) }],
    };
    const effects: AnnouncementEffect[] = [contentCheck(actor, resolved.content), audit(a, next, 'revise', by, at, { edition, notifyAgain, ...(note ? { note } : {}) })];
    // Told again: a new delivery for everyone. Target changed without that: the same delivery, widened (the
    // delivery ids of those already told exist, so only people newly inside the target are told).
    if (notifyAgain || !sameTarget(a.content, resolved.content)) {
      effects.push({
        kind: 'fanout',
        announcementId: a.id,
        version: notifyVersion,
        notBefore: resolved.content.publishAt,
        reason: notifyAgain ? 'notify_again' : 'target_changed',
      });
    }
    return { ok: true, next, effects };
  }

  const parsed = parse(withdrawInput, input);
  if (!parsed.ok) return parsed;
  const next: Announcement = { ...base, status: 'withdrawn', withdrawal: { at, by, reason: parsed.value.reason } };
  const effects: AnnouncementEffect[] = [
    audit(a, next, 'withdraw', by, at, { reason: parsed.value.reason, capacity }),
    { kind: 'fanout_cancel', announcementId: a.id },
  ];
  if (capacity === 'overseer') {
    effects.push({
      kind: 'notify',
      to: { role: a.publisher.role, scope: a.publisher.scope },
      template: 'announcement_withdrawn',
      data: { title: a.content.title, by: overseerName(actor), reason: parsed.value.reason },
      announcementId: a.id,
    });
  }
  return { ok: true, next, effects };
}

function overseerRole(actor: Actor): ActorRef['role'] {
  return actor.grants.some((g) => g.role === 'city_officer' || g.role === 'admin') ? 'city_officer' : 'district_officer';
}
function overseerName(actor: Actor): string {
  return overseerRole(actor) === 'city_officer' ? '市人社局' : '旗县区人社部门';
}

export interface AvailableAnnouncementAction {
  action: AnnouncementAction;
  label: string;
  as: Capacity;
  enabled: boolean;
  reason?: string;
}

/** The buttons to show `actor` on this announcement: the table's rules, before any input. */
export function availableAnnouncementActions(a: Announcement, actor: Actor, now: Date): AvailableAnnouncementAction[] {
  const out: AvailableAnnouncementAction[] = [];
  for (const action of Object.keys(ANNOUNCEMENT_TRANSITIONS) as AnnouncementAction[]) {
    const rule = ANNOUNCEMENT_TRANSITIONS[action];
    if (!rule.from.includes(a.status)) continue;
    const as = capacityFor(a, action, actor);
    if (!as) continue;
    let reason: string | undefined;
    if (action === 'publish') {
      const r = resolveForPublication(a.content, now);
      if (!r.ok) reason = r.message;
    }
    out.push({ action, label: ANNOUNCEMENT_ACTION_LABELS[action], as, enabled: !reason, ...(reason ? { reason } : {}) });
  }
  return out;
}

/** The expiry as stored (FOREVER for none), for queries. */
export function storedExpiry(c: Pick<AnnouncementContent, 'expiresAt'>): string {
  return c.expiresAt ?? FOREVER;
}
