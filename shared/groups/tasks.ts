import type { Actor } from '../auth/roles';
import { staffOrgIds } from '../auth/policy';
import { chinaDate } from '../time/dates';
import { weekdayName } from '../time/workdays';
import { refuse, type Refusal } from '../workflow/refusal';
import { managesGroup } from './access';
import type { GroupMemberDoc, GroupTaskDoc, LiaisonGroupDoc } from './model';

/**
 * 群待办 (第六条): an officer sends the roster's enterprises a task with a due date (请于 12 月 20 日前报送花名册);
 * each enterprise of the roster marks it done once, and the officer sees which have.
 */

type Ok<T> = { ok: true } & T;

/** Create: those who manage an active group; the due date a China date not in the past. */
export function mayCreateTask(actor: Actor, group: Pick<LiaisonGroupDoc, 'officers' | 'district' | 'status'>, dueDate: string, now: Date): Ok<object> | Refusal {
  if (!managesGroup(actor, group)) return refuse('FORBIDDEN', '只有本群的工作人员可以发布群待办');
  if (group.status !== 'active') return refuse('NOT_ALLOWED_NOW', '这个联络群已关闭');
  if (Number.isNaN(Date.parse(`${dueDate}T00:00:00Z`)) || new Date(`${dueDate}T00:00:00Z`).toISOString().slice(0, 10) !== dueDate)
    return refuse('VALIDATION', '请选择日期', [{ path: 'dueDate', message: '请选择日期' }]);
  const today = chinaDate(now);
  if (dueDate < today) return refuse('VALIDATION', '截止日期不能早于今天', [{ path: 'dueDate', message: '截止日期不能早于今天' }]);
  return { ok: true };
}

/** '12月20日（周日）前' */
export function taskDueText(dueDate: string): string {
  return `${Number(dueDate.slice(5, 7))}月${Number(dueDate.slice(8, 10))}日（${weekdayName(dueDate)}）前`;
}

/** Past its due date (China date) and still open. */
export function taskOverdue(t: Pick<GroupTaskDoc, 'dueDate' | 'status'>, now: Date): boolean {
  return t.status === 'open' && chinaDate(now) > t.dueDate;
}

export const taskDoneId = (taskId: string, orgId: string) => `${taskId}:${orgId}`;

/** The roster's enterprises: distinct employers of the active members. */
export function rosterEnterprises(members: readonly Pick<GroupMemberDoc, 'orgId' | 'orgName' | 'status'>[]): { orgId: string; orgName: string }[] {
  const seen = new Map<string, string>();
  for (const m of members) if (m.status === 'active' && !seen.has(m.orgId)) seen.set(m.orgId, m.orgName);
  return [...seen].map(([orgId, orgName]) => ({ orgId, orgName }));
}

/**
 * Done: an active member, as HR of an enterprise on the roster (the one named, or their own on the roster);
 * the task open. Done once per enterprise (the done record's id).
 */
export function mayMarkDone(
  actor: Actor,
  task: Pick<GroupTaskDoc, 'status'>,
  membership: Pick<GroupMemberDoc, 'status' | 'orgId'> | null,
  roster: readonly { orgId: string }[],
  orgId: string | undefined,
): Ok<{ orgId: string }> | Refusal {
  if (membership?.status !== 'active') return refuse('FORBIDDEN', '只有本群名册上的企业人事可以标记完成');
  const org = orgId ?? membership.orgId;
  if (!staffOrgIds(actor, 'employer_hr').includes(org) || !roster.some((e) => e.orgId === org)) return refuse('FORBIDDEN', '只能为本群名册上您任人事的企业标记完成');
  if (task.status !== 'open') return refuse('NOT_ALLOWED_NOW', '这项群待办已关闭');
  return { ok: true, orgId: org };
}
