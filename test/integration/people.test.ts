/* eslint-disable @typescript-eslint/no-explicit-any -- JSON answers are inspected loosely in tests */
/**
 * Granting roles by finding people (identity.people.search → grantRole with the found reference) and the grants
 * an officer manages (identity.grants.list → revokeRole), through the real SDK against a fresh local gateway:
 * who may search and how far (city: fragments; district: full name or phone only), masking (no openid, masked
 * phones, names masked unless typed exactly), roles shown only where the caller may manage them, the list
 * filtered by canGrant, and revoking from it.
 */
import { ADMIN, ok, startCloud, type Cloud } from '../support/cloud';
import { arrange, GX, U } from '../support/fixtures';

jest.setTimeout(60_000);

let cloud: Cloud;
const call = (action: string, input: unknown, openid?: string) => cloud.call('identity', action, input, openid);
const search = (keyword: string, openid: string) => call('people.search', { keyword }, openid);
const PEOPLE: Record<string, { name: string; phone?: string }> = {
  [U.alice]: { name: '王建国', phone: '13904720001' },
  [U.bob]: { name: '王建军', phone: '13904720002' },
  [U.carol]: { name: '赵欣然', phone: '13904720003' },
  // Two HR officers of the same name: one in 昆都仑区 (emp-kdl), one in 稀土高新区 (emp-gx).
  [U.hrKdl]: { name: '钱晓红', phone: '13904720011' },
  [U.hrGx]: { name: '钱晓红', phone: '13904720012' },
};
const MANY = Array.from({ length: 12 }, (_, i) => `many-person-${String(i).padStart(2, '0')}`);
const ALL_OPENIDS = [...Object.values(U), ADMIN, ...MANY];
const leaksOpenid = (data: unknown) => ALL_OPENIDS.some((id) => JSON.stringify(data).includes(id));
const rolesByPhone = (res: any) => Object.fromEntries(res.items.map((p: any) => [p.phone, p.roles.map((r: any) => r.scopeLabel)]));
const resetLimits = async () => {
  const _ = cloud.db.command;
  await cloud.db.collection('rate_limits').where({ _id: _.exists(true) }).remove();
};

beforeAll(async () => {
  cloud = await startCloud();
  await arrange(cloud);
  const now = '2026-11-01T00:00:00.000Z';
  for (const [openid, p] of Object.entries(PEOPLE)) await cloud.db.collection('users').doc(openid).update(p);
  for (const [i, openid] of MANY.entries())
    await cloud.db.collection('users').doc(openid).set({ openid, name: `孙测${'甲乙丙丁戊己庚辛壬癸子丑'[i]}`, version: 1, createdAt: now, updatedAt: now });
});
afterAll(() => cloud.close());
beforeEach(resetLimits);

describe('people.search: who may look people up', () => {
  it.each([
    ['an applicant', U.alice],
    ['employer HR', U.hrKdl],
    ['a recommending body', U.assoc],
  ])('%s may not (they grant no roles)', async (_who, openid) => {
    expect(await search('王建国', openid)).toMatchObject({ ok: false, code: 'FORBIDDEN' });
  });

  it('a visitor who has not signed in may not', async () => {
    expect(await search('王建国', undefined as never)).toMatchObject({ ok: false, code: 'UNAUTHENTICATED' });
  });

  it('bounds the keyword', async () => {
    expect(await search('', U.city)).toMatchObject({ ok: false, code: 'VALIDATION', message: '请输入姓名或手机号' });
    expect(await search('王'.repeat(21), U.city)).toMatchObject({ ok: false, code: 'VALIDATION' });
    expect(await search('王', U.city)).toMatchObject({ ok: false, code: 'VALIDATION', message: '请输入至少 2 个字的姓名' });
    expect(await search('王建1', U.city)).toMatchObject({ ok: false, code: 'VALIDATION', message: '请只输入姓名或只输入手机号' });
    expect(await search('139', U.city)).toMatchObject({ ok: false, code: 'VALIDATION' });
    // A regular expression typed as a keyword is only text.
    expect(ok(await search('.*', U.city)).items).toEqual([]);
  });
});

describe('people.search: what a city officer finds', () => {
  it('part of a name finds everyone with it, names and phones masked, no openid', async () => {
    const res = ok(await search('王建', U.city));
    expect(res.items.map((p: any) => [p.name, p.nameMasked, p.phone])).toEqual([
      ['王*国', true, '139****0001'],
      ['王*军', true, '139****0002'],
    ]);
    expect(res.more).toBe(false);
    expect(leaksOpenid(res)).toBe(false);
    expect(res.items[0].openidMasked).toMatch(/…/);
  });

  it('the exact name shows it in full (the officer typed it); the phone stays masked', async () => {
    const res = ok(await search('王建国', U.city));
    expect(res.items).toHaveLength(1);
    expect(res.items[0]).toMatchObject({ name: '王建国', nameMasked: false, phone: '139****0001' });
  });

  it('the last four digits of a phone, or all eleven', async () => {
    expect(ok(await search('0003', U.city)).items.map((p: any) => p.name)).toEqual(['赵*然']);
    expect(ok(await search('139 0472 0002', U.city)).items.map((p: any) => p.name)).toEqual(['王*军']);
  });

  it('at most ten at once, and says there are more', async () => {
    const res = ok(await search('孙测', U.city));
    expect(res.items).toHaveLength(10);
    expect(res.more).toBe(true);
  });

  it('shows the roles the city officer manages, wherever they are', async () => {
    const res = ok(await search('钱晓红', U.city));
    expect(rolesByPhone(res)).toEqual({ '139****0011': ['包头北辰稀土新材料有限公司'], '139****0012': ['包头高新光伏硅材料有限公司'] });
  });
});

describe('people.search: what a district officer finds', () => {
  it('only a full name or a full phone number', async () => {
    // A fragment is taken as a whole name: nobody is called 王建.
    expect(ok(await search('王建', U.kdl)).items).toEqual([]);
    expect(await search('0002', U.kdl)).toMatchObject({ ok: false, code: 'VALIDATION', message: '请输入对方完整的 11 位手机号或完整姓名' });
    expect(ok(await search('王建国', U.kdl)).items.map((p: any) => p.name)).toEqual(['王建国']);
    expect(ok(await search('13904720002', U.kdl)).items).toMatchObject([{ name: '王*军', nameMasked: true, phone: '139****0002' }]);
  });

  it("sees a person's roles only within the district", async () => {
    const kdl = ok(await search('钱晓红', U.kdl));
    expect(rolesByPhone(kdl)).toEqual({ '139****0011': ['包头北辰稀土新材料有限公司'], '139****0012': [] });
    const gx = ok(await search('钱晓红', U.gx));
    expect(rolesByPhone(gx)).toEqual({ '139****0011': [], '139****0012': ['包头高新光伏硅材料有限公司'] });
    // Officers' own grants are the city's to manage: a district officer does not see them on the person.
    await cloud.db.collection('users').doc(U.gx).update({ name: '郑专员' });
    expect(ok(await search('郑专员', U.kdl)).items[0].roles).toEqual([]);
    expect(ok(await search('郑专员', U.city)).items[0].roles.map((r: any) => r.roleLabel)).toEqual(['旗县区人社部门']);
  });
});

describe('grantRole with a person found by search', () => {
  it('grants to the person picked and says who got what (masked)', async () => {
    const [carol] = ok(await search('赵欣然', U.kdl)).items;
    const g = ok(await call('grantRole', { person: carol.ref, role: 'employer_hr', scope: { kind: 'org', orgId: 'emp-kdl-2' } }, U.kdl));
    expect(g).toMatchObject({ roleLabel: '单位人事', scopeLabel: '包头昆仑特钢制品有限公司', person: { name: '赵*然', phone: '139****0003' } });
    expect(ok(await call('whoami', {}, U.carol)).roles.map((r: any) => r.scopeLabel)).toContain('包头昆仑特钢制品有限公司');
    // The same grant again is the same grant.
    expect(ok(await call('grantRole', { person: carol.ref, role: 'employer_hr', scope: { kind: 'org', orgId: 'emp-kdl-2' } }, U.kdl)).id).toBe(g.id);
    // And the person's roles now show it on the next search.
    expect(ok(await search('赵欣然', U.kdl)).items[0].roles.map((r: any) => r.id)).toEqual([g.id]);
    ok(await call('revokeRole', { grantId: g.id }, U.kdl));
  });

  it('is still refused outside the grantor’s scope', async () => {
    const [carol] = ok(await search('赵欣然', U.kdl)).items;
    expect(await call('grantRole', { person: carol.ref, role: 'employer_hr', scope: { kind: 'org', orgId: 'emp-gx' } }, U.kdl)).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
    });
  });

  it('asks for a person, one only, and a reference that names someone', async () => {
    const scope = { kind: 'district', district: GX };
    expect(await call('grantRole', { role: 'district_officer', scope }, U.city)).toMatchObject({
      ok: false,
      code: 'VALIDATION',
      issues: [{ path: 'person', message: '请先搜索并选择要授权的人' }],
    });
    const [carol] = ok(await search('赵欣然', U.city)).items;
    expect(await call('grantRole', { openid: U.carol, person: carol.ref, role: 'district_officer', scope }, U.city)).toMatchObject({ ok: false, code: 'VALIDATION' });
    expect(await call('grantRole', { person: 'f'.repeat(24), role: 'district_officer', scope }, U.city)).toMatchObject({
      ok: false,
      code: 'NOT_FOUND',
      message: '找不到这个人，请重新搜索',
    });
    expect(await call('grantRole', { person: U.carol, role: 'district_officer', scope }, U.city)).toMatchObject({ ok: false, code: 'VALIDATION' });
  });
});

describe('grants.list: the grants the caller may revoke', () => {
  const list = async (openid: string, input: object = {}) => ok(await call('grants.list', input, openid));
  const ids = (res: any) => res.items.map((g: any) => g.id).sort();

  it('a district officer: staff of their district’s organizations only', async () => {
    expect(ids(await list(U.kdl))).toEqual(['g-assoc', 'g-hr-kdl']);
    expect(ids(await list(U.gx))).toEqual(['g-hr-gx']);
    expect(ids(await list(U.kdl, { orgId: 'emp-gx' }))).toEqual([]);
    expect(ids(await list(U.kdl, { role: 'recommender' }))).toEqual(['g-assoc']);
  });

  it('a city officer: officers and staff everywhere, but not admins', async () => {
    const [carol] = ok(await search('赵欣然', ADMIN)).items;
    const admin = ok(await call('grantRole', { person: carol.ref, role: 'admin', scope: { kind: 'city' } }, ADMIN));
    expect(ids(await list(U.city))).toEqual(['g-assoc', 'g-city', 'g-gx', 'g-hr-gx', 'g-hr-kdl', 'g-kdl']);
    expect(ids(await list(ADMIN))).toContain(admin.id);
    ok(await call('revokeRole', { grantId: admin.id }, ADMIN));
  });

  it('shows who holds each grant, masked, and never an openid', async () => {
    const res = await list(U.kdl);
    expect(res.items.find((g: any) => g.id === 'g-hr-kdl')).toMatchObject({ roleLabel: '单位人事', scopeLabel: '包头北辰稀土新材料有限公司', person: { name: '钱*红', phone: '139****0011' } });
    expect(leaksOpenid(res)).toBe(false);
    expect(res.total).toBe(2);
  });

  it('is refused to those who grant nothing', async () => {
    for (const who of [U.alice, U.hrKdl, U.assoc]) expect(await call('grants.list', {}, who)).toMatchObject({ ok: false, code: 'FORBIDDEN' });
  });

  it('a grant revoked from the list leaves it; another district’s officer cannot revoke it', async () => {
    const [carol] = ok(await search('赵欣然', U.kdl)).items;
    const g = ok(await call('grantRole', { person: carol.ref, role: 'employer_hr', scope: { kind: 'org', orgId: 'emp-kdl-2' } }, U.kdl));
    const listed = await list(U.kdl);
    expect(listed.items[0]).toMatchObject({ id: g.id, person: { name: '赵*然' } });
    expect(ids(await list(U.gx))).not.toContain(g.id);
    expect(await call('revokeRole', { grantId: g.id }, U.gx)).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    ok(await call('revokeRole', { grantId: g.id }, U.kdl));
    expect(ids(await list(U.kdl))).toEqual(['g-assoc', 'g-hr-kdl']);
  });
});
