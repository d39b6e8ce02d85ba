import type { Actor } from '../auth/roles';
import type { GroupMemberDoc, LiaisonGroupDoc } from './model';
import { ENTER_MESSAGES, enterDecision, joinMember, removedMember, removeMemberRefusal, rosterCounts, rosterRows } from './roster';

const KDL = '150203';
const GX = '150271';
const NOW = new Date('2026-12-02T02:00:00.000Z');
const hr = (openid: string, ...orgIds: string[]): Actor => ({ openid, grants: orgIds.map((orgId) => ({ role: 'employer_hr' as const, scope: { kind: 'org' as const, orgId } })) });
const officer = (openid: string, district: typeof KDL | typeof GX): Actor => ({ openid, grants: [{ role: 'district_officer', scope: { kind: 'district', district } }] });
const group: Pick<LiaisonGroupDoc, '_id' | 'officers' | 'district' | 'status'> = { _id: 'g1', officers: ['kdl-1'], district: KDL, status: 'active' };
const member = (openid: string, orgId: string, orgName: string, over: Partial<GroupMemberDoc> = {}): GroupMemberDoc => ({
  _id: `g1:${openid}`,
  groupId: 'g1',
  groupDistrict: KDL,
  openid,
  orgId,
  orgName,
  orgDistrict: KDL,
  name: `人事${openid}`,
  phone: '13912345678',
  status: 'active',
  joinedAt: `2026-12-01T0${openid.length % 10}:00:00.000Z`,
  ...over,
});

describe('opening a card from the group', () => {
  it('those who manage it are officers, never members', () => {
    expect(enterDecision(officer('kdl-1', KDL), group, null)).toEqual({ ok: true, outcome: 'officer' });
    expect(enterDecision(officer('kdl-2', KDL), group, null)).toEqual({ ok: true, outcome: 'officer' });
    expect(enterDecision({ openid: 'city', grants: [{ role: 'city_officer', scope: { kind: 'city' } }] }, group, null)).toMatchObject({ outcome: 'officer' });
  });

  it('an employer HR joins with the chosen employer or their first; another employer is refused', () => {
    expect(enterDecision(hr('h1', 'emp-a'), group, null)).toEqual({ ok: true, outcome: 'join', orgId: 'emp-a' });
    expect(enterDecision(hr('h1', 'emp-a', 'emp-b'), group, null, 'emp-b')).toEqual({ ok: true, outcome: 'join', orgId: 'emp-b' });
    expect(enterDecision(hr('h1', 'emp-a', 'emp-b'), group, null)).toEqual({ ok: true, outcome: 'join', orgId: 'emp-a' });
    expect(enterDecision(hr('h1', 'emp-a'), group, null, 'emp-z')).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(enterDecision(hr('h1', 'emp-a'), { ...group, status: 'closed' }, null)).toMatchObject({ ok: false, code: 'NOT_ALLOWED_NOW' });
  });

  it('a member again is a member (no second row); a removed one stays removed', () => {
    expect(enterDecision(hr('h1', 'emp-a'), group, { status: 'active' })).toEqual({ ok: true, outcome: 'member' });
    expect(enterDecision(hr('h1', 'emp-a'), group, { status: 'removed' })).toEqual({ ok: true, outcome: 'removed' });
    expect(ENTER_MESSAGES.removed).toBe('您已被移出该联络群名册，如需重新加入请联系群内工作人员');
  });

  it('without an employer: led to claim one; an officer of another bureau is a guest', () => {
    expect(enterDecision({ openid: 'p1', grants: [] }, group, null)).toEqual({ ok: true, outcome: 'needs_employer' });
    expect(enterDecision({ openid: 'r1', grants: [{ role: 'recommender', scope: { kind: 'org', orgId: 'assoc' } }] }, group, null)).toMatchObject({ outcome: 'needs_employer' });
    expect(enterDecision(officer('gx-1', GX), group, null)).toEqual({ ok: true, outcome: 'guest' });
    expect(ENTER_MESSAGES.needs_employer).toMatch(/邀请码/);
  });
});

describe('the roster row', () => {
  const org = { _id: 'emp-a', type: 'employer' as const, name: '包头北辰稀土新材料有限公司', district: KDL as typeof KDL };
  it('name and phone from the profile, the enterprise and its district, the group district copied', () => {
    const r = joinMember({ _id: 'g1', district: KDL }, 'h1', org, { name: ' 王芳 ', phone: '13912345678' }, NOW);
    expect(r).toEqual({
      ok: true,
      member: { _id: 'g1:h1', groupId: 'g1', groupDistrict: KDL, openid: 'h1', orgId: 'emp-a', orgName: org.name, orgDistrict: KDL, name: '王芳', phone: '13912345678', status: 'active', joinedAt: NOW.toISOString() },
    });
    expect(joinMember({ _id: 'g1', district: null }, 'h1', org, null, NOW)).toMatchObject({ member: { name: '未填写姓名', phone: null, groupDistrict: null } });
  });
  it('only an organization of type employer', () => {
    expect(joinMember({ _id: 'g1', district: KDL }, 'h1', { ...org, type: 'social_org' }, null, NOW)).toMatchObject({ ok: false, code: 'VALIDATION', message: '只有非公企业的人事可以加入联络群名册' });
    expect(joinMember({ _id: 'g1', district: KDL }, 'h1', null, null, NOW)).toMatchObject({ ok: false, code: 'VALIDATION' });
  });
  it('removal keeps the row, marked with who, when and why; twice is refused', () => {
    const m = removedMember(member('h1', 'emp-a', 'A'), 'kdl-1', '已离职', NOW);
    expect(m).toMatchObject({ status: 'removed', removedBy: 'kdl-1', removedReason: '已离职', removedAt: NOW.toISOString(), orgId: 'emp-a' });
    expect(removeMemberRefusal(m)).toMatchObject({ code: 'NOT_ALLOWED_NOW' });
    expect(removeMemberRefusal(member('h1', 'emp-a', 'A'))).toBeNull();
  });
});

describe('roster views', () => {
  const members = [
    member('h1', 'emp-b', '包头昆仑特钢制品有限公司'),
    member('h22', 'emp-a', '包头北辰稀土新材料有限公司'),
    member('h333', 'emp-a', '包头北辰稀土新材料有限公司', { phone: null }),
    member('h4444', 'emp-c', '包头东方机械有限公司', { status: 'removed' }),
  ];
  it('officers: every enterprise with its HR (removed too), phones masked, never whole', () => {
    const rows = rosterRows(members, 'contacts');
    expect(rows.map((r) => r.orgId).sort()).toEqual(['emp-a', 'emp-b', 'emp-c']);
    const a = rows.find((r) => r.orgId === 'emp-a')!;
    expect(a).toMatchObject({ orgName: '包头北辰稀土新材料有限公司', orgDistrict: KDL, districtName: '昆都仑区' });
    expect(a.contacts).toEqual([
      { memberId: 'g1:h22', name: '人事h22', phoneMasked: '139****5678', joinedAt: members[1].joinedAt, status: 'active' },
      { memberId: 'g1:h333', name: '人事h333', phoneMasked: '未留电话', joinedAt: members[2].joinedAt, status: 'active' },
    ]);
    expect(rows.find((r) => r.orgId === 'emp-c')!.contacts![0].status).toBe('removed');
    expect(JSON.stringify(rows)).not.toContain('13912345678');
  });
  it('members: the enterprises with an active HR only, nothing of any person', () => {
    const rows = rosterRows(members, 'enterprises');
    expect(rows.map((r) => r.orgId).sort()).toEqual(['emp-a', 'emp-b']);
    for (const r of rows) expect(Object.keys(r).sort()).toEqual(['districtName', 'orgDistrict', 'orgId', 'orgName']);
    expect(JSON.stringify(rows)).not.toMatch(/人事|139|h22/);
  });
  it('counts: active members and their distinct enterprises', () => {
    expect(rosterCounts(members.filter((m) => m.status === 'active'))).toEqual({ memberCount: 3, enterpriseCount: 2 });
    expect(rosterCounts([])).toEqual({ memberCount: 0, enterpriseCount: 0 });
  });
});
