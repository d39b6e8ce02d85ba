/* eslint-disable @typescript-eslint/no-explicit-any -- JSON answers are inspected loosely in tests */
/**
 * Issue 7's findings on the `applications` function, each as the attacker or user met it, through the real SDK
 * against a fresh local gateway: replayed request ids, other people's drafts in queues and exports, a file sent
 * to a body that does not exist (and its reassignment), the public notice kept inside the employer, and
 * limits on objections.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { ok, startCloud, type Cloud } from '../support/cloud';
import { arrange, GX, U } from '../support/fixtures';
import { PRIVACY_POLICY_VERSION } from '../../shared/privacy';

jest.setTimeout(60_000);

let cloud: Cloud;
const DAY = 86_400_000;
const call = (action: string, input: unknown, openid?: string, requestId?: string) =>
  cloud.call('applications', action, input, openid, requestId ? { requestId } : {});
const example = (name: string) => JSON.parse(readFileSync(join(__dirname, `../fixtures/profiles/${name}.json`), 'utf8'));
const NAMES: Record<string, string> = { [U.alice]: '王建国', [U.bob]: '李晓明', [U.carol]: '赵欣然' };
const STRANGER = 'applicant-dave1';
const SERVICE_POINT_GX = { _id: 'point-gx', type: 'service_point', name: '稀土高新区创业园职称申报受理服务点', district: GX };

async function create(openid: string, file: string, routeId: string, employerOrgId: string): Promise<string> {
  const checkId = ok(await cloud.call('eligibility', 'evaluate', { profile: example(file), save: true }, openid)).savedId!;
  return ok(await call('create', { checkId, routeId, workflow: 'socialized', employerOrgId }, openid)).application.id;
}
async function version(id: string, openid: string): Promise<number> {
  return ok(await call('get', { id }, openid)).application.version;
}
async function step(openid: string, id: string, action: string, input: unknown = {}, requestId?: string) {
  return call('transition', { id, action, input, expectedVersion: await version(id, openid) }, openid, requestId);
}
const stored = async (id: string) => (await cloud.db.collection('applications').doc(id).get()).data[0];
const securityChecks = async () => (await cloud.outbox()).filter((c) => c.apiName === '/wxa/msg_sec_check').length;

let aliceApp: string; // 王建国 at emp-kdl, submitted
let carolDraft: string; // 赵欣然 at emp-kdl, a draft

beforeAll(async () => {
  cloud = await startCloud();
  await arrange(cloud);
  await cloud.db.collection('users').doc(STRANGER).set({ openid: STRANGER, name: '孙路人', version: 1 });
  for (const [openid, name] of Object.entries(NAMES)) await cloud.db.collection('users').doc(openid).update({ name });
  const { _id, ...point } = SERVICE_POINT_GX;
  await cloud.db.collection('organizations').doc(_id).set({ ...point, version: 1 });
  aliceApp = await create(U.alice, 'engineer-bachelor-6y', 'art2-intermediate', 'emp-kdl');
  ok(await step(U.alice, aliceApp, 'submit', { materialsBound: true }));
  carolDraft = await create(U.carol, 'technician-3y', 'art7-assistant', 'emp-kdl');
}, 60_000);
afterAll(() => cloud?.close());

describe('a replayed request id answers only its own caller, for the same action', () => {
  it('HR approves with id R; another user replaying R learns nothing; R for another action is refused', async () => {
    const R = 'req-approve-0001';
    const first = ok(await step(U.hrKdl, aliceApp, 'employer_approve', {}, R));
    expect(first.replayed).toBe(false);
    const v = first.application.version - 1;
    const again = ok(await call('transition', { id: aliceApp, action: 'employer_approve', input: {}, expectedVersion: v }, U.hrKdl, R));
    expect(again.replayed).toBe(true);
    expect(again.application.version).toBe(first.application.version);

    for (const who of [U.bob, STRANGER, U.hrGx, U.gx]) {
      const r = await call('transition', { id: aliceApp, action: 'withdraw', input: {}, expectedVersion: v }, who, R);
      expect(r).toMatchObject({ ok: false, code: 'NOT_FOUND' });
      expect(JSON.stringify(r)).not.toMatch(/王建国|applicant-alice|北辰/);
    }
    const reused = await call('transition', { id: aliceApp, action: 'start_notice', input: {}, expectedVersion: v + 1 }, U.hrKdl, R);
    expect(reused).toMatchObject({ ok: false, code: 'REQUEST_REUSED' });
    expect((reused as any).message).toMatch(/请求号/);
    expect((await stored(aliceApp)).stage).toBe('notice_ready');
  });
});

describe('other people’s drafts are nobody else’s business', () => {
  it('queue, export and dashboard leave out other people’s drafts for HR, district, city and admin', async () => {
    for (const who of [U.hrKdl, U.kdl, U.city, 'test-admin-0001']) {
      const q = ok(await call('queue', { stage: 'draft' }, who));
      expect(q.items.map((i: any) => i.id)).not.toContain(carolDraft);
      expect(q.total).toBe(0);
      const x = ok(await call('export.queue', { stage: 'draft' }, who));
      expect(x.rows).toBe(0);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(Buffer.from(x.base64, 'base64') as never);
      const cells = JSON.stringify(wb.worksheets[0].getSheetValues());
      expect(cells).not.toContain('赵欣然');
      expect(ok(await call('get', { id: carolDraft }, U.carol)).application.stage).toBe('draft');
      expect(await call('get', { id: carolDraft }, who)).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    }
    const dash = ok(await call('dashboard', {}, U.city));
    expect(dash.byStage.some((c: any) => c.stage === 'draft')).toBe(false);
    const roster = ok(await call('export.roster', {}, U.hrKdl));
    expect(roster.rows).toBe(1);
  });

  it('the applicant still finds their own draft in mine', async () => {
    expect(ok(await call('mine', {}, U.carol)).items.map((i: any) => i.id)).toEqual([carolDraft]);
  });
});

describe('the public notice stays inside the employer (NOTICE_AUDIENCE)', () => {
  beforeAll(async () => {
    ok(await step(U.hrKdl, aliceApp, 'start_notice', {}));
  });

  it('its staff and the officers of its scope see it; other employers and strangers do not', async () => {
    const seen = async (who: string) => ok(await call('notices.list', {}, who)).items.map((i: any) => i.applicationId);
    for (const who of [U.hrKdl, U.carol, U.kdl, U.city, U.alice]) expect(await seen(who)).toContain(aliceApp);
    for (const who of [U.bob, STRANGER, U.hrGx, U.gx, U.assoc]) expect(await seen(who)).not.toContain(aliceApp);
  });

  it('only its audience may object, once while open; refusals never reach the paid content check', async () => {
    const before = await securityChecks();
    const text = '申报人的业绩材料与实际情况不符，请核实。';
    for (const who of [U.bob, STRANGER, U.hrGx, U.gx]) {
      expect(await call('notices.object', { id: aliceApp, text }, who)).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    }
    expect(await call('notices.object', { id: aliceApp, text }, U.alice)).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(await securityChecks()).toBe(before);

    ok(await call('notices.object', { id: aliceApp, text }, U.carol));
    expect(await securityChecks()).toBe(before + 1);
    const twice = await call('notices.object', { id: aliceApp, text: '再次提出：材料与实际情况不符，请核实。' }, U.carol);
    expect(twice).toMatchObject({ ok: false, code: 'NOT_ALLOWED_NOW' });
    expect(await securityChecks()).toBe(before + 1);
    expect((await stored(aliceApp)).notice.objections).toHaveLength(1);
  });
});

describe('a file goes only to a recommending body that exists, is of that kind and fits the file', () => {
  beforeAll(async () => {
    const app = ok(await call('get', { id: aliceApp }, U.hrKdl)).application;
    const objection = app.notice.objections[0];
    const v = app.version;
    ok(await call('transition', { id: aliceApp, action: 'decide_objection', input: { objectionId: objection.id, outcome: 'dismissed', decision: '经核实，材料属实' }, expectedVersion: v }, U.hrKdl));
    cloud.clockOffsetMs = 20 * DAY;
    ok(await step(U.hrKdl, aliceApp, 'end_notice'));
  });
  afterAll(() => {
    cloud.clockOffsetMs = 0;
  });

  it.each([
    ['a body that does not exist', { kind: 'social_org', orgId: 'org-that-does-not-exist', name: '包头市稀土行业协会' }, /不存在/],
    ['an employer posing as an association', { kind: 'social_org', orgId: 'emp-kdl-2', name: '包头市稀土行业协会' }, /不是这一类/],
    ['a service point of another district', { kind: 'service_point', orgId: 'point-gx', name: SERVICE_POINT_GX.name }, /本旗县区/],
  ])('refuses %s and leaves the file where it was', async (_name, body, message) => {
    const r = await step(U.hrKdl, aliceApp, 'recommend', { body });
    expect(r).toMatchObject({ ok: false, code: 'VALIDATION', issues: [expect.objectContaining({ path: 'body.orgId' })] });
    expect((r as any).message).toMatch(message);
    expect((await stored(aliceApp)).stage).toBe('recommendation');
  });

  it('takes the stored name of a real body, whatever name the client sent', async () => {
    const d = ok(await step(U.hrKdl, aliceApp, 'recommend', { body: { kind: 'social_org', orgId: 'assoc-kdl', name: '随便写的名字' } }));
    expect(d.application.stage).toBe('body_review');
    expect(d.application.recommendingBody).toEqual({ kind: 'social_org', orgId: 'assoc-kdl', name: '包头市稀土行业协会' });
  });

  it('an officer of the scope reassigns a file only once its body is gone', async () => {
    expect(await step(U.kdl, aliceApp, 'reassign_body', { body: { kind: 'district_bureau' } })).toMatchObject({ ok: false, code: 'NOT_ALLOWED_NOW' });
    await cloud.db.collection('organizations').doc('assoc-kdl').remove();
    const v = await version(aliceApp, U.kdl);
    expect(await call('transition', { id: aliceApp, action: 'reassign_body', input: { body: { kind: 'district_bureau' } }, expectedVersion: v }, U.gx)).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect(await step(U.hrKdl, aliceApp, 'reassign_body', { body: { kind: 'district_bureau' } })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    const d = ok(await step(U.kdl, aliceApp, 'reassign_body', { body: { kind: 'district_bureau' } }));
    expect(d.application.stage).toBe('bureau_check');
    expect(d.application.recommendingBody.kind).toBe('district_bureau');
    expect(d.application.history.at(-1).summary).toMatch(/已不存在/);
  });
});

describe('the function kit refuses what the host would (a production function has no host in front)', () => {
  const nested = (depth: number) => {
    const root: unknown[] = [];
    let cur = root;
    for (let i = 0; i < depth; i++) {
      const next: unknown[] = [];
      cur.push(next);
      cur = next;
    }
    return root;
  };

  it.each([
    ['nesting 5000 deep', nested(5000), 'BAD_REQUEST'],
    ['nesting 40 deep', nested(40), 'BAD_REQUEST'],
    ['a prototype key', JSON.parse('{"__proto__":{"isAdmin":true}}'), 'BAD_REQUEST'],
    ['an operator where an id goes', { id: { $ne: null } }, 'BAD_REQUEST'],
    ['over 1 MB', { text: 'x'.repeat(1024 * 1024 + 1) }, 'PAYLOAD_TOO_LARGE'],
  ])('%s → %s, for anyone, before identity', async (_name, input, code) => {
    for (const who of [undefined, U.alice]) expect(await cloud.call('identity', 'updateProfile', input, who)).toMatchObject({ ok: false, code });
  });

  it('logs only action names that exist, bounded, and never what the caller typed', async () => {
    const lines: string[] = [];
    const spies = [jest.spyOn(console, 'log'), jest.spyOn(console, 'warn')].map((s) => s.mockImplementation((l: unknown) => void lines.push(String(l))));
    const saved = process.env.FUNCTION_LOG;
    delete process.env.FUNCTION_LOG;
    try {
      await cloud.call('identity', `whoami 王建国 13912345678 150203199001011234 ${'x'.repeat(200_000)}`, {}, U.alice);
      await cloud.call('identity', 'privacy.consent', { version: PRIVACY_POLICY_VERSION }, U.alice);
      await cloud.call('identity', 'updateProfile', { name: '王建国', phone: '13912345678' }, U.alice);
    } finally {
      process.env.FUNCTION_LOG = saved;
      spies.forEach((s) => s.mockRestore());
    }
    expect(lines).toHaveLength(3);
    expect(JSON.parse(lines[0])).toMatchObject({ fn: 'identity', action: '?', ok: false, code: 'UNKNOWN_ACTION' });
    expect(JSON.parse(lines[2])).toMatchObject({ fn: 'identity', action: 'updateProfile', ok: true });
    const text = lines.join('\n');
    expect(text.length).toBeLessThan(1000);
    expect(text).not.toMatch(/王建国|13912345678|150203199001011234|applicant-alice/);
  });
});

describe('writes are rate-limited per caller and action, in the database', () => {
  it('guessing invitation codes: 5 a minute, counted atomically across concurrent calls; another person is unaffected', async () => {
    const guesser = 'guesser-000001';
    const guesses = Array.from({ length: 8 }, (_, i) => cloud.call('identity', 'claimInvitation', { code: `ABCDEF${String(10 + i)}` }, guesser));
    const answers = await Promise.all(guesses);
    expect(answers.filter((a: any) => a.code === 'INVITATION_INVALID')).toHaveLength(5);
    const limited = answers.filter((a: any) => a.code === 'RATE_LIMITED') as any[];
    expect(limited).toHaveLength(3);
    expect(limited[0].message).toMatch(/操作太频繁，请 \d+ 秒后再试/);
    expect(await cloud.call('identity', 'claimInvitation', { code: 'ABCDEF99' }, 'guesser-000002')).toMatchObject({ code: 'INVITATION_INVALID' });
    const counters = await cloud.db.collection('rate_limits').where({}).get();
    expect(JSON.stringify(counters.data)).not.toContain(guesser); // counters name the caller by a hash only
  });

  it('a window that has passed opens again (the dev clock moves the function’s now)', async () => {
    const guesser = 'guesser-000003';
    for (let i = 0; i < 5; i++) await cloud.call('identity', 'claimInvitation', { code: 'ZZZZZZZ2' }, guesser);
    expect(await cloud.call('identity', 'claimInvitation', { code: 'ZZZZZZZ2' }, guesser)).toMatchObject({ code: 'RATE_LIMITED' });
    cloud.clockOffsetMs = 61_000;
    try {
      expect(await cloud.call('identity', 'claimInvitation', { code: 'ZZZZZZZ2' }, guesser)).toMatchObject({ code: 'INVITATION_INVALID' });
    } finally {
      cloud.clockOffsetMs = 0;
    }
  });

  it('saved self-checks: limited per minute, and each person keeps at most 30 (those an application cites stay)', async () => {
    const saver = U.alice;
    const profile = example('technician-3y');
    let saved = 0;
    let limited = 0;
    for (let minute = 1; minute <= 3; minute++) {
      cloud.clockOffsetMs = minute * 61_000;
      for (let i = 0; i < 22; i++) {
        const r: any = await cloud.call('eligibility', 'evaluate', { profile, save: true }, saver);
        if (r.ok) saved++;
        else if (r.code === 'RATE_LIMITED') limited++;
      }
    }
    cloud.clockOffsetMs = 0;
    expect(saved).toBe(60);
    expect(limited).toBe(6);
    const kept = await cloud.db.collection('eligibility_checks').where({ openid: saver }).count();
    expect(kept.total).toBeLessThanOrEqual(30 + 1);
    const cited = (await stored(aliceApp)).origin.checkId;
    expect((await cloud.db.collection('eligibility_checks').doc(cited).get()).data).toHaveLength(1);
  });
});

describe('bad input speaks Chinese', () => {
  it('the messages zod writes itself (wrong type, unknown key) come back in Simplified Chinese', async () => {
    for (const input of [{ governed: 1 }, { unexpected: 'x' }, { keyword: '稀土\u0000' }]) {
      const r: any = await cloud.call('identity', 'listOrganizations', input, U.alice);
      expect(r).toMatchObject({ ok: false, code: 'VALIDATION' });
      expect(r.message).toMatch(/[\u4e00-\u9fa5]/);
      expect(r.message).not.toMatch(/Invalid input|Unrecognized key|expected \w+, received/);
    }
  });
});
