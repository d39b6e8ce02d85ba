import { ADMIN, ok, startCloud, type Cloud } from '../support/cloud';
import { arrange, GX, KDL, U, uscc } from '../support/fixtures';
import { PRIVACY_POLICY_VERSION } from '../../shared/privacy';

let cloud: Cloud;
const call = (action: string, input: unknown, openid?: string, extra?: Record<string, unknown>) =>
  cloud.call('identity', action, input, openid, extra);
const count = async (collection: string, where: object = {}) => (await cloud.db.collection(collection).where(where).count()).total;

beforeAll(async () => {
  cloud = await startCloud();
  await arrange(cloud);
});
afterAll(() => cloud.close());

describe('whoami', () => {
  it('refuses an anonymous caller', async () => {
    expect(await call('whoami', {})).toMatchObject({ ok: false, code: 'UNAUTHENTICATED', message: '请先登录' });
  });

  it('shows an applicant only the applicant role and nothing to manage', async () => {
    const me = ok(await call('whoami', {}, U.alice));
    expect(me.roles.map((r: any) => r.role)).toEqual(['applicant']);
    expect(me.capabilities).toEqual({ grantRoles: false, issueInvitations: false, manageOrganizations: false, claimInvitation: true, publishRounds: false });
    expect(me.openidMasked).not.toContain(U.alice);
  });

  it('takes the admin role from ADMIN_OPENIDS', async () => {
    const me = ok(await call('whoami', {}, ADMIN));
    expect(me.roles.map((r: any) => r.role)).toEqual(['applicant', 'admin']);
  });

  it("labels an HR officer's role with their employer", async () => {
    const me = ok(await call('whoami', {}, U.hrKdl));
    expect(me.roles[1]).toMatchObject({ role: 'employer_hr', roleLabel: '单位人事', scopeLabel: '包头北辰稀土新材料有限公司' });
    expect(me.organizations.map((o: any) => o.id)).toEqual(['emp-kdl']);
  });

  it('ignores a forged identity in the event body', async () => {
    const forged = { OPENID: ADMIN, openid: ADMIN, userInfo: { openId: ADMIN, appId: 'x' } };
    const me = ok(await call('whoami', {}, U.alice, forged));
    expect(me.roles.map((r: any) => r.role)).toEqual(['applicant']);
    expect(await call('whoami', {}, undefined, forged)).toMatchObject({ ok: false, code: 'UNAUTHENTICATED' });
  });
});

describe('updateProfile', () => {
  it('saves my own profile, bumps its version and audits it', async () => {
    const before = await count('audit', { action: 'identity.updateProfile' });
    ok(await call('privacy.consent', { version: PRIVACY_POLICY_VERSION }, U.bob));
    expect(ok(await call('updateProfile', { name: '王建国', phone: '13904720001' }, U.bob))).toEqual({ name: '王建国', phone: '13904720001' });
    const doc = (await cloud.db.collection('users').doc(U.bob).get()).data[0];
    expect(doc).toMatchObject({ name: '王建国', version: 3 });
    expect(await count('audit', { action: 'identity.updateProfile' })).toBe(before + 1);
    expect(ok(await call('whoami', {}, U.bob)).profile).toEqual({ name: '王建国', phone: '13904720001' });
  });

  it('creates the profile of someone new', async () => {
    ok(await call('privacy.consent', { version: PRIVACY_POLICY_VERSION }, 'brand-new-user-1'));
    ok(await call('updateProfile', { name: '新用户' }, 'brand-new-user-1'));
    expect((await cloud.db.collection('users').doc('brand-new-user-1').get()).data[0]).toMatchObject({ name: '新用户', version: 2 });
  });

  it('answers bad input field by field and writes nothing', async () => {
    const res = await call('updateProfile', { name: 'X', phone: 'abc' }, U.carol);
    expect(res).toMatchObject({ ok: false, code: 'VALIDATION' });
    expect(!res.ok && res.issues).toEqual([
      { path: 'name', message: '姓名至少 2 个字' },
      { path: 'phone', message: '请输入 11 位手机号' },
    ]);
    expect((await cloud.db.collection('users').doc(U.carol).get()).data[0]).toMatchObject({ name: '测试用户', version: 1 });
  });
});

describe('grantRole and revokeRole', () => {
  const districtOfficer = (district: string) => ({ role: 'district_officer', scope: { kind: 'district', district } });

  it('a city officer makes someone a district officer, who then sees it', async () => {
    const g = ok(await call('grantRole', { openid: U.carol, ...districtOfficer(GX) }, U.city));
    expect(g).toMatchObject({ role: 'district_officer', scopeLabel: '稀土高新区' });
    expect(ok(await call('whoami', {}, U.carol)).roles.map((r: any) => r.role)).toContain('district_officer');
    ok(await call('revokeRole', { grantId: g.id }, U.city));
    expect(ok(await call('whoami', {}, U.carol)).roles.map((r: any) => r.role)).toEqual(['applicant']);
  });

  it.each([
    ['a district officer', U.kdl],
    ['employer HR', U.hrKdl],
    ['an applicant', U.alice],
  ])('%s cannot grant officer roles', async (_who, openid) => {
    expect(await call('grantRole', { openid: U.carol, ...districtOfficer(KDL) }, openid)).toMatchObject({ ok: false, code: 'FORBIDDEN' });
  });

  it('only an admin grants admin', async () => {
    const admin = { openid: U.carol, role: 'admin', scope: { kind: 'city' } };
    expect(await call('grantRole', admin, U.city)).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    const g = ok(await call('grantRole', admin, ADMIN));
    ok(await call('revokeRole', { grantId: g.id }, ADMIN));
  });

  it('a district officer grants HR only for employers in their own district', async () => {
    const hr = (orgId: string) => ({ openid: U.carol, role: 'employer_hr', scope: { kind: 'org', orgId } });
    expect(await call('grantRole', hr('emp-gx'), U.kdl)).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    const g = ok(await call('grantRole', hr('emp-kdl-2'), U.kdl));
    expect(g.scopeLabel).toBe('包头昆仑特钢制品有限公司');
    // Granting the same thing again is idempotent.
    expect(ok(await call('grantRole', hr('emp-kdl-2'), U.kdl)).id).toBe(g.id);
    expect(await count('grants', { openid: U.carol, role: 'employer_hr' })).toBe(1);
    // The other district's officer cannot revoke it; its own can.
    expect(await call('revokeRole', { grantId: g.id }, U.gx)).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    ok(await call('revokeRole', { grantId: g.id }, U.kdl));
    expect(await count('grants', { openid: U.carol, role: 'employer_hr' })).toBe(0);
  });

  it('refuses a scope that does not fit the role', async () => {
    expect(await call('grantRole', { openid: U.carol, role: 'district_officer', scope: { kind: 'city' } }, ADMIN)).toMatchObject({ ok: false, code: 'FORBIDDEN' });
  });

  it('says who or what is missing', async () => {
    expect(await call('grantRole', { openid: 'nobody-here-1', ...districtOfficer(KDL) }, U.city)).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect(await call('grantRole', { openid: U.carol, role: 'employer_hr', scope: { kind: 'org', orgId: 'no-such-org' } }, U.city)).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect(await call('revokeRole', { grantId: 'no-such-grant' }, U.city)).toMatchObject({ ok: false, code: 'NOT_FOUND' });
  });

  it('a person who has only opened the app (no name saved yet) can be granted a role; admins cannot put staff roles on the wrong kind of organization', async () => {
    const newcomer = 'newcomer-no-name-1';
    expect(await call('grantRole', { openid: newcomer, ...districtOfficer(KDL) }, U.city)).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    ok(await call('whoami', {}, newcomer)); // first sign-in
    const g = ok(await call('grantRole', { openid: newcomer, ...districtOfficer(KDL) }, U.city));
    expect(g.role).toBe('district_officer');
    expect(await call('grantRole', { openid: newcomer, role: 'recommender', scope: { kind: 'org', orgId: 'emp-kdl' } }, ADMIN)).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(await count('grants', { openid: newcomer, role: 'recommender' })).toBe(0);
  });

  it('audits every grant and revocation', async () => {
    expect(await count('audit', { action: 'identity.grantRole', actor: U.city })).toBeGreaterThan(0);
    expect(await count('audit', { action: 'identity.revokeRole', actor: U.kdl })).toBe(1);
  });
});

describe('invitations', () => {
  const issue = async (orgId: string, by: string) => ok(await call('issueInvitation', { orgId }, by)).code as string;

  it('an officer issues a one-time code for an employer in their district; HR claims it', async () => {
    const code = await issue('emp-kdl-2', U.kdl);
    expect(code).toMatch(/^[A-Z2-9]{8}$/);
    const inv = (await cloud.db.collection('invitations').where({ orgId: 'emp-kdl-2' }).get()).data[0];
    expect(JSON.stringify(inv)).not.toContain(code);
    const claimed = ok(await call('claimInvitation', { code: code.toLowerCase() }, U.alice));
    expect(claimed.grant).toMatchObject({ role: 'employer_hr', scopeLabel: '包头昆仑特钢制品有限公司' });
    expect(claimed.organization.id).toBe('emp-kdl-2');
    expect(ok(await call('whoami', {}, U.alice)).capabilities.manageOrganizations).toBe(true);
    expect(await call('claimInvitation', { code }, U.bob)).toMatchObject({ ok: false, code: 'INVITATION_INVALID' });
  });

  it('gives a recommending body the recommender role', async () => {
    const code = await issue('assoc-kdl', U.city);
    expect(ok(await call('claimInvitation', { code }, U.bob)).grant.role).toBe('recommender');
  });

  it.each([
    ['another district', U.gx],
    ['employer HR', U.hrKdl],
    ['an applicant', U.alice],
  ])('refuses an invitation issued by %s', async (_who, openid) => {
    expect(await call('issueInvitation', { orgId: 'emp-kdl' }, openid)).toMatchObject({ ok: false, code: 'FORBIDDEN' });
  });

  it('refuses invitations into a bureau', async () => {
    expect(await call('issueInvitation', { orgId: 'city-bureau' }, U.city)).toMatchObject({ ok: false, code: 'VALIDATION' });
  });

  it('refuses an expired or unknown code', async () => {
    const code = await issue('emp-kdl', U.kdl);
    await cloud.db.collection('invitations').where({ orgId: 'emp-kdl', usedBy: cloud.db.command.exists(false) }).update({ expiresAt: '2020-01-01T00:00:00.000Z' });
    expect(await call('claimInvitation', { code }, U.carol)).toMatchObject({ ok: false, code: 'INVITATION_INVALID' });
    expect(await call('claimInvitation', { code: 'ZZZZ9999' }, U.carol)).toMatchObject({ ok: false, code: 'INVITATION_INVALID' });
    expect(await call('claimInvitation', { code: '12' }, U.carol)).toMatchObject({ ok: false, code: 'VALIDATION' });
  });

  it('lets exactly one of several people racing for one code win', async () => {
    const code = await issue('emp-gx', U.gx);
    const racers = ['racer-000001', 'racer-000002', 'racer-000003', 'racer-000004', 'racer-000005'];
    const results = await Promise.all(racers.map((r) => call('claimInvitation', { code }, r)));
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok).map((r: any) => r.code)).toEqual(Array(4).fill('INVITATION_INVALID'));
    expect(await count('grants', { openid: cloud.db.command.in(racers) })).toBe(1);
  });
});

describe('organizations', () => {
  it('lists by district, type and keyword, with paging', async () => {
    const kdl = ok(await call('listOrganizations', { district: KDL, type: 'employer' }, U.alice));
    expect(kdl.items.map((o: any) => o.id).sort()).toEqual(['emp-kdl', 'emp-kdl-2']);
    expect(kdl.items[0]).toMatchObject({ districtName: '昆都仑区', typeLabel: '非公企业' });
    expect(ok(await call('listOrganizations', { keyword: '光伏' }, U.alice)).items.map((o: any) => o.id)).toEqual(['emp-gx']);
    const page = ok(await call('listOrganizations', { pageSize: 2, page: 2 }, U.alice));
    expect(page.items).toHaveLength(2);
    expect(page.total).toBeGreaterThanOrEqual(5);
    expect(ok(await call('listOrganizations', { keyword: '.*' }, U.alice)).items).toEqual([]);
  });

  it('narrows to what the caller governs: a district officer their district, HR their employer, the city everything', async () => {
    const ids = async (openid: string) => ok(await call('listOrganizations', { governed: true, pageSize: 50 }, openid)).items.map((o: any) => o.id).sort();
    expect(await ids(U.kdl)).toEqual(expect.arrayContaining(['assoc-kdl', 'emp-kdl', 'emp-kdl-2']));
    expect(await ids(U.kdl)).not.toContain('emp-gx');
    expect(await ids(U.hrGx)).toEqual(['emp-gx']);
    expect(await ids('applicant-dave1')).toEqual([]);
    expect((await ids(U.city)).length).toBeGreaterThanOrEqual(5);
    const kdlEmployers = ok(await call('listOrganizations', { governed: true, type: 'employer', keyword: '特钢' }, U.kdl)).items;
    expect(kdlEmployers.map((o: any) => o.id)).toEqual(['emp-kdl-2']);
  });

  it('refuses bad paging', async () => {
    expect(await call('listOrganizations', { pageSize: 5000 }, U.alice)).toMatchObject({ ok: false, code: 'VALIDATION', issues: [{ path: 'pageSize' }] });
  });

  const newEmployer = (district: string, serial: string) => ({
    type: 'employer',
    name: `包头测试装备制造有限公司${serial}`,
    district,
    uscc: uscc(district, serial),
    industry: '装备制造',
  });

  it('a district officer registers employers in their own district only', async () => {
    const created = ok(await call('upsertOrganization', newEmployer(KDL, '300000001'), U.kdl));
    expect(created).toMatchObject({ version: 1, districtName: '昆都仑区' });
    expect(await call('upsertOrganization', newEmployer(GX, '300000002'), U.kdl)).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(await call('upsertOrganization', newEmployer(KDL, '300000003'), U.alice)).toMatchObject({ ok: false, code: 'FORBIDDEN' });
  });

  it('checks the credit code and refuses a duplicate', async () => {
    const bad = { ...newEmployer(KDL, '300000004'), uscc: '91150203300000004X' };
    expect(await call('upsertOrganization', bad, U.kdl)).toMatchObject({ ok: false, code: 'VALIDATION', issues: [{ path: 'uscc' }] });
    const dup = { ...newEmployer(KDL, '300000005'), uscc: uscc(KDL, '100000001') };
    expect(await call('upsertOrganization', dup, U.kdl)).toMatchObject({ ok: false, code: 'CONFLICT', issues: [{ path: 'uscc' }] });
  });

  it("HR edits their own employer by version; a stale version conflicts; another employer is off limits", async () => {
    const current = (await cloud.db.collection('organizations').doc('emp-gx').get()).data[0];
    const edit = { id: 'emp-gx', version: current.version, type: 'employer', name: '包头高新光伏硅材料股份有限公司', district: GX, uscc: current.uscc, industry: '硅材料及光伏' };
    expect(ok(await call('upsertOrganization', edit, U.hrGx))).toMatchObject({ version: current.version + 1, name: edit.name });
    expect(await call('upsertOrganization', edit, U.hrGx)).toMatchObject({ ok: false, code: 'CONFLICT' });
    expect(await call('upsertOrganization', { ...edit, version: current.version + 1, district: KDL }, U.hrGx)).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(await call('upsertOrganization', { ...edit, version: current.version + 1 }, U.hrKdl)).toMatchObject({ ok: false, code: 'FORBIDDEN' });
  });

  it('two officers editing at once: one wins, the other gets CONFLICT, nothing is lost', async () => {
    const current = (await cloud.db.collection('organizations').doc('emp-kdl').get()).data[0];
    const edit = (name: string) => ({ id: 'emp-kdl', version: current.version, type: 'employer', name, district: KDL, uscc: current.uscc, industry: current.industry });
    const results = await Promise.all([call('upsertOrganization', edit('包头北辰稀土甲有限公司'), U.kdl), call('upsertOrganization', edit('包头北辰稀土乙有限公司'), U.city)]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toMatchObject({ code: 'CONFLICT' });
    const after = (await cloud.db.collection('organizations').doc('emp-kdl').get()).data[0];
    expect(after.version).toBe(current.version + 1);
    expect(after.name).toBe((results.find((r) => r.ok) as any).data.name);
  });
});

describe('bad input to the function', () => {
  it('an unknown action', async () => {
    expect(await call('dropDatabase', {}, ADMIN)).toMatchObject({ ok: false, code: 'UNKNOWN_ACTION' });
  });

  it('wrong types', async () => {
    expect(await call('grantRole', { openid: 42, role: 'king', scope: 'all' }, ADMIN)).toMatchObject({ ok: false, code: 'VALIDATION' });
  });

  it('a payload over 1 MB writes nothing', async () => {
    const before = await count('audit');
    const res = await call('updateProfile', { name: '张三', padding: 'x'.repeat(1_100_000) }, U.carol);
    expect(res).toMatchObject({ ok: false, code: 'PAYLOAD_TOO_LARGE' });
    expect(await count('audit')).toBe(before);
  });

  it('a request id comes back on every answer', async () => {
    const res = await call('whoami', {}, U.alice, { requestId: 'client-req-12345' });
    expect(res.requestId).toBe('client-req-12345');
  });
});
