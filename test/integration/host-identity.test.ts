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
  DEMO_GROUP_CHATS,
  DEMO_INVITATIONS,
  DEMO_ORGANIZATIONS,
  DEMO_USERS,
  gatewayDatabase,
  makeUscc,
  seedDemo,
  seedOnce,
  syntheticOrganizations,
  demoGroups,
} from '../../local/seed';
import { opengidOf } from '../../local/host/open-data';
import { DEV_CHATS } from '../../shared/groups/dev-chats';
import { coverageOf } from '../../shared/groups/coverage';
import { serviceClock } from '../../shared/groups/service-clock';
import { CLAUSE_IDS } from '../../shared/policy/clauses';
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

  test('host: the demo liaison groups are loaded, each bound to its simulated chat', async () => {
    const db = gatewayDatabase(stack.gatewayUrl, stack.gatewayCredentials);
    const groups = (await db.collection('liaison_groups').limit(100).get()).data as { _id: string; opengid: string }[];
    expect(groups.map((g) => g._id).sort()).toEqual(Object.keys(DEMO_GROUP_CHATS).sort());
    for (const g of groups) {
      expect(g.opengid).toBe(opengidOf(DEMO_GROUP_CHATS[g._id as keyof typeof DEMO_GROUP_CHATS]));
      const binding = await db.collection('group_bindings').doc(g.opengid).get();
      expect(binding.data[0]).toMatchObject({ groupId: g._id });
    }
    const expected = demoGroups(new Date());
    for (const c of ['group_members', 'group_questions', 'faq_entries', 'group_tasks', 'group_task_done', 'group_settings'] as const)
      expect((await db.collection(c).count()).total).toBe(expected[c].length);
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

  test('host seed: demo groups are consistent (orgs exist, bindings unique, partial coverage, every kind of question)', () => {
    const now = new Date('2026-03-04T03:00:00Z');
    const g = demoGroups(now);
    const orgs = new Map(DEMO_ORGANIZATIONS.map((o) => [o._id, o]));
    const groupIds = new Set(g.liaison_groups.map((x) => x._id));
    // Bound to the simulated chats the dev pages offer, one WeChat group per liaison group.
    const chatKeys = new Set(DEV_CHATS.map((c) => c.key));
    for (const chat of Object.values(DEMO_GROUP_CHATS)) expect(chatKeys.has(chat)).toBe(true);
    expect(new Set(g.group_bindings.map((b) => b._id)).size).toBe(g.group_bindings.length);
    expect(new Set(g.group_bindings.map((b) => b.groupId))).toEqual(groupIds);
    for (const x of g.liaison_groups) expect(g.group_bindings.find((b) => b._id === x.opengid)?.groupId).toBe(x._id);
    const officers = new Set(DEMO_USERS.filter((u) => u.role === 'district_officer').map((u) => u.openid));
    for (const x of g.liaison_groups) for (const o of x.officers) expect(officers.has(o)).toBe(true);
    // Every member's organization exists and is an enterprise; ids as the function builds them.
    for (const m of g.group_members) {
      expect(groupIds.has(m.groupId)).toBe(true);
      expect(m._id).toBe(`${m.groupId}:${m.openid}`);
      const o = orgs.get(m.orgId);
      expect(o?.type).toBe('employer');
      expect(m.orgName).toBe(o?.name);
      expect(m.orgDistrict).toBe(o?.district);
    }
    expect(new Set(g.group_members.map((m) => m._id)).size).toBe(g.group_members.length);
    // Coverage of each group's district is partial (40–70 %).
    for (const x of g.liaison_groups) {
      const enterprises = DEMO_ORGANIZATIONS.filter((o) => o.type === 'employer' && o.district === x.district).map((o) => o._id);
      const covered = g.group_members.filter((m) => m.status === 'active' && m.orgDistrict === x.district).map((m) => m.orgId);
      const c = coverageOf(enterprises, covered);
      expect(c.covered / c.enterprises).toBeGreaterThanOrEqual(0.4);
      expect(c.covered / c.enterprises).toBeLessThanOrEqual(0.7);
    }
    // Questions: asked by a member of their group, each state present; answers cite known clauses (第二条, 第七条 among them).
    const states = new Set<string>();
    for (const q of g.group_questions) {
      const m = g.group_members.find((x) => x.groupId === q.groupId && x.openid === q.askedBy);
      expect(m).toBeDefined();
      expect(q.orgId).toBe(m!.orgId);
      expect(Date.parse(q.askedAt)).toBeLessThanOrEqual(now.getTime());
      if (q.answer) {
        expect(Date.parse(q.answer.at)).toBeGreaterThan(Date.parse(q.askedAt));
        for (const c of q.answer.clauses) expect(CLAUSE_IDS).toContain(c);
      }
      states.add(serviceClock({ dueAt: q.dueAt, answeredAt: q.answer?.at ?? null }, now).state);
    }
    for (const s of ['answered_on_time', 'overdue']) expect(states.has(s)).toBe(true);
    expect(states.has('on_time') || states.has('due_soon')).toBe(true);
    const cited = new Set(g.group_questions.flatMap((q) => q.answer?.clauses ?? []));
    expect(cited.has('第二条') && cited.has('第七条')).toBe(true);
    // 常见问题: 3–4, each from an answered, public question that points back at it; helpful counts match the marks.
    expect(g.faq_entries.length).toBeGreaterThanOrEqual(3);
    expect(g.faq_entries.length).toBeLessThanOrEqual(4);
    for (const f of g.faq_entries) {
      const q = g.group_questions.find((x) => x._id === f.sourceQuestionId)!;
      expect(q.status).toBe('answered');
      expect(q.private).toBe(false);
      expect(q.faqId).toBe(f._id);
      expect(f.helpful).toBe(g.helpful_marks.filter((h) => h.kind === 'faq' && h.targetId === f._id).length);
    }
    // One open 群待办, done by some (not all) of its roster's enterprises.
    expect(g.group_tasks.filter((t) => t.status === 'open')).toHaveLength(1);
    const task = g.group_tasks[0];
    const rosterOrgs = new Set(g.group_members.filter((m) => m.groupId === task.groupId && m.status === 'active').map((m) => m.orgId));
    expect(g.group_task_done.length).toBeGreaterThan(0);
    expect(g.group_task_done.length).toBeLessThan(rosterOrgs.size);
    for (const d of g.group_task_done) expect(rosterOrgs.has(d.orgId)).toBe(true);
    expect(g.group_settings).toEqual([expect.objectContaining({ _id: 'service', serviceDays: 2 })]);
  });

  test('host seed: demo users have readable valid openids and cover every role', () => {
    for (const u of DEMO_USERS) expect(u.openid).toMatch(/^demo-[A-Za-z0-9_-]{1,59}$/);
    expect(new Set(DEMO_USERS.map((u) => u.role))).toEqual(
      new Set(['admin', 'city_officer', 'district_officer', 'employer_hr', 'recommender', 'applicant']),
    );
    expect(DEMO_ADMIN_OPENIDS).toEqual(['demo-admin']);
  });
});
