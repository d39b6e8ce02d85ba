import { CLAUSE_IDS, CLAUSES, type ClauseId } from '../policy/clauses';
import type { Actor } from '../auth/roles';
import { refuse, type Refusal } from '../workflow/refusal';
import { managesGroup } from './access';
import type { GroupMemberDoc, GroupQuestionDoc, LiaisonGroupDoc } from './model';
import { dueOf, reminderAt } from './service-clock';

/**
 * 第六条's liaison groups, questions and answers: the enterprises' HR ask in their group, the group's officers
 * answer within the service clock (service-clock.ts). Pure rules; the function reads, calls these, writes.
 */

type Group = Pick<LiaisonGroupDoc, 'officers' | 'district' | 'status'>;
type Membership = Pick<GroupMemberDoc, 'status'> | null;
type Ok<T> = { ok: true } & T;

export const SUMMARY_CHARS = 60;

/** The first 60 characters, for lists. */
export function summaryOf(text: string): string {
  const chars = Array.from(text.replace(/\s+/g, ' ').trim());
  return chars.length > SUMMARY_CHARS ? `${chars.slice(0, SUMMARY_CHARS).join('')}…` : chars.join('');
}

/**
 * Who asks: an active member of the group (an HR on its roster). The officers who manage the group answer in
 * it; a removed member may no longer ask; a closed group takes no questions.
 */
export function mayAsk(actor: Actor, group: Group, membership: Membership): Ok<object> | Refusal {
  if (membership?.status !== 'active') {
    if (managesGroup(actor, group)) return refuse('FORBIDDEN', '工作人员在这里答复问题；提问由群里的企业人事提出');
    return refuse('FORBIDDEN', '您已被移出本群名册，不能在本群提问');
  }
  if (group.status !== 'active') return refuse('NOT_ALLOWED_NOW', '这个联络群已关闭，不再接收提问');
  return { ok: true };
}

export interface AskFacts {
  id: string;
  groupId: string;
  group: Pick<LiaisonGroupDoc, 'district'>;
  membership: Pick<GroupMemberDoc, 'orgId' | 'orgName'>;
  text: string;
  private: boolean;
  serviceDays: number;
}

/** The new question, its clock started at `now`. */
export function newQuestion(actor: Actor, f: AskFacts, now: Date): GroupQuestionDoc {
  const at = now.toISOString();
  return {
    _id: f.id,
    groupId: f.groupId,
    groupDistrict: f.group.district,
    askedBy: actor.openid,
    orgId: f.membership.orgId,
    orgName: f.membership.orgName,
    text: f.text,
    private: f.private,
    status: 'open',
    askedAt: at,
    dueAt: dueOf(at, f.serviceDays).dueAt,
    serviceDays: f.serviceDays,
    remindedAt: null,
    overdueNotifiedAt: null,
    answer: null,
    helpful: 0,
    faqId: null,
    version: 1,
  };
}

/** Clauses an answer or FAQ entry cites: known ids only, each named when not (the contract checks the same). */
export function checkClauses(clauses: readonly string[], path = 'clauses'): Ok<{ clauses: ClauseId[] }> | Refusal {
  const unknown = clauses.filter((c) => !(CLAUSE_IDS as readonly string[]).includes(c));
  if (unknown.length) return refuse('VALIDATION', `引用的条款不存在：${unknown.map((c) => c.slice(0, 20)).join('、')}`, [{ path, message: `引用的条款不存在：${unknown[0].slice(0, 20)}` }]);
  return { ok: true, clauses: [...new Set(clauses)] as ClauseId[] };
}

export const clauseRefs = (ids: readonly ClauseId[]) => ids.map((id) => ({ id, heading: CLAUSES[id].heading as string }));

/** Answer: those who manage the group, an open question only, on the version the officer read. */
export function answerQuestion(
  actor: Actor,
  q: GroupQuestionDoc,
  group: Pick<LiaisonGroupDoc, 'officers' | 'district'>,
  a: { text: string; clauses: readonly string[]; expectedVersion: number; byName: string },
  now: Date,
): Ok<{ next: GroupQuestionDoc }> | Refusal {
  if (!managesGroup(actor, group)) return refuse('FORBIDDEN', '只有本群的工作人员可以答复');
  if (q.status !== 'open') return refuse('NOT_ALLOWED_NOW', '这个问题已经答复过了');
  if (q.version !== a.expectedVersion) return refuse('CONFLICT', '这个问题刚刚有变化，请刷新后重试');
  const c = checkClauses(a.clauses);
  if (!c.ok) return c;
  return {
    ok: true,
    next: { ...q, status: 'answered', answer: { text: a.text, clauses: c.clauses, by: actor.openid, byName: a.byName, at: now.toISOString() }, version: q.version + 1 },
  };
}

/** Helpful marks: once per person per item (the mark's id), never on one's own question. */
export const helpfulMarkId = (kind: 'question' | 'faq', targetId: string, openid: string) => `${kind}:${targetId}:${openid}`;

export function mayMarkHelpful(actor: Actor, askedBy: string, status: GroupQuestionDoc['status']): Ok<object> | Refusal {
  if (!actor.openid) return refuse('FORBIDDEN', '请先登录');
  if (askedBy === actor.openid) return refuse('NOT_ALLOWED_NOW', '不能标记自己提的问题');
  if (status !== 'answered') return refuse('NOT_ALLOWED_NOW', '答复之后才能标记“有帮助”');
  return { ok: true };
}

// ---------------------------------------------------------------- the timer

export type DueNotice = 'reminder' | 'overdue';

/** Which notices an open question is due at `now`: the reminder before the deadline, the overdue notice after it, each once. */
export function noticesDue(q: Pick<GroupQuestionDoc, 'status' | 'dueAt' | 'remindedAt' | 'overdueNotifiedAt'>, now: Date, reminderHoursBefore: number): DueNotice[] {
  if (q.status !== 'open') return [];
  const at = now.toISOString();
  const out: DueNotice[] = [];
  if (at > q.dueAt) {
    if (!q.overdueNotifiedAt) out.push('overdue');
  } else if (!q.remindedAt && at >= reminderAt(q.dueAt, reminderHoursBefore)) {
    out.push('reminder');
  }
  return out;
}

/** The query bound for the timer: open questions whose reminder time has come (dueAt ≤ now + hours). */
export function reminderHorizon(now: Date, reminderHoursBefore: number): string {
  return new Date(now.getTime() + reminderHoursBefore * 3_600_000).toISOString();
}

/** Deterministic ids of a question's notices (sent once: inserted once). */
export const noticeId = (questionId: string, kind: 'asked' | 'answered' | DueNotice, openid: string) => `gq-${kind}-${questionId}-${openid}`.slice(0, 120);
