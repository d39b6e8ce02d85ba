/**
 * The host with the real identity function (bundled from cloudfunctions/ into a temp folder) over the seeded
 * demo data: every demo account sees what its role should, and the seed data is well-formed.
 */
import { rmSync } from 'node:fs';
import { checkUscc } from '../../shared/org/uscc';
import { DISTRICTS } from '../../shared/org/districts';
import { INDUSTRIES } from '../../shared/org/organizations';
import {
  DEMO_ADMIN_OPENIDS,
  DEMO_INVITATIONS,
  DEMO_ORGANIZATIONS,
  DEMO_USERS,
  gatewayDatabase,
  makeUscc,
  seedDemo,
  seedOnce,
  syntheticOrganizations,
} from '../../local/seed';
import { bundleFunctions, callFn, signIn, startHostStack, type HostStack } from '../support/host';

jest.setTimeout(20_000);

describe('function host with the identity function and the demo seed', () => {
  let stack: HostStack;
  let functionsDir: string;
  const tokens: Record<string, string> = {};
  const whoami = async (openid: string) => {
    tokens[openid] ??= await signIn(stack.url, openid);
    const a = await callFn(stack.url, 'identity', 'whoami', {}, tokens[openid]);
    expect(a.body.ok).toBe(true);
    return a.body.data;
  };

  beforeAll(async () => {
    functionsDir = await bundleFunctions(['identity']);
    stack = await startHostStack({ functionsDir, adminOpenids: DEMO_ADMIN_OPENIDS, devUsers: async () => DEMO_USERS });
    const first = await seedOnce({ gatewayUrl: stack.gatewayUrl, gatewayCredentials: stack.gatewayCredentials, dataDir: stack.dataDir });
    expect(first.seeded).toBe(true);
  }, 30_000);
  afterAll(async () => {
    await stack?.close();
    rmSync(functionsDir, { recursive: true, force: true });
  });

  test('host seed runs once per data folder', async () => {
    const again = await seedOnce({ gatewayUrl: stack.gatewayUrl, gatewayCredentials: stack.gatewayCredentials, dataDir: stack.dataDir });
    expect(again.seeded).toBe(false);
  });

  test('host: every demo role sees itself through identity.whoami', async () => {
    const roles = async (openid: string) => (await whoami(openid)).roles.map((r: { role: string }) => r.role).sort();
    expect(await roles('demo-admin')).toEqual(['admin', 'applicant']);
    expect(await roles('demo-city')).toEqual(['applicant', 'city_officer']);
    expect(await roles('demo-recommender-1')).toEqual(['applicant', 'recommender']);

    const kdl = await whoami('demo-district-kdl');
    expect(kdl.roles.find((r: { role: string }) => r.role === 'district_officer').scope).toEqual({ kind: 'district', district: '150203' });
    const xtgx = await whoami('demo-district-xtgx');
    expect(xtgx.roles.find((r: { role: string }) => r.role === 'district_officer').scope).toEqual({ kind: 'district', district: '150271' });

    const hr1 = await whoami('demo-hr-1');
    expect(hr1.organizations.map((o: { name: string }) => o.name)).toEqual(['包头市瑞科稀土新材料有限公司']);
    const hr2 = await whoami('demo-hr-2');
    expect(hr2.organizations.map((o: { name: string }) => o.name)).toEqual(['包头市钢联特种钢材有限公司']);

    expect((await whoami('demo-applicant-1')).profile).toEqual({ name: '高志远', phone: '13800000008' });
    const fresh = await whoami('demo-applicant-new');
    expect(fresh.profile).toEqual({});
    expect(fresh.roles.map((r: { role: string }) => r.role)).toEqual(['applicant']);
  });

  test('host: a forged identity in the body does not make an applicant an admin', async () => {
    tokens['demo-applicant-1'] ??= await signIn(stack.url, 'demo-applicant-1');
    const forged = { OPENID: 'demo-admin', userInfo: { openId: 'demo-admin', appId: 'x' } };
    const a = await callFn(stack.url, 'identity', 'whoami', {}, tokens['demo-applicant-1'], forged);
    expect(a.body.data.roles.map((r: { role: string }) => r.role)).toEqual(['applicant']);
    const anon = await callFn(stack.url, 'identity', 'whoami', {}, undefined, forged);
    expect(anon.body).toMatchObject({ ok: false, code: 'UNAUTHENTICATED' });
  });

  test('host: the city officer lists every seeded organization', async () => {
    tokens['demo-city'] ??= await signIn(stack.url, 'demo-city');
    const list = await callFn(stack.url, 'identity', 'listOrganizations', { pageSize: 50 }, tokens['demo-city']);
    expect(list.body.ok).toBe(true);
    expect(list.body.data.total).toBe(DEMO_ORGANIZATIONS.length);
  });

  test('host: the new applicant claims a demo invitation and becomes employer HR', async () => {
    const openid = 'demo-applicant-new';
    tokens[openid] ??= await signIn(stack.url, openid);
    const claim = await callFn(stack.url, 'identity', 'claimInvitation', { code: DEMO_INVITATIONS[0].code }, tokens[openid]);
    expect(claim.body).toMatchObject({
      ok: true,
      data: { grant: { role: 'employer_hr' }, organization: { name: DEMO_INVITATIONS[0].orgName } },
    });
  });

  test('host: seedDemo is idempotent (stable ids)', async () => {
    const db = gatewayDatabase(stack.gatewayUrl, stack.gatewayCredentials);
    await seedDemo(db);
    const count = await db.collection('organizations').count();
    expect(count.total).toBe(DEMO_ORGANIZATIONS.length);
  });
});

describe('host demo seed data', () => {
  test('host seed: organizations are well-formed, cover every district, and have valid USCCs', () => {
    const ids = new Set(DEMO_ORGANIZATIONS.map((o) => o._id));
    expect(ids.size).toBe(DEMO_ORGANIZATIONS.length);
    const employers = DEMO_ORGANIZATIONS.filter((o) => o.type === 'employer');
    expect(employers.length).toBeGreaterThanOrEqual(30);
    for (const d of DISTRICTS) expect(employers.some((e) => e.district === d.code)).toBe(true);
    for (const e of employers) expect(INDUSTRIES).toContain(e.industry);
    for (const [i, o] of DEMO_ORGANIZATIONS.entries()) {
      const u = makeUscc(o.type, o.district, 35_100_000 + i * 1_297);
      expect(checkUscc(u).ok).toBe(true);
      expect(u.slice(2, 8)).toBe(o.district);
    }
    const synthetic = syntheticOrganizations(300);
    expect(new Set(synthetic.map((o) => o.uscc)).size).toBe(300);
    for (const o of synthetic) expect(checkUscc(String(o.uscc)).ok).toBe(true);
  });

  test('host seed: demo users have readable valid openids and cover every role', () => {
    for (const u of DEMO_USERS) expect(u.openid).toMatch(/^demo-[A-Za-z0-9_-]{1,59}$/);
    expect(new Set(DEMO_USERS.map((u) => u.role))).toEqual(
      new Set(['admin', 'city_officer', 'district_officer', 'employer_hr', 'recommender', 'applicant']),
    );
    expect(DEMO_ADMIN_OPENIDS).toEqual(['demo-admin']);
  });
});
