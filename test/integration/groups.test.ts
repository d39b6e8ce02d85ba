/* eslint-disable @typescript-eslint/no-explicit-any -- JSON answers are inspected loosely in tests */
/**
 * The `groups` function's binding, rosters and coverage in-process through the real SDK against a fresh local
 * gateway, with cloudIDs issued and resolved by the local open-data path (cloud.openFromGroup) exactly as the host
 * does: a valid bind; expired, forged, replayed and private-chat cloudIDs; one WeChat group for two liaison groups;
 * a non-officer binding; roster privacy; joining after removal; an HR without employer; coverage going up. Every
 * refusal is checked to have written nothing.
 */
import { ok, startCloud, type Cloud } from '../support/cloud';
import { arrange, GX, KDL, U } from '../support/fixtures';
import { changes, describeChanges, snapshot } from '../support/snapshot';
import { sweepOpenDataUses } from '../../cloudfunctions/groups/open-data';

jest.setTimeout(120_000);

let cloud: Cloud;
const call = (action: string, input: unknown, openid?: string, extra?: Record<string, unknown>) => cloud.call('groups', action, input, openid, extra);
const fromGroup = (openid: string, chat: string, kind: 'group' | 'single' = 'group') => ({ openData: { $cloudID: cloud.openFromGroup(openid, chat, { kind }) } });
const count = async (coll: string, where: object = {}) => (await cloud.db.collection(coll).where(where).count()).total;
const resetLimits = async () => {
  const _ = cloud.db.command;
  await cloud.db.collection('rate_limits').where({ count: _.gte(0) }).remove();
};

/** The call is refused with `code` (and message) and no collection but the rate limiter changed. */
async function refusedCleanly(run: () => Promise<any>, code: string, message?: string | RegExp): Promise<void> {
  const before = await snapshot(cloud.db);
  const r = await run();
  expect(r).toMatchObject({ ok: false, code });
  if (message) expect(r.message).toEqual(typeof message === 'string' ? message : expect.stringMatching(message));
  const diff = changes(before, await snapshot(cloud.db));
  expect(describeChanges(diff)).toBe('');
}

const HR2 = 'hr-kdl-000002'; // a second HR, of 包头昆仑特钢制品有限公司 (昆都仑区)
const NOBODY = 'person-no-emp'; // signed in, no employer claimed
const KDL2 = 'kdl-officer-02'; // a second 昆都仑区 officer, not listed in the group

beforeAll(async () => {
  cloud = await startCloud();
  await arrange(cloud);
  const now = new Date().toISOString();
  for (const [openid, name, phone] of [
    [HR2, '李强', '13800001111'],
    [NOBODY, '赵敏', null],
    [KDL2, '孙涛', null],
  ] as const)
    await cloud.db.collection('users').doc(openid).set({ openid, name, ...(phone ? { phone } : {}), version: 1, createdAt: now, updatedAt: now });
  await cloud.db.collection('users').doc(U.hrKdl).update({ name: '王芳', phone: '13912345678' });
  await cloud.db.collection('users').doc(U.kdl).update({ name: '刘洋' });
  await cloud.db.collection('grants').doc('g-hr2').set({ openid: HR2, role: 'employer_hr', scope: { kind: 'org', orgId: 'emp-kdl-2' }, grantedBy: 'seed', grantedAt: now });
  await cloud.db.collection('grants').doc('g-kdl2').set({ openid: KDL2, role: 'district_officer', scope: { kind: 'district', district: KDL }, grantedBy: 'seed', grantedAt: now });
});
afterAll(() => cloud.close());
beforeEach(async () => {
  cloud.clockOffsetMs = 0;
  await resetLimits();
});

let kdlGroup: any;
let gxGroup: any;

describe('creating groups', () => {
  it('a district officer creates one for their district with officers of that bureau; not for another, not naming strangers', async () => {
    kdlGroup = ok(await call('create', { name: '昆都仑区职称联络群', district: KDL, officers: [U.city] }, U.kdl));
    expect(kdlGroup).toMatchObject({ name: '昆都仑区职称联络群', district: KDL, bureau: '昆都仑区人社局', bound: false, status: 'active', memberCount: 0, version: 1 });
    expect(kdlGroup.officers).toEqual([
      { openid: U.kdl, name: '刘洋' },
      { openid: U.city, name: '测试用户' },
    ]);
    expect(kdlGroup.me).toEqual({ runs: true, manages: true, membership: null });
    await refusedCleanly(() => call('create', { name: '稀土高新区联络群', district: GX }, U.kdl), 'FORBIDDEN', '您只能为本辖区创建联络群');
    await refusedCleanly(() => call('create', { name: '昆都仑区二群', district: KDL, officers: [U.gx] }, U.kdl), 'VALIDATION', '第 1 位不是昆都仑区人社局的工作人员');
    await refusedCleanly(() => call('create', { name: '人事自建群', district: KDL }, U.hrKdl), 'FORBIDDEN');
    await refusedCleanly(() => call('create', { name: '市级群', district: null }, U.kdl), 'FORBIDDEN', '只有市人社局可以创建市级联络群');
    gxGroup = ok(await call('create', { name: '稀土高新区职称联络群', district: GX }, U.gx));
    expect(await count('audit', { action: 'groups.create' })).toBe(2);
  });

  it('who sees a group: its officers and the city; HR of the district and other districts do not learn it exists', async () => {
    expect(ok(await call('get', { id: kdlGroup.id }, U.city)).me).toMatchObject({ manages: true, runs: true });
    expect(ok(await call('get', { id: kdlGroup.id }, KDL2)).me).toMatchObject({ manages: true, runs: false });
    for (const who of [U.hrKdl, U.gx, U.alice]) expect(await call('get', { id: kdlGroup.id }, who)).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect(ok(await call('list', { view: 'managed' }, U.kdl)).items.map((g: any) => g.id)).toEqual([kdlGroup.id]);
    expect(ok(await call('list', { view: 'managed' }, U.city)).total).toBe(2);
    expect(await call('list', { view: 'managed', district: GX }, U.kdl)).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(await call('list', { view: 'managed' }, U.hrKdl)).toMatchObject({ ok: false, code: 'FORBIDDEN' });
  });
});

describe('binding', () => {
  it('a non-officer, or an officer not listed, cannot bind; a binding card from a private chat, a forged or an expired cloudID is refused', async () => {
    await refusedCleanly(() => call('bind', { id: kdlGroup.id }, KDL2, fromGroup(KDL2, 'wx-kdl')), 'FORBIDDEN', '只有本群的工作人员可以绑定微信群');
    await refusedCleanly(() => call('bind', { id: kdlGroup.id }, U.hrKdl, fromGroup(U.hrKdl, 'wx-kdl')), 'NOT_FOUND');
    await refusedCleanly(() => call('bind', { id: kdlGroup.id }, U.kdl, fromGroup(U.kdl, 'wx-kdl', 'single')), 'OPEN_DATA_INVALID', '请在微信群中点开卡片（私聊中无法确认群）');
    // Forged: a cloudID never issued; one issued to someone else; hand-made "decrypted" data (the host strips it); none at all.
    await refusedCleanly(() => call('bind', { id: kdlGroup.id }, U.kdl, { openData: { $cloudID: 'never-issued-0000000000000000' } }), 'OPEN_DATA_INVALID', '群信息已过期或无效，请回到群里重新点开卡片');
    await refusedCleanly(() => call('bind', { id: kdlGroup.id }, U.kdl, fromGroup(U.city, 'wx-kdl')), 'OPEN_DATA_INVALID');
    const forged = { openData: { cloudID: 'x', data: { opengid: 'Gforged', watermark: { appid: 'wx0000000000local', timestamp: Math.floor(Date.now() / 1000) } } } };
    await refusedCleanly(() => call('bind', { id: kdlGroup.id }, U.kdl, forged), 'OPEN_DATA_INVALID', '无法确认您是从哪个微信群打开的，请回到群里重新点开卡片');
    await refusedCleanly(() => call('bind', { id: kdlGroup.id }, U.kdl), 'OPEN_DATA_INVALID');
    const stale = fromGroup(U.kdl, 'wx-kdl');
    cloud.clockOffsetMs = 6 * 60_000;
    await refusedCleanly(() => call('bind', { id: kdlGroup.id }, U.kdl, stale), 'OPEN_DATA_INVALID', /过期/);
    expect(ok(await call('get', { id: kdlGroup.id }, U.kdl)).bound).toBe(false);
  });

  it('the first listed officer who opens the card from the group binds it; the same cloudID again is refused', async () => {
    const card = fromGroup(U.kdl, 'wx-kdl');
    const g = ok(await call('bind', { id: kdlGroup.id }, U.kdl, card));
    expect(g).toMatchObject({ id: kdlGroup.id, bound: true, version: 2 });
    expect(g.boundAt).toEqual(expect.any(String));
    const stored = (await cloud.db.collection('liaison_groups').doc(kdlGroup.id).get()).data[0] as any;
    expect(stored).toMatchObject({ boundBy: U.kdl, version: 2 });
    expect((await cloud.db.collection('group_bindings').doc(stored.opengid).get()).data[0]).toMatchObject({ groupId: kdlGroup.id, by: U.kdl });
    expect(await count('audit', { action: 'groups.bind' })).toBe(1);
    // Another officer presenting it: issued to someone else, so no group at all.
    await refusedCleanly(() => call('bind', { id: gxGroup.id }, U.gx, card), 'OPEN_DATA_INVALID');
    // Replayed by its own officer on a fresh group of theirs: the cloudID was used, whatever else would be said.
    const second = ok(await call('create', { name: '昆都仑区钢铁企业群', district: KDL }, U.kdl));
    await refusedCleanly(() => call('bind', { id: second.id }, U.kdl, card), 'OPEN_DATA_INVALID', /已使用过/);
    // A fresh card from the same WeChat group: that WeChat group is taken.
    await refusedCleanly(() => call('bind', { id: second.id }, U.kdl, fromGroup(U.kdl, 'wx-kdl')), 'CONFLICT', '该微信群已绑定联络群「昆都仑区职称联络群」');
    // Already bound: nothing to do.
    await refusedCleanly(() => call('bind', { id: kdlGroup.id }, U.kdl, fromGroup(U.kdl, 'wx-kdl')), 'NOT_ALLOWED_NOW');
  });

  it('the same cloudID sent four times at once: it is used once, one bind lands, the others are refused', async () => {
    const cityGroup = ok(await call('create', { name: '包头市职称联络群', district: null }, U.city));
    const card = fromGroup(U.city, 'wx-city');
    const answers = await Promise.all([0, 1, 2, 3].map(() => call('bind', { id: cityGroup.id }, U.city, card)));
    expect(answers.filter((a: any) => a.ok)).toHaveLength(1);
    for (const a of answers.filter((x: any) => !x.ok) as any[]) {
      expect(['OPEN_DATA_INVALID', 'NOT_ALLOWED_NOW', 'CONFLICT']).toContain(a.code);
      if (a.code === 'OPEN_DATA_INVALID') expect(a.message).toBe('这张卡片的群信息已使用过，请回到群里重新点开');
    }
    expect(await count('group_bindings', { groupId: cityGroup.id })).toBe(1);
    expect(await count('open_data_uses', { openid: U.city, purpose: 'bind' })).toBe(1);
    expect(ok(await call('get', { id: cityGroup.id }, U.city))).toMatchObject({ bound: true, version: 2 });
  });

  it('one WeChat group bound to a second liaison group is refused, naming the first', async () => {
    const second = ok(await call('create', { name: '昆都仑区第二联络群', district: KDL }, U.kdl));
    await refusedCleanly(() => call('bind', { id: second.id }, U.kdl, fromGroup(U.kdl, 'wx-kdl')), 'CONFLICT', '该微信群已绑定联络群「昆都仑区职称联络群」');
    expect(ok(await call('get', { id: second.id }, U.kdl)).bound).toBe(false);
    ok(await call('bind', { id: gxGroup.id }, U.gx, fromGroup(U.gx, 'wx-gx')));
  });
});

describe('entering from the group: the roster', () => {
  it('an unbound WeChat group says to ask the officer to bind it; nothing written', async () => {
    const before = await snapshot(cloud.db);
    const r = ok(await call('enter', {}, U.hrKdl, fromGroup(U.hrKdl, 'wx-unbound')));
    expect(r).toMatchObject({ outcome: 'not_bound', group: null });
    expect(r.message).toMatch(/绑定/);
    expect(describeChanges(changes(before, await snapshot(cloud.db)))).toBe('');
  });

  it('employer HR join with their enterprise; again is member with no second row; officers are officers', async () => {
    const a = ok(await call('enter', {}, U.hrKdl, fromGroup(U.hrKdl, 'wx-kdl')));
    expect(a).toMatchObject({ outcome: 'joined', message: '已加入「昆都仑区职称联络群」名册（包头北辰稀土新材料有限公司）', group: { memberCount: 1, enterpriseCount: 1, me: { membership: 'active' } } });
    const b = ok(await call('enter', {}, HR2, fromGroup(HR2, 'wx-kdl')));
    expect(b).toMatchObject({ outcome: 'joined', group: { memberCount: 2, enterpriseCount: 2 } });
    expect(ok(await call('enter', {}, U.hrKdl, fromGroup(U.hrKdl, 'wx-kdl')))).toMatchObject({ outcome: 'member' });
    expect(await count('group_members', { groupId: kdlGroup.id })).toBe(2);
    expect(ok(await call('enter', {}, KDL2, fromGroup(KDL2, 'wx-kdl')))).toMatchObject({ outcome: 'officer' });
    expect(ok(await call('enter', {}, U.gx, fromGroup(U.gx, 'wx-kdl')))).toMatchObject({ outcome: 'guest', group: null });
    expect(await count('group_members', { groupId: kdlGroup.id })).toBe(2);
    expect(await count('audit', { action: 'groups.join' })).toBe(2);
    const row = (await cloud.db.collection('group_members').doc(`${kdlGroup.id}:${U.hrKdl}`).get()).data[0] as any;
    expect(row).toMatchObject({ groupId: kdlGroup.id, groupDistrict: KDL, orgId: 'emp-kdl', orgDistrict: KDL, name: '王芳', phone: '13912345678', status: 'active' });
    // The HR now sees the group in "mine".
    expect(ok(await call('list', { view: 'mine' }, U.hrKdl)).items.map((g: any) => g.id)).toEqual([kdlGroup.id]);
  });

  it('an HR of another employer cannot join as it; someone without an employer is led to claim one', async () => {
    await refusedCleanly(() => call('enter', { orgId: 'emp-gx' }, U.hrKdl, fromGroup(U.hrKdl, 'wx-gx')), 'FORBIDDEN');
    const before = await snapshot(cloud.db);
    const r = ok(await call('enter', {}, NOBODY, fromGroup(NOBODY, 'wx-kdl')));
    expect(r).toMatchObject({ outcome: 'needs_employer', group: null });
    expect(r.message).toMatch(/邀请码/);
    expect(describeChanges(changes(before, await snapshot(cloud.db)))).toBe('');
    await refusedCleanly(() => call('enter', {}, NOBODY, fromGroup(NOBODY, 'wx-kdl', 'single')), 'OPEN_DATA_INVALID', '请在微信群中点开卡片（私聊中无法确认群）');
  });

  it('roster privacy: officers see contacts with masked phones, members the enterprises only, others NOT_FOUND', async () => {
    const o = ok(await call('roster', { id: kdlGroup.id }, U.kdl));
    expect(o.view).toBe('contacts');
    expect(o.total).toBe(2);
    const bc = o.items.find((i: any) => i.orgId === 'emp-kdl');
    expect(bc).toMatchObject({ orgName: '包头北辰稀土新材料有限公司', districtName: '昆都仑区', contacts: [{ name: '王芳', phoneMasked: '139****5678', status: 'active' }] });
    expect(JSON.stringify(o)).not.toContain('13912345678');
    const m = ok(await call('roster', { id: kdlGroup.id }, HR2));
    expect(m.view).toBe('enterprises');
    expect(m.items.map((i: any) => i.orgName).sort()).toEqual(['包头北辰稀土新材料有限公司', '包头昆仑特钢制品有限公司'].sort());
    expect(JSON.stringify(m)).not.toMatch(/王芳|139|hr-kdl|contacts/);
    const g = ok(await call('get', { id: kdlGroup.id }, HR2));
    expect(g).toMatchObject({ openQuestions: 0, overdueQuestions: 0, me: { manages: false, membership: 'active' } });
    for (const who of [U.hrGx, U.gx, NOBODY]) expect(await call('roster', { id: kdlGroup.id }, who)).toMatchObject({ ok: false, code: 'NOT_FOUND' });
  });

  it('removed by an officer: the HR cannot join again, sees why, and no longer sees the roster', async () => {
    const memberId = `${kdlGroup.id}:${HR2}`;
    await refusedCleanly(() => call('roster.remove', { id: kdlGroup.id, memberId, reason: '已离职' }, U.hrKdl), 'FORBIDDEN');
    await refusedCleanly(() => call('roster.remove', { id: kdlGroup.id, memberId, reason: '已离职' }, U.gx), 'NOT_FOUND');
    expect(ok(await call('roster.remove', { id: kdlGroup.id, memberId, reason: '已离职' }, U.kdl))).toEqual({ removed: true });
    expect(await count('audit', { action: 'groups.remove' })).toBe(1);
    const before = await snapshot(cloud.db);
    const again = ok(await call('enter', {}, HR2, fromGroup(HR2, 'wx-kdl')));
    expect(again).toMatchObject({ outcome: 'removed', message: '您已被移出该联络群名册，如需重新加入请联系群内工作人员' });
    expect(describeChanges(changes(before, await snapshot(cloud.db)))).toBe('');
    expect(await call('roster', { id: kdlGroup.id }, HR2)).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    const o = ok(await call('roster', { id: kdlGroup.id }, U.kdl));
    expect(o.items.find((i: any) => i.orgId === 'emp-kdl-2').contacts[0]).toMatchObject({ name: '李强', status: 'removed' });
    expect(ok(await call('get', { id: kdlGroup.id }, U.kdl))).toMatchObject({ memberCount: 1, enterpriseCount: 1 });
  });
});

describe('coverage', () => {
  it('a district goes up when an HR of one of its enterprises joins any group; officers see their district, the city all', async () => {
    // 昆都仑区 has two employers: 北辰 (active in the group) and 昆仑特钢 (its HR removed).
    const kdl = ok(await call('coverage', { district: KDL }, U.kdl));
    expect(kdl.row).toEqual({ district: KDL, name: '昆都仑区', enterprises: 2, covered: 1, uncovered: 1, percent: 50, groups: 3 });
    expect(kdl.uncovered).toEqual([{ orgId: 'emp-kdl-2', name: '包头昆仑特钢制品有限公司', industry: '钢铁', usccMasked: expect.stringMatching(/^\d{6}\*{8}\w{4}$/) }]);
    expect(kdl.total).toBe(1);
    const gxBefore = ok(await call('coverage', { district: GX }, U.gx)).row;
    expect(gxBefore).toMatchObject({ enterprises: 1, covered: 0, percent: 0 });
    ok(await call('enter', {}, U.hrGx, fromGroup(U.hrGx, 'wx-gx')));
    expect(ok(await call('coverage', { district: GX }, U.gx)).row).toMatchObject({ enterprises: 1, covered: 1, uncovered: 0, percent: 100 });
    expect(await call('coverage', { district: GX }, U.kdl)).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(await call('coverage', { district: KDL }, U.hrKdl)).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    const city = ok(await call('coverage.city', {}, U.city));
    expect(city.rows).toHaveLength(10);
    expect(city.rows.find((r: any) => r.district === KDL)).toMatchObject({ enterprises: 2, covered: 1, percent: 50 });
    expect(city.rows.find((r: any) => r.district === GX)).toMatchObject({ enterprises: 1, covered: 1, percent: 100, groups: 1 });
    expect(city.summary).toEqual({ enterprises: 3, covered: 2, uncovered: 1, percent: 66.7, groups: 4 });
    // The city's own group is in no district's row.
    const own = ok(await call('coverage.city', {}, U.kdl));
    expect(own.rows.map((r: any) => r.district)).toEqual([KDL]);
    expect(await call('coverage.city', {}, U.hrKdl)).toMatchObject({ ok: false, code: 'FORBIDDEN' });
  });
});

describe('share cards', () => {
  it('officers who manage the group get its cards; members and others do not', async () => {
    const g = ok(await call('share', { groupId: kdlGroup.id, kind: 'group' }, U.kdl));
    expect(g).toEqual({ title: '昆都仑区职称联络群：企业人事点开即加入名册', path: `/packages/groups/enter/index?g=${kdlGroup.id}&k=group`, withShareTicket: true });
    const unbound = ok(await call('create', { name: '昆都仑区新建联络群', district: KDL }, U.kdl));
    expect(ok(await call('share', { groupId: unbound.id, kind: 'bind' }, U.kdl)).title).toBe('【绑定联络群】昆都仑区新建联络群：工作人员请点开完成绑定');
    expect(await call('share', { groupId: kdlGroup.id, kind: 'bind' }, U.kdl)).toMatchObject({ ok: false, code: 'NOT_ALLOWED_NOW' });
    expect(await call('share', { groupId: kdlGroup.id, kind: 'group' }, U.hrKdl)).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(await call('share', { groupId: kdlGroup.id, kind: 'group' }, U.gx)).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect(await call('share', { groupId: kdlGroup.id, kind: 'faq', id: 'no-such-faq' }, U.kdl)).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect(await call('share', { groupId: kdlGroup.id, kind: 'task' }, U.kdl)).toMatchObject({ ok: false, code: 'VALIDATION' });
  });
});

describe('updating a group', () => {
  it('those who manage it rename, change officers or close it with the version they saw; stale, stranger officers or HR refused', async () => {
    const g = ok(await call('get', { id: gxGroup.id }, U.gx));
    await refusedCleanly(() => call('update', { id: gxGroup.id, expectedVersion: g.version - 1, name: '稀土高新区企业人事群' }, U.gx), 'CONFLICT');
    await refusedCleanly(() => call('update', { id: gxGroup.id, expectedVersion: g.version, officers: [U.gx, U.kdl] }, U.gx), 'VALIDATION', '第 2 位不是稀土高新区组织人社部的工作人员');
    await refusedCleanly(() => call('update', { id: gxGroup.id, expectedVersion: g.version, name: '人事改名' }, U.hrGx), 'FORBIDDEN');
    await refusedCleanly(() => call('update', { id: gxGroup.id, expectedVersion: g.version, name: '外区改名' }, U.kdl), 'NOT_FOUND');
    const renamed = ok(await call('update', { id: gxGroup.id, expectedVersion: g.version, name: '稀土高新区企业人事群', officers: [U.gx, U.city] }, U.gx));
    expect(renamed).toMatchObject({ name: '稀土高新区企业人事群', version: g.version + 1, bound: true, officers: [{ openid: U.gx }, { openid: U.city }] });
    const closed = ok(await call('update', { id: gxGroup.id, expectedVersion: renamed.version, status: 'closed' }, U.city));
    expect(closed.status).toBe('closed');
    expect(await count('audit', { action: 'groups.update' })).toBe(2);
    // A closed group takes no new members and shares no cards.
    const newcomer = 'hr-gx-0000002';
    await cloud.db.collection('grants').doc('g-hr-gx2').set({ openid: newcomer, role: 'employer_hr', scope: { kind: 'org', orgId: 'emp-gx' }, grantedBy: 'seed', grantedAt: new Date().toISOString() });
    await refusedCleanly(() => call('enter', {}, newcomer, fromGroup(newcomer, 'wx-gx')), 'NOT_ALLOWED_NOW', '该联络群已停用，暂不能加入名册');
    expect(await call('share', { groupId: gxGroup.id, kind: 'group' }, U.gx)).toMatchObject({ ok: false, code: 'NOT_ALLOWED_NOW' });
  });
});

describe('used cloudIDs', () => {
  it('are kept a day after use, then swept by the notify timer', async () => {
    const uses = async () => (await cloud.db.collection('open_data_uses').count()).total;
    const before = await uses();
    expect(before).toBeGreaterThan(0);
    expect(await sweepOpenDataUses(cloud.db, new Date(Date.now() + cloud.clockOffsetMs + 3_600_000))).toBe(0);
    expect(await uses()).toBe(before);
    expect(await sweepOpenDataUses(cloud.db, new Date(Date.now() + cloud.clockOffsetMs + 2 * 86_400_000))).toBe(before);
    expect(await uses()).toBe(0);
  });
});
