import { maskPhone } from '../auth/mask';
import { isOfficer, staffOrgIds } from '../auth/policy';
import type { Actor } from '../auth/roles';
import { districtName, type DistrictCode } from '../org/districts';
import type { OrgType } from '../org/organizations';
import { refuse, type Refusal } from '../workflow/refusal';
import { managesGroup, type RosterView } from './access';
import type { GroupMemberDoc, LiaisonGroupDoc } from './model';

/**
 * 第六条's groups are between the bureau's staff and the HR departments of non-public enterprises: the roster holds
 * employer HR only, each with the enterprise they serve. Opening any card from the bound WeChat group joins it.
 */

/** Non-public enterprises are the organizations of type 'employer' (the registry the coverage counts). */
export const ENTERPRISE_TYPE: OrgType = 'employer';

export const ENTER_MESSAGES = {
  joined: (group: string, org: string) => `已加入「${group}」名册（${org}）`,
  member: (group: string) => `您已在「${group}」名册中`,
  officer: (group: string) => `您是「${group}」的工作人员`,
  needs_employer: '您还不是企业人事：请先在“我的”页用单位发放的邀请码认领单位，再回到群里点开卡片加入名册',
  removed: '您已被移出该联络群名册，如需重新加入请联系群内工作人员',
  not_bound: '这个微信群还没有绑定联络群，请联系群内的人社部门工作人员点开绑定卡片完成绑定',
  guest: (group: string) => `您不是「${group}」的工作人员，无需加入名册`,
} as const;

export type EnterDecision =
  | { ok: true; outcome: 'officer' | 'member' | 'removed' | 'needs_employer' | 'guest' }
  | { ok: true; outcome: 'join'; orgId: string }
  | Refusal;

/**
 * What opening a card from the group means for this caller: those who manage the group are its officers (never on
 * the roster); a removed HR stays removed; a member stays one (one row per person); an employer HR joins with the
 * employer they chose (`orgId`, one of their HR grants) or their first; anyone else is led to claim an employer,
 * except officers of other bureaus, who are guests.
 */
export function enterDecision(
  actor: Actor,
  group: Pick<LiaisonGroupDoc, 'officers' | 'district' | 'status'>,
  membership: Pick<GroupMemberDoc, 'status'> | null,
  orgId?: string,
): EnterDecision {
  if (managesGroup(actor, group)) return { ok: true, outcome: 'officer' };
  if (membership?.status === 'removed') return { ok: true, outcome: 'removed' };
  if (membership?.status === 'active') return { ok: true, outcome: 'member' };
  const employers = staffOrgIds(actor, 'employer_hr');
  if (employers.length === 0) return { ok: true, outcome: isOfficer(actor) ? 'guest' : 'needs_employer' };
  if (group.status !== 'active') return refuse('NOT_ALLOWED_NOW', '该联络群已停用，暂不能加入名册');
  if (orgId !== undefined && !employers.includes(orgId)) return refuse('FORBIDDEN', '您不是该单位的人事，不能以该单位加入名册');
  return { ok: true, outcome: 'join', orgId: orgId ?? employers[0] };
}

export interface JoiningOrg {
  _id: string;
  type: OrgType;
  name: string;
  district: DistrictCode;
}

/** The roster row of an HR joining with their employer: name and phone from their profile, the enterprise's name and district. */
export function joinMember(
  group: Pick<LiaisonGroupDoc, '_id' | 'district'>,
  openid: string,
  org: JoiningOrg | null,
  profile: { name?: string; phone?: string } | null,
  now: Date,
): Refusal | { ok: true; member: GroupMemberDoc } {
  if (!org || org.type !== ENTERPRISE_TYPE) return refuse('VALIDATION', '只有非公企业的人事可以加入联络群名册');
  return {
    ok: true,
    member: {
      _id: `${group._id}:${openid}`,
      groupId: group._id,
      groupDistrict: group.district,
      openid,
      orgId: org._id,
      orgName: org.name,
      orgDistrict: org.district,
      name: profile?.name?.trim() || '未填写姓名',
      phone: profile?.phone ?? null,
      status: 'active',
      joinedAt: now.toISOString(),
    },
  };
}

/** Removing a member (the group's officers): the row stays, marked, so joining again is refused with the reason known. */
export function removeMemberRefusal(member: Pick<GroupMemberDoc, 'status'>): Refusal | null {
  return member.status === 'removed' ? refuse('NOT_ALLOWED_NOW', '该成员已被移出名册') : null;
}

export function removedMember(member: GroupMemberDoc, by: string, reason: string, now: Date): GroupMemberDoc {
  return { ...member, status: 'removed', removedAt: now.toISOString(), removedBy: by, removedReason: reason };
}

export interface RosterContact {
  memberId: string;
  name: string;
  phoneMasked: string;
  joinedAt: string;
  status: GroupMemberDoc['status'];
}
export interface RosterRow {
  orgId: string;
  orgName: string;
  orgDistrict: DistrictCode;
  districtName: string;
  contacts?: RosterContact[];
}

const byName = (a: string, b: string) => a.localeCompare(b, 'zh-Hans-CN');

/**
 * The roster by enterprise, as `view` allows: officers (contacts) every enterprise with its HR, removed ones too,
 * phones masked; members (enterprises) the enterprises with an active HR, and nothing of any person.
 */
export function rosterRows(members: readonly GroupMemberDoc[], view: Exclude<RosterView, null>): RosterRow[] {
  const rows = new Map<string, RosterRow>();
  const shown = view === 'contacts' ? members : members.filter((m) => m.status === 'active');
  for (const m of [...shown].sort((a, b) => a.joinedAt.localeCompare(b.joinedAt))) {
    let row = rows.get(m.orgId);
    if (!row) {
      row = { orgId: m.orgId, orgName: m.orgName, orgDistrict: m.orgDistrict, districtName: districtName(m.orgDistrict), ...(view === 'contacts' ? { contacts: [] } : {}) };
      rows.set(m.orgId, row);
    }
    row.contacts?.push({ memberId: m._id, name: m.name, phoneMasked: m.phone ? maskPhone(m.phone) : '未留电话', joinedAt: m.joinedAt, status: m.status });
  }
  return [...rows.values()].sort((a, b) => byName(a.orgName, b.orgName) || a.orgId.localeCompare(b.orgId));
}

/** Active members and their distinct enterprises (groupView's counts). */
export function rosterCounts(active: readonly Pick<GroupMemberDoc, 'orgId'>[]): { memberCount: number; enterpriseCount: number } {
  return { memberCount: active.length, enterpriseCount: new Set(active.map((m) => m.orgId)).size };
}
