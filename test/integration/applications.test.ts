/* eslint-disable @typescript-eslint/no-explicit-any -- JSON answers are inspected loosely in tests */
/**
 * The `applications` function in-process through the real SDK against a fresh local gateway: creation from a
 * saved self-check, scoped reads, the socialized workflow end to end on the dev clock (notice cannot end
 * early, 7-day defense rule), concurrency and idempotency, notifications (inbox + openapi outbox, a failing
 * send retried), the green-channel exception, the roster export read back with exceljs, and the dashboard.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { readCounters, rebuildCounters } from '../../cloudfunctions/applications/counters';
import type { Database } from '../../cloudfunctions/kit/cloud';
import { addDays, chinaDate } from '../../shared/time/dates';
import { deliverOutbox } from '../../cloudfunctions/applications';
import { ok, startCloud, type Cloud } from '../support/cloud';
import { arrange, U } from '../support/fixtures';

let cloud: Cloud;
const DAY = 86_400_000;
const call = (action: string, input: unknown, openid?: string, requestId?: string) =>
  cloud.call('applications', action, input, openid, requestId ? { requestId } : {});
const example = (name: string) => JSON.parse(readFileSync(join(__dirname, `../fixtures/profiles/${name}.json`), 'utf8'));
const NAMES: Record<string, string> = {
  [U.alice]: '王建国',
  [U.bob]: '李晓明',
  [U.carol]: '赵欣然',
  [U.hrKdl]: '张人事',
  [U.kdl]: '刘科长',
  [U.city]: '陈处长',
};
const BODY = { kind: 'social_org', orgId: 'assoc-kdl', name: '包头市稀土行业协会' };

async function savedCheck(openid: string, file: string): Promise<string> {
  const r = ok(await cloud.call('eligibility', 'evaluate', { profile: example(file), save: true }, openid));
  return r.savedId!;
}

async function version(id: string, openid: string): Promise<number> {
  return ok(await call('get', { id }, openid)).application.version;
}

async function step(openid: string, id: string, action: string, input: unknown = {}) {
  return call('transition', { id, action, input, expectedVersion: await version(id, openid) }, openid);
}

let aliceApp: string;

beforeAll(async () => {
  cloud = await startCloud();
  await arrange(cloud);
  for (const [openid, name] of Object.entries(NAMES)) await cloud.db.collection('users').doc(openid).update({ name });
});
afterAll(() => cloud.close());

describe('create', () => {
  it('starts an application from the caller’s own saved check, with the server’s route, name and employer', async () => {
    const checkId = await savedCheck(U.alice, 'engineer-bachelor-6y');
    const d = ok(
      await call('create', { checkId, routeId: 'art2-intermediate', workflow: 'socialized', employerOrgId: 'emp-kdl' }, U.alice),
    );
    aliceApp = d.application.id;
    expect(d.application).toMatchObject({
      stage: 'draft',
      version: 1,
      applicant: { name: '王建国' },
      employer: { orgId: 'emp-kdl', district: '150203' },
    });
    expect(d.application.origin).toMatchObject({ routeId: 'art2-intermediate', verdict: 'likely', checkId });
    expect(d.available.map((a: any) => a.action)).toContain('submit');
    expect(d.audit).toEqual([
      expect.objectContaining({ action: 'create', from: null, to: 'draft', by: expect.objectContaining({ me: true }) }),
    ]);
  });

  it('refuses someone else’s check as not found, a route not in the saved result, a non-employer org', async () => {
    const checkId = await savedCheck(U.alice, 'engineer-bachelor-6y');
    expect(
      await call('create', { checkId, routeId: 'art2-intermediate', workflow: 'socialized', employerOrgId: 'emp-kdl' }, U.bob),
    ).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect(
      await call('create', { checkId, routeId: 'art7-assistant', workflow: 'socialized', employerOrgId: 'emp-kdl' }, U.alice),
    ).toMatchObject({ ok: false, code: 'VALIDATION' });
    expect(
      await call('create', { checkId, routeId: 'art2-intermediate', workflow: 'socialized', employerOrgId: 'assoc-kdl' }, U.alice),
    ).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect(
      await call('create', { checkId, routeId: 'art2-deputy-senior', workflow: 'socialized', employerOrgId: 'emp-kdl' }, U.alice),
    ).toMatchObject({ ok: false, code: 'NOT_ALLOWED_NOW' });
  });

  it('refuses a second open application for the same title', async () => {
    const checkId = await savedCheck(U.alice, 'engineer-bachelor-6y');
    const r = await call('create', { checkId, routeId: 'art2-intermediate', workflow: 'socialized', employerOrgId: 'emp-kdl' }, U.alice);
    expect(r).toMatchObject({ ok: false, code: 'NOT_ALLOWED_NOW' });
    expect((r as any).message).toContain('不能重复申报');
  });

  it('two simultaneous creates for the same title: exactly one application', async () => {
    const checkId = await savedCheck(U.carol, 'technician-3y');
    const input = { checkId, routeId: 'art7-assistant', workflow: 'socialized', employerOrgId: 'emp-kdl-2' };
    const rs = await Promise.all([call('create', input, U.carol), call('create', input, U.carol), call('create', input, U.carol)]);
    expect(rs.filter((r) => r.ok)).toHaveLength(1);
    expect(rs.filter((r) => !r.ok).every((r: any) => ['NOT_ALLOWED_NOW', 'CONFLICT'].includes(r.code))).toBe(true);
    expect((await cloud.db.collection('applications').where({ applicantOpenid: U.carol }).count()).total).toBe(1);
  });

  it('green channel outside month 1 of the quarter needs an officer’s recorded exception', async () => {
    cloud.clockOffsetMs = 0;
    const checkId = await savedCheck(U.bob, 'high-level-talent');
    const input = { checkId, routeId: 'art8-green-deputy-senior', workflow: 'green_channel', employerOrgId: 'emp-gx' };
    const month = Number(chinaDate(new Date()).slice(5, 7));
    if (month % 3 === 1) return; // the window is open today: nothing to except
    expect(await call('create', input, U.bob)).toMatchObject({ ok: false, code: 'NOT_ALLOWED_NOW' });
    const reason = { applicantOpenid: U.bob, employerOrgId: 'emp-gx', reason: '重大项目急需高级职称人才' };
    expect(await call('greenException.open', reason, U.kdl)).toMatchObject({ ok: false, code: 'FORBIDDEN' }); // other district
    expect(await call('greenException.open', reason, U.hrGx)).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    ok(await call('greenException.open', reason, U.gx));
    const d = ok(await call('create', input, U.bob));
    expect(d.application.greenWindow.openedBy).toMatchObject({ reason: '重大项目急需高级职称人才' });
    const audits = await cloud.db.collection('audit').where({ action: 'open_green_outside_window' }).get();
    expect(audits.data).toHaveLength(1);
  });
});

describe('scope: reads', () => {
  it('a draft is the applicant’s alone; others get NOT_FOUND', async () => {
    ok(await call('get', { id: aliceApp }, U.alice));
    for (const who of [U.bob, U.hrKdl, U.hrGx, U.kdl, U.gx, U.city, U.assoc]) {
      expect(await call('get', { id: aliceApp }, who)).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    }
  });

  it('after submit: HR of the employer, the district and the city see it; other employers, districts, applicants do not', async () => {
    ok(await step(U.alice, aliceApp, 'submit', { materialsBound: true }));
    for (const who of [U.alice, U.hrKdl, U.kdl, U.city]) ok(await call('get', { id: aliceApp }, who));
    for (const who of [U.bob, U.carol, U.hrGx, U.gx, U.assoc]) {
      expect(await call('get', { id: aliceApp }, who)).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    }
  });

  it('mine lists only one’s own files; queue is scoped server-side with masked names', async () => {
    expect(ok(await call('mine', {}, U.alice)).items.map((i: any) => i.id)).toEqual([aliceApp]);
    expect(ok(await call('mine', {}, U.carol)).items.map((i: any) => i.id)).not.toContain(aliceApp);
    expect(ok(await call('mine', {}, U.hrGx)).items).toEqual([]);
    const hr = ok(await call('queue', {}, U.hrKdl));
    expect(hr.items.map((i: any) => i.id)).toEqual([aliceApp]);
    expect(hr.items[0].applicantName).toBe('王*国');
    expect(ok(await call('queue', {}, U.hrGx)).items.map((i: any) => i.id)).not.toContain(aliceApp);
    expect(ok(await call('queue', { district: '150203' }, U.gx)).items).toEqual([]); // a filter cannot widen scope
    expect(ok(await call('queue', {}, U.kdl)).items.map((i: any) => i.id)).toEqual([aliceApp]);
    expect(ok(await call('queue', { keyword: '王建' }, U.city)).items.map((i: any) => i.id)).toEqual([aliceApp]);
    expect(ok(await call('queue', { keyword: '不存在的人' }, U.city)).items).toEqual([]);
    expect(ok(await call('queue', { stage: 'employer_review', series: 'engineering', route: 'art2-intermediate' }, U.city)).total).toBe(1);
    expect(await call('queue', {}, U.alice)).toMatchObject({ ok: false, code: 'FORBIDDEN' });
  });

  it('refuses a transition by the wrong employer’s HR as NOT_FOUND and the applicant’s own approval as FORBIDDEN', async () => {
    expect(await call('transition', { id: aliceApp, action: 'employer_approve', input: {}, expectedVersion: 2 }, U.hrGx)).toMatchObject({
      ok: false,
      code: 'NOT_FOUND',
    });
    expect(await call('transition', { id: aliceApp, action: 'employer_approve', input: {}, expectedVersion: 2 }, U.alice)).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
    });
  });
});

describe('concurrency and idempotency', () => {
  it('many simultaneous approvals of one version: exactly one wins, the rest CONFLICT, audit complete', async () => {
    const v = await version(aliceApp, U.hrKdl);
    const results = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        call('transition', { id: aliceApp, action: 'employer_approve', input: {}, expectedVersion: v }, U.hrKdl, `concurrent-${i}-xxxx`),
      ),
    );
    const wins = results.filter((r) => r.ok);
    expect(wins).toHaveLength(1);
    expect(results.filter((r) => !r.ok).every((r: any) => r.code === 'CONFLICT')).toBe(true);
    const d = ok(await call('get', { id: aliceApp }, U.hrKdl));
    expect(d.application).toMatchObject({ stage: 'notice_ready', version: v + 1 });
    expect(d.audit.map((a: any) => a.action)).toEqual(['create', 'submit', 'employer_approve']);
  });

  it('a retry with the same request id returns the stored outcome instead of acting twice', async () => {
    const v = await version(aliceApp, U.hrKdl);
    const first = ok(
      await call('transition', { id: aliceApp, action: 'start_notice', input: {}, expectedVersion: v }, U.hrKdl, 'retry-start-notice-1'),
    );
    const again = ok(
      await call('transition', { id: aliceApp, action: 'start_notice', input: {}, expectedVersion: v }, U.hrKdl, 'retry-start-notice-1'),
    );
    expect(first.replayed).toBe(false);
    expect(again.replayed).toBe(true);
    expect(again.application.version).toBe(first.application.version);
    const audit = await cloud.db
      .collection('audit')
      .where({ target: `applications/${aliceApp}`, action: 'start_notice' })
      .count();
    expect(audit.total).toBe(1);
  });
});

describe('public notice', () => {
  // The notice is the employer's own (NOTICE_AUDIENCE): a coworker who applied through the same employer sees it.
  const COWORKER = 'coworker-erin-01';
  beforeAll(async () => {
    await cloud.db.collection('users').doc(COWORKER).set({ openid: COWORKER, name: '钱同事', version: 1 });
    const checkId = await savedCheck(COWORKER, 'technician-3y');
    ok(await call('create', { checkId, routeId: 'art7-assistant', workflow: 'socialized', employerOrgId: 'emp-kdl' }, COWORKER));
  });

  it('is on the board with only name, employer, series, level and dates, for the employer’s own people', async () => {
    expect(ok(await call('notices.list', {}, U.bob)).items).toEqual([]);
    const items = ok(await call('notices.list', {}, COWORKER)).items;
    expect(items).toHaveLength(1);
    expect(Object.keys(items[0]).sort()).toEqual(
      ['applicationId', 'employer', 'endsOn', 'level', 'name', 'series', 'startsOn', 'status', 'workingDays']
        .concat(items[0].note ? ['note'] : [])
        .sort(),
    );
    expect(items[0].name).toBe('王建国');
  });

  it('takes an objection from its audience but not the applicant, content-checked through msg_sec_check', async () => {
    expect(await call('notices.object', { id: aliceApp, text: '本人对该申报人的业绩材料真实性有疑问' }, U.carol)).toMatchObject({
      ok: false,
      code: 'NOT_FOUND',
    });
    expect(await call('notices.object', { id: aliceApp, text: '本人对该申报人的业绩材料真实性有疑问' }, U.alice)).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
    });
    // the content check cannot be bypassed through a plain transition
    const v = await version(aliceApp, U.hrKdl);
    expect(
      await call(
        'transition',
        { id: aliceApp, action: 'file_objection', input: { text: '本人对该申报人的业绩材料真实性有疑问' }, expectedVersion: v },
        U.carol,
      ),
    ).toMatchObject({ ok: false, code: 'VALIDATION' });
    ok(await call('notices.object', { id: aliceApp, text: '本人对该申报人的业绩材料真实性有疑问' }, COWORKER));
    const calls = await cloud.outbox();
    expect(calls.some((c) => c.apiName === '/wxa/msg_sec_check' && c.requestData.content.includes('业绩材料'))).toBe(true);
    const d = ok(await call('get', { id: aliceApp }, U.alice));
    expect(d.application.notice.objections[0].by).toBe(''); // the applicant does not learn who objected
    const hrView = ok(await call('get', { id: aliceApp }, U.hrKdl));
    const objection = hrView.application.notice.objections[0];
    expect(objection.by).toBe(COWORKER);
    ok(await step(U.hrKdl, aliceApp, 'decide_objection', { objectionId: objection.id, outcome: 'dismissed', decision: '经核实材料无误' }));
  });

  it('cannot end early; ends once the dev clock passes the end date', async () => {
    const r = await step(U.hrKdl, aliceApp, 'end_notice', {});
    expect(r).toMatchObject({ ok: false, code: 'NOT_ALLOWED_NOW' });
    const endsOn = ok(await call('get', { id: aliceApp }, U.hrKdl)).application.notice.endsOn;
    const target = new Date(`${addDays(endsOn, 1)}T09:00:00+08:00`).getTime();
    cloud.clockOffsetMs = target - Date.now();
    const d = ok(await step(U.hrKdl, aliceApp, 'end_notice', {}));
    expect(d.application.stage).toBe('recommendation');
  });
});

describe('socialized intermediate to the end, with the 7-day defense rule', () => {
  it('goes through the body, the district bureau, the defense and the certificate', async () => {
    ok(await step(U.hrKdl, aliceApp, 'recommend', { body: BODY }));
    ok(await call('get', { id: aliceApp }, U.assoc)); // the body now sees it
    ok(await step(U.assoc, aliceApp, 'forward_to_bureau', {}));
    // a batch accept by the district: per-item results, the wrong district refused
    const batch = ok(await call('batch', { ids: [aliceApp], action: 'accept', input: {} }, U.gx));
    expect(batch.results[0]).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    const b2 = ok(await call('batch', { ids: [aliceApp, 'no-such-app'], action: 'accept', input: {} }, U.kdl));
    expect(b2.results.map((r: any) => r.ok)).toEqual([true, false]);
    const now = new Date(Date.now() + cloud.clockOffsetMs);
    const soon = `${addDays(chinaDate(now), 5)}T09:00:00+08:00`;
    const later = `${addDays(chinaDate(now), 8)}T09:00:00+08:00`;
    expect(await step(U.kdl, aliceApp, 'schedule_defense', { at: soon, place: '包头市人社局三楼会议室' })).toMatchObject({ ok: false });
    ok(await step(U.kdl, aliceApp, 'schedule_defense', { at: later, place: '包头市人社局三楼会议室' }));
    // 附件2 第三项: the 答辩通知 is published with the scheduling, to the employer's people, and its HR told.
    const notice = (await cloud.db.collection('announcements').where({ 'origin.applicationId': aliceApp }).get()).data as any[];
    expect(notice).toEqual([
      expect.objectContaining({
        status: 'published',
        content: expect.objectContaining({ category: 'defense_notice', target: { districts: ['150203'], employers: ['emp-kdl'] } }),
      }),
    ]);
    expect(
      (await cloud.db.collection('outbox').where({ announcementId: notice[0]._id, template: 'defense_notice' }).count()).total,
    ).toBeGreaterThanOrEqual(1);
    expect(await step(U.kdl, aliceApp, 'record_defense', { attended: true })).toMatchObject({ ok: false, code: 'NOT_ALLOWED_NOW' });
    cloud.clockOffsetMs = new Date(later).getTime() + 6 * 3_600_000 - Date.now();
    ok(await step(U.kdl, aliceApp, 'record_defense', { attended: true }));
    ok(await step(U.kdl, aliceApp, 'approve_result', {}));
    ok(await step(U.kdl, aliceApp, 'issue_certificate', { certificateNo: 'BT2026-0101' }));
    const d = ok(await step(U.hrKdl, aliceApp, 'archive_form', {}));
    expect(d.application.stage).toBe('completed');
    expect(d.audit.every((a: any) => a.by.role)).toBe(true);
    // names of other parties are masked for the applicant, in full for an officer
    const mineView = ok(await call('get', { id: aliceApp }, U.alice));
    expect(mineView.audit.find((a: any) => a.action === 'accept').by.name).toBe('刘*长');
    const cityView = ok(await call('get', { id: aliceApp }, U.city));
    expect(cityView.audit.find((a: any) => a.action === 'accept').by.name).toBe('刘科长');
    // The trail reads from the file: a name is the one its owner had when they acted, and the timeline sent
    // with the application carries none (only the trail names people, masked per viewer).
    await cloud.db.collection('users').doc(U.kdl).update({ name: '刘新名' });
    const renamed = ok(await call('get', { id: aliceApp }, U.city));
    expect(renamed.audit.find((a: any) => a.action === 'accept').by.name).toBe('刘科长');
    expect(renamed.audit.map((a: any) => a.action)).toEqual(cityView.audit.map((a: any) => a.action));
    expect(JSON.stringify(renamed.application.history)).not.toMatch(/刘科长|刘新名/);
    await cloud.db.collection('users').doc(U.kdl).update({ name: '刘科长' });
  });
});

describe('green channel end to end (附件1)', () => {
  it('goes employer → notice → city check → region → certificate, with the city acting and GX HR only on its own employer', async () => {
    cloud.clockOffsetMs = 0;
    const bobs = ok(await call('mine', {}, U.bob)).items.filter((i: any) => i.workflow === 'green_channel');
    if (!bobs.length) return; // created only when the exception path ran (outside the application month)
    const id = bobs[0].id;
    ok(await step(U.bob, id, 'submit', { materialsBound: true }));
    expect(await step(U.hrGx, id, 'employer_approve', {})).toMatchObject({ ok: false, code: 'VALIDATION' }); // roster stamp required
    expect(
      await call('transition', { id, action: 'employer_approve', input: { rosterStamped: true }, expectedVersion: 2 }, U.hrKdl),
    ).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    ok(await step(U.hrGx, id, 'employer_approve', { rosterStamped: true }));
    ok(await step(U.hrGx, id, 'start_notice', {}));
    const endsOn = ok(await call('get', { id }, U.hrGx)).application.notice.endsOn;
    cloud.clockOffsetMs = new Date(`${addDays(endsOn, 1)}T09:00:00+08:00`).getTime() - Date.now();
    ok(await step(U.hrGx, id, 'end_notice', {}));
    expect(await step(U.gx, id, 'accept', { originalsChecked: true, onlineConfirmed: true })).toMatchObject({ ok: false });
    ok(await step(U.city, id, 'accept', { originalsChecked: true, onlineConfirmed: true }));
    ok(await step(U.city, id, 'approve_result', {}));
    const d = ok(await step(U.city, id, 'issue_certificate', { certificateNo: 'BT2026-0102' }));
    expect(d.application.stage).toBe('completed');
    const inbox = ok(await call('inbox.list', {}, U.bob)).items.map((i: any) => i.template);
    expect(inbox).toEqual(expect.arrayContaining(['green_exception', 'notice_started', 'result_passed']));
  });
});

describe('notifications', () => {
  it('land in the inbox of the right people and in the openapi outbox', async () => {
    const hr = ok(await call('inbox.list', {}, U.hrKdl));
    expect(hr.items.some((i: any) => i.template === 'todo' && i.applicationId === aliceApp)).toBe(true);
    expect(ok(await call('inbox.list', {}, U.hrGx)).items.filter((i: any) => i.applicationId === aliceApp)).toEqual([]);
    const alice = ok(await call('inbox.list', {}, U.alice));
    expect(alice.items.some((i: any) => i.template === 'defense_scheduled')).toBe(true);
    const sends = (await cloud.outbox()).filter((c) => c.apiName === '/cgi-bin/message/subscribe/send');
    // The workflow's messages go out as the 办理进度通知 template the applicant subscribed to, fields fitted to it.
    const defense = sends.find((c) => c.requestData.touser === U.alice && c.requestData.data?.thing2?.value === '职称评审答辩通知');
    expect(defense?.requestData).toMatchObject({
      template_id: 'progress',
      page: `packages/work/detail/index?id=${aliceApp}`,
      data: { thing1: { value: '工程师' }, thing3: { value: expect.stringMatching(/^\d{4}-\d{2}-\d{2} 09:00 包头/) } },
    });
    expect(Array.from(defense!.requestData.data.thing3.value as string).length).toBeLessThanOrEqual(20);
    const marked = ok(await call('inbox.read', { all: true }, U.alice));
    expect(marked.updated).toBe(alice.unread);
    expect(ok(await call('inbox.list', {}, U.alice)).unread).toBe(0);
    // someone else's ids match nothing
    expect(ok(await call('inbox.read', { ids: [hr.items[0].id] }, U.alice)).updated).toBe(0);
  });

  it('单位审核通过, 推荐报送 and 受理 reach the applicant’s inbox with what comes next, and spend no subscribe message', async () => {
    const alice = ok(await call('inbox.list', { pageSize: 50 }, U.alice)).items.filter((i: any) => i.applicationId === aliceApp);
    const by = (template: string) => alice.find((i: any) => i.template === template);
    expect(by('step_employer_approved')).toMatchObject({
      title: '单位审核已通过',
      data: { title: '工程师', done: '单位审核通过', next: expect.stringContaining('下一步：待公示') },
    });
    expect(by('step_recommended')).toMatchObject({
      title: '单位已推荐报送您的申报',
      data: { done: '通过包头市稀土行业协会推荐报送（第一条）', next: expect.stringContaining('由包头市稀土行业协会办理') },
    });
    expect(by('step_accepted')).toMatchObject({
      title: '人社部门已受理您的申报',
      data: { next: expect.stringContaining('下一步：待安排答辩') },
    });
    expect(by('certificate_issued').data.how).toContain('内蒙古人才信息库（www.nmgrck.cn）');
    // Every step of the file told her, her own steps included.
    const audit = (
      await cloud.db
        .collection('audit')
        .where({ target: `applications/${aliceApp}` })
        .limit(100)
        .get()
    ).data as any[];
    expect(alice.length).toBeGreaterThanOrEqual(audit.filter((a) => a.action !== 'create').length);
    // Inbox-only steps write no outbox row, so no send is made for them.
    for (const template of [
      'step_submitted',
      'step_employer_approved',
      'step_recommended',
      'step_forwarded',
      'step_accepted',
      'step_archived',
    ]) {
      expect((await cloud.db.collection('outbox').where({ touser: U.alice, template }).count()).total).toBe(0);
    }
  });

  it('reminders wait in the outbox and are skipped once the file has left the stage they were about', async () => {
    const reminders = (await cloud.db.collection('outbox').where({ kind: 'remind' }).get()).data as any[];
    expect(reminders.length).toBeGreaterThan(0);
    expect(reminders.every((r) => r.onlyIf?.applicationId && r.status === 'pending')).toBe(true);
    const r = await deliverOutbox(cloud.db, new Date(Date.now() + 400 * DAY));
    expect(r.skipped).toBeGreaterThanOrEqual(reminders.filter((x) => x.onlyIf.applicationId === aliceApp).length);
    const after = (await cloud.db.collection('outbox').where({ kind: 'remind', 'onlyIf.applicationId': aliceApp }).get()).data as any[];
    expect(after.every((x) => x.status === 'skipped')).toBe(true);
  });

  it('a failing send is retried with backoff and none is lost', async () => {
    const at = new Date().toISOString();
    await cloud.db
      .collection('outbox')
      .doc('test-msg-1')
      .set({
        kind: 'notify',
        touser: U.carol,
        template: 'todo',
        data: { applicant: '王*国', title: '工程师', stage: '单位审核' },
        status: 'pending',
        attempts: 0,
        nextAttemptAt: at,
        createdAt: at,
      });
    const now = new Date(Date.now() + 1000);
    const failing = await deliverOutbox(cloud.db, now, {
      send: async () => {
        throw new Error('45047 quota');
      },
    });
    expect(failing.failed).toBeGreaterThanOrEqual(1);
    let doc = (await cloud.db.collection('outbox').doc('test-msg-1').get()).data[0];
    expect(doc).toMatchObject({ status: 'pending', attempts: 1, lastError: '45047 quota' });
    expect(doc.nextAttemptAt > now.toISOString()).toBe(true);
    expect((await deliverOutbox(cloud.db, now)).sent).toBe(0); // not due yet
    const r = await deliverOutbox(cloud.db, new Date(now.getTime() + 60_000));
    expect(r.sent).toBeGreaterThanOrEqual(1);
    doc = (await cloud.db.collection('outbox').doc('test-msg-1').get()).data[0];
    expect(doc).toMatchObject({ status: 'sent', attempts: 2 });
    const sends = (await cloud.outbox()).filter(
      (c) => c.requestData?.touser === U.carol && c.requestData?.data?.thing3?.value === '王*国，单位审核',
    );
    expect(sends).toHaveLength(1);
  });
});

describe('outbox dead letters', () => {
  it('after the last attempt a message is kept as failed, never deleted', async () => {
    const at = new Date().toISOString();
    await cloud.db
      .collection('outbox')
      .doc('test-msg-dead')
      .set({
        kind: 'notify',
        touser: 'o-unreachable-1',
        template: 'todo',
        data: { applicant: '王*国', title: '工程师', stage: '单位审核' },
        status: 'pending',
        attempts: 0,
        nextAttemptAt: at,
        createdAt: at,
      });
    let t = Date.now() + 1000;
    for (let i = 0; i < 8; i++) {
      await deliverOutbox(cloud.db, new Date(t), {
        send: async () => {
          throw new Error('43101 user refused');
        },
      });
      t += 7 * 3_600_000;
    }
    const doc = (await cloud.db.collection('outbox').doc('test-msg-dead').get()).data[0];
    expect(doc).toMatchObject({ status: 'failed', attempts: 8, lastError: '43101 user refused' });
  });
});

describe('exports and the dashboard', () => {
  it('the roster for HR holds their employer’s applications, and is audited', async () => {
    const r = ok(await call('export.roster', {}, U.hrKdl));
    expect(r.filename).toMatch(/^申报人员花名册-.*\.xlsx$/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(r.base64, 'base64') as never);
    const ws = wb.getWorksheet('申报人员花名册')!;
    expect(ws.getRow(2).values).toEqual(expect.arrayContaining(['序号', '姓名', '工作单位', '申报系列', '申报级别', '申报渠道', '现职称']));
    expect((ws.getRow(3).values as unknown[]).slice(1, 8)).toEqual([
      1,
      '王建国',
      '包头北辰稀土新材料有限公司',
      '工程技术',
      '中级',
      '工程师',
      '社会化评审',
    ]);
    expect(ws.getRow(3).getCell(10).value).toBe('助理工程师'); // 现职称, from the saved self-check
    expect(ws.rowCount).toBe(3);
    expect(await call('export.roster', {}, U.alice)).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect((await cloud.db.collection('audit').where({ action: 'export.roster', actor: U.hrKdl }).count()).total).toBe(1);
    // an officer's queue export holds only their district's files (Bob's green-channel file in 稀土高新区, if created)
    const q = ok(await call('export.queue', {}, U.gx));
    const gxFiles = ok(await call('queue', {}, U.gx)).total;
    expect(q.rows).toBe(gxFiles);
    const wbq = new ExcelJS.Workbook();
    await wbq.xlsx.load(Buffer.from(q.base64, 'base64') as never);
    const names = wbq.getWorksheet('申报人员花名册')!.getColumn(2).values.slice(3);
    expect(names).not.toContain('王建国');
  });

  it('the dashboard counts by stage, district, series and route for the city; a district sees its own', async () => {
    const city = ok(await call('dashboard', {}, U.city));
    expect(city.byStage).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ stage: 'completed', district: '150203', series: 'engineering', routeId: 'art2-intermediate', count: 1 }),
      ]),
    );
    const completed = (await cloud.db.collection('applications').where({ stage: 'completed' }).count()).total;
    expect(city.monthly.reduce((n: number, m: any) => n + m.closed, 0)).toBe(completed);
    const gx = ok(await call('dashboard', {}, U.gx));
    expect(gx.byStage.every((r: any) => r.district === '150271')).toBe(true);
    expect(await call('dashboard', {}, U.hrKdl)).toMatchObject({ ok: false, code: 'FORBIDDEN' });
  });

  it('the counters the dashboard reads, kept by every create and transition above, equal a fresh recount', async () => {
    const db = cloud.db as unknown as Database;
    const kept = (await readCounters(db)).map((c) => [c._id, c.count]);
    expect(kept.length).toBeGreaterThan(0);
    await rebuildCounters(db);
    expect(Object.fromEntries(kept)).toEqual(Object.fromEntries((await readCounters(db)).map((c) => [c._id, c.count])));
  });
});

describe('refusals by role', () => {
  it.each([
    ['dashboard', {}, [U.alice, U.hrKdl, U.assoc]],
    ['export.roster', {}, [U.alice, U.kdl, U.city, U.assoc]],
    ['export.queue', {}, [U.alice, U.bob]],
    ['queue', {}, [U.alice, U.carol]],
    [
      'greenException.open',
      { applicantOpenid: U.carol, employerOrgId: 'emp-kdl', reason: '特殊人才急需申报' },
      [U.alice, U.hrKdl, U.assoc, U.gx],
    ],
  ])('%s is refused to those without the role or scope', async (action, input, who) => {
    for (const openid of who as string[]) {
      const r = await call(action, input, openid);
      expect(r).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    }
  });

  it('anonymous callers are refused everywhere', async () => {
    for (const action of ['create', 'get', 'mine', 'queue', 'inbox.list', 'notices.list', 'dashboard']) {
      expect(await call(action, action === 'get' ? { id: aliceApp } : {}, undefined)).toMatchObject({
        ok: false,
        code: expect.stringMatching(/UNAUTHENTICATED|VALIDATION/),
      });
    }
    expect(await call('mine', {}, undefined)).toMatchObject({ ok: false, code: 'UNAUTHENTICATED' });
  });

  it('the recommender sees only the files recommended to its body', async () => {
    const q = ok(await call('queue', {}, U.assoc));
    expect(q.items.map((i: any) => i.id)).toEqual([aliceApp]);
    expect(q.items[0].applicantName).toBe('王*国');
  });

  it('unknown files, files not on notice and unknown actions', async () => {
    const submit = { id: 'no-such-file', action: 'submit', input: { materialsBound: true }, expectedVersion: 1 };
    expect(await call('transition', submit, U.alice)).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    // The action's input is the contract's, checked before the file is looked up (as every contract is): it says nothing about the file.
    expect(await call('transition', { ...submit, input: {} }, U.alice)).toMatchObject({
      ok: false,
      code: 'VALIDATION',
      issues: [{ path: 'input.materialsBound' }],
    });
    expect(await call('notices.object', { id: aliceApp, text: '这份申报已经办结了但我仍有异议' }, U.carol)).toMatchObject({
      ok: false,
      code: 'NOT_FOUND',
    });
    expect(await call('transition', { id: aliceApp, action: 'fly', input: {}, expectedVersion: 1 }, U.alice)).toMatchObject({
      ok: false,
      code: 'VALIDATION',
    });
    expect(await call('nope', {}, U.alice)).toMatchObject({ ok: false, code: 'UNKNOWN_ACTION' });
  });

  it('a stale expectedVersion is a CONFLICT, not a silent overwrite', async () => {
    const checkId = await savedCheck(U.alice, 'engineer-bachelor-6y');
    const d = ok(
      await call('create', { checkId, routeId: 'art2-intermediate', workflow: 'socialized', employerOrgId: 'emp-kdl' }, U.alice),
    );
    ok(await call('transition', { id: d.application.id, action: 'submit', input: { materialsBound: true }, expectedVersion: 1 }, U.alice));
    expect(await call('transition', { id: d.application.id, action: 'withdraw', input: {}, expectedVersion: 1 }, U.alice)).toMatchObject({
      ok: false,
      code: 'CONFLICT',
    });
  });
});
