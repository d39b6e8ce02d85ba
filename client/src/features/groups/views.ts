import type { GroupView } from '@shared/contracts/groups';
import type { GrantView } from '@shared/contracts';
import { mayCreateGroup } from '@shared/groups/access';
import { isOfficer } from '@shared/auth/policy';
import type { Actor } from '@shared/auth/roles';
import { DISTRICTS, type DistrictCode } from '@shared/org/districts';

/** The pages of 微信交流群 (D2's question pages too, for links). */
export const GROUP_ROUTES = {
  list: '/packages/groups/list/index',
  edit: (id?: string) => `/packages/groups/edit/index${id ? `?id=${encodeURIComponent(id)}` : ''}`,
  group: (id: string) => `/packages/groups/group/index?id=${encodeURIComponent(id)}`,
  task: (id: string) => `/packages/groups/task/index?id=${encodeURIComponent(id)}`,
  taskEdit: (groupId: string) => `/packages/groups/task-edit/index?groupId=${encodeURIComponent(groupId)}`,
  queue: (groupId: string) => `/packages/groups/queue/index?groupId=${encodeURIComponent(groupId)}`,
  ask: (groupId: string) => `/packages/groups/ask/index?groupId=${encodeURIComponent(groupId)}`,
  /** 我的 (a tab page): where an HR claims their employer with an invitation code. */
  me: '/pages/me/index',
};

type Me = { openid: string; roles: Pick<GrantView, 'role' | 'scope'>[] };
const actorOf = (me: Me): Actor => ({ openid: me.openid, grants: me.roles.map((g) => ({ role: g.role, scope: g.scope })) });

/** Officers (district, city, admin) manage groups: the list shows the 'managed' view for them. */
export function isGroupOfficer(me: Me | null): boolean {
  return !!me && isOfficer(actorOf(me));
}

export function isEmployerHr(me: Me | null): boolean {
  return !!me && me.roles.some((g) => g.role === 'employer_hr');
}

export interface BureauChoice {
  key: string;
  label: string;
  district: DistrictCode | null;
}

/**
 * The bureaus the person may create a group for (shared/groups/access mayCreateGroup): a district officer's own
 * districts; the city for city officers and admins (who may also pick any district they govern — the city's own
 * group comes first).
 */
export function bureauChoices(me: Me | null): BureauChoice[] {
  if (!me) return [];
  const actor = actorOf(me);
  const out: BureauChoice[] = [];
  if (mayCreateGroup(actor, null)) out.push({ key: 'city', label: '包头市人社局（全市）', district: null });
  for (const g of me.roles) {
    if (g.role !== 'district_officer' || g.scope.kind !== 'district') continue;
    const d = DISTRICTS.find((x) => x.code === (g.scope as { district: string }).district);
    if (d && mayCreateGroup(actor, d.code) && !out.some((c) => c.district === d.code)) out.push({ key: d.code, label: d.bureau, district: d.code });
  }
  return out;
}

/** The bound state in words (never colour alone). */
export function boundText(g: Pick<GroupView, 'bound' | 'status'>): string {
  if (g.status === 'closed') return '已停用';
  return g.bound ? '已绑定微信群' : '未绑定微信群';
}

export function boundTag(g: Pick<GroupView, 'bound' | 'status'>): string {
  if (g.status === 'closed') return 'tag tag--off';
  return g.bound ? 'tag tag--ok' : 'tag tag--wait';
}

/** 12 家企业 · 15 名人事 */
export function countsText(g: Pick<GroupView, 'memberCount' | 'enterpriseCount'>): string {
  return `${g.enterpriseCount} 家企业 · ${g.memberCount} 名人事`;
}

/** For those who manage it: 待答复 3 个，其中超时 1 个 / 没有待答复的问题 */
export function questionsText(g: Pick<GroupView, 'openQuestions' | 'overdueQuestions'>): string {
  if (!g.openQuestions) return '没有待答复的问题';
  return g.overdueQuestions ? `待答复 ${g.openQuestions} 个，其中超时 ${g.overdueQuestions} 个` : `待答复 ${g.openQuestions} 个`;
}

/**
 * The other officers who run the group, typed one per line (or separated by commas / spaces): openids,
 * deduplicated, without the creator. The function checks each one; the client only splits.
 */
export function parseOpenids(text: string, self?: string): string[] {
  const ids = text
    .split(/[\s,，;；、]+/)
    .map((s) => s.trim())
    .filter(Boolean);
  return [...new Set(ids)].filter((id) => id !== self);
}

/** 已完成 3 / 12 家 */
export function doneText(t: { done: number; total: number }): string {
  return `已完成 ${t.done} / ${t.total} 家`;
}

/** The landing page's outcome as a heading and what to do next, in words. */
export type EnterOutcome = 'joined' | 'member' | 'officer' | 'needs_employer' | 'removed' | 'not_bound' | 'guest';
export function outcomeTitle(outcome: EnterOutcome, groupName: string | null): string {
  const name = groupName ? `「${groupName}」` : '联络群';
  switch (outcome) {
    case 'joined':
      return `已加入${name}名册`;
    case 'member':
      return `您已在${name}名册中`;
    case 'officer':
      return `您是${name}的工作人员`;
    case 'needs_employer':
      return '请先认领您的单位';
    case 'removed':
      return `您已被移出${name}名册`;
    case 'not_bound':
      return '这个微信群还没有绑定联络群';
    case 'guest':
      return '只有单位人事可以加入联络群名册';
  }
}

/** The first message for a field or anything under it ('officers' → 'officers.2'). */
export function issueAt(errors: Readonly<Record<string, string>>, path: string): string | undefined {
  if (errors[path]) return errors[path];
  const under = Object.keys(errors).find((p) => p.startsWith(`${path}.`));
  return under ? errors[under] : undefined;
}

/** What no field on the form claims, said once above the buttons (or the envelope's message when no issue). */
export function restOf(errors: Readonly<Record<string, string>>, shown: readonly string[], message: string): string | null {
  const keys = Object.keys(errors);
  if (!keys.length) return message;
  const rest = keys.filter((p) => !shown.some((f) => p === f || p.startsWith(`${f}.`))).map((p) => errors[p]);
  return rest.length ? rest.join('；') : null;
}
